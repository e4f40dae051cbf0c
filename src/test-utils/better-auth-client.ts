/**
 * Pieces the better-auth adapter's unit tests share: the answer a recording fake client gives for
 * one route, and what a call that must fail rejected with.
 */
import type { BetterAuthErrorLike, BetterAuthProviderError, BetterAuthResultLike } from '../providers/better-auth.js';

/** How a fake route answers: data, or better-auth's `{ error }`. */
export type Reply = { data: unknown } | { error: BetterAuthErrorLike };

/** The next answer of `route` from `replies` (the last one repeats; unset: `{ status: true }`), as better-auth's client returns it. */
export function nextReply(replies: Record<string, Reply[]>, route: string): BetterAuthResultLike<never> {
  const queue = replies[route] ?? [{ data: { status: true } }];
  const reply = queue.length > 1 ? queue.shift()! : queue[0];
  return ('error' in reply ? { data: null, error: reply.error } : { data: reply.data, error: null }) as BetterAuthResultLike<never>;
}

/** Awaits a promise that must reject, and returns what it rejected with. */
export async function rejection(promise: unknown): Promise<BetterAuthProviderError> {
  try {
    await promise;
  } catch (error) {
    return error as BetterAuthProviderError;
  }
  throw new Error('expected a rejection');
}
