// The development outbox: e-mails (reset and sign-in links, verification links, codes) are printed
// on the console and listed on /outbox instead of being sent anywhere. Kept in the data folder, so
// a link survives a server restart. A development tool: the server does not serve its page with
// NODE_ENV=production.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consoleSafe } from './log.mjs';

const KEEP = 50;

/** A saved entry the pages can show; anything else in the file is dropped. */
function isMail(m) {
  return (
    m !== null &&
    typeof m === 'object' &&
    Number.isSafeInteger(m.id) &&
    ['to', 'subject', 'sentAt'].every((key) => typeof m[key] === 'string') &&
    // A link, a one-time code, or both; whatever is there is text.
    ['url', 'code'].some((key) => typeof m[key] === 'string') &&
    ['url', 'code'].every((key) => m[key] === undefined || typeof m[key] === 'string')
  );
}

/**
 * @param {{ dataDir?: string, log: (line: string) => void }} o
 *   dataDir: where outbox.json lives (none: memory only, as in the mock demo)
 */
export function createOutbox({ dataDir, log }) {
  const file = dataDir ? join(dataDir, 'outbox.json') : undefined;
  /** @type {{ id: number, to: string, subject: string, url?: string, code?: string, sentAt: string }[]} */
  let mails = [];
  if (file && existsSync(file)) {
    // Links carry reset tokens: owner-only, also for a file an older version left readable.
    chmodSync(file, 0o600);
    // A damaged outbox is only a dev convenience: say so once and start a new one.
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8'));
      if (!Array.isArray(saved)) throw new Error('not a list of e-mails');
      mails = saved.filter(isMail).slice(0, KEEP);
      if (mails.length !== saved.length) log(`outbox: ${consoleSafe(file)}: ${saved.length - mails.length} malformed entries ignored`);
    } catch (error) {
      log(`outbox: ${consoleSafe(file)} is damaged (${consoleSafe(error.message)}) and was ignored; it will be rewritten`);
    }
  }
  let nextId = mails.reduce((max, m) => Math.max(max, m.id), 0) + 1;

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
          writeFileSync(file, JSON.stringify(mails, null, 2), { mode: 0o600 });
        } catch (error) {
          log(`outbox: could not save ${consoleSafe(file)}: ${consoleSafe(error.message)}`);
        }
      }
      log(`\n  ✉  outbox — to: ${consoleSafe(mail.to)}\n     ${consoleSafe(mail.subject)}: ${[mail.code, mail.url].filter(Boolean).map(consoleSafe).join(' ')}\n`);
      return mail;
    },
    /** Newest first. */
    list() {
      return mails.slice();
    },
  };
}
