// The development outbox: e-mails (reset and sign-in links, verification links, codes) are printed on the console and listed on /outbox instead
// of being sent anywhere. Kept in the data folder, so a link survives a server restart.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEEP = 50;

/**
 * @param {{ dataDir?: string, log: (line: string) => void }} o
 *   dataDir: where outbox.json lives (none: memory only, as in the mock demo)
 */
export function createOutbox({ dataDir, log }) {
  const file = dataDir ? join(dataDir, 'outbox.json') : undefined;
  /** @type {{ id: number, to: string, subject: string, url?: string, code?: string, sentAt: string }[]} */
  let mails = [];
  if (file && existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8'));
      if (Array.isArray(saved)) mails = saved;
    } catch {
      // A damaged outbox is only a dev convenience: start a new one.
    }
  }
  let nextId = mails.reduce((max, m) => Math.max(max, Number(m.id) || 0), 0) + 1;

  return {
    /** Stores and prints one e-mail. Synchronous and cheap: it runs inside the auth request. */
    add({ to, subject, url, code }) {
      // A mail carries a link, a one-time code, or both.
      const mail = {
        id: nextId++,
        to: String(to),
        subject: String(subject),
        ...(url !== undefined ? { url: String(url) } : {}),
        ...(code !== undefined ? { code: String(code) } : {}),
        sentAt: new Date().toISOString(),
      };
      mails = [mail, ...mails].slice(0, KEEP);
      if (file) {
        try {
          writeFileSync(file, JSON.stringify(mails, null, 2));
        } catch (error) {
          log(`outbox: could not save ${file}: ${error.message}`);
        }
      }
      log(`\n  ✉  outbox — to: ${mail.to}\n     ${mail.subject}: ${[mail.code, mail.url].filter(Boolean).join(' ')}\n`);
      return mail;
    },
    /** Newest first. */
    list() {
      return mails.slice();
    },
  };
}
