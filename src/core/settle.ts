/** How one provider call ended. */
export type Settled =
  | { status: 'fulfilled'; value: unknown }
  | { status: 'rejected'; reason: unknown }
  | { status: 'timeout' };

/**
 * Calls a provider method and reports how it ended, whatever it does: throw synchronously,
 * return a non-promise or a thenable, reject with anything, or never settle (then `timeout`
 * after `timeoutMs`; 0 waits forever). The returned promise never rejects, and a late
 * rejection after a timeout is still handled, so nothing becomes an unhandled rejection.
 */
export function settle(call: () => unknown, timeoutMs: number): Promise<Settled> {
  let result: Promise<Settled>;
  try {
    result = Promise.resolve(call()).then(
      (value): Settled => ({ status: 'fulfilled', value }),
      (reason): Settled => ({ status: 'rejected', reason }),
    );
  } catch (reason) {
    return Promise.resolve({ status: 'rejected', reason });
  }
  if (!(timeoutMs > 0)) return result;
  return new Promise<Settled>((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'timeout' }), timeoutMs);
    void result.then((settled) => {
      clearTimeout(timer);
      resolve(settled);
    });
  });
}
