import { parseUserAgent } from '../../internal/user-agent.js';
import { toDate } from '../../internal/when.js';

/** One session as `<auth-sessions>` shows it: plain values read once from the provider's answer. */
export interface SessionRow {
  /** The provider's id (what `revokeSession({ id })` takes). */
  id: string;
  /** Whether it is this browser's session (at most one row is). */
  current: boolean;
  /** The browser its user agent names, if any. */
  browser?: string;
  /** The operating system or device its user agent names, if any. */
  os?: string;
  ipAddress?: string;
  createdAt?: Date;
  updatedAt?: Date;
}

// More rows than anyone reads; bounds the work a runaway answer can cause.
const MAX_ROWS = 500;
// An IPv6 address with a zone is under 64 characters: longer is not an address worth showing.
const MAX_IP_LENGTH = 64;

/** A property that may be a throwing getter (or a Proxy's trap): `undefined` instead of the throw. */
function read(item: object, key: string): unknown {
  try {
    return (item as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * The rows of whatever `listSessions` resolved, read defensively: only an array counts, only
 * objects with a non-empty string `id` (first of each id) become rows, only strings are shown
 * as text, dates are a `Date`, an ISO string or milliseconds. Nothing the provider hands over is
 * kept (no getter runs twice, later changes to its objects change nothing), nothing throws.
 * This device comes first, then the most recently active.
 */
export function readSessions(data: unknown): SessionRow[] {
  let length: number;
  try {
    if (!Array.isArray(data)) return [];
    length = Math.min(Number(data.length) || 0, MAX_ROWS);
  } catch {
    return [];
  }
  const rows: SessionRow[] = [];
  const seen = new Set<string>();
  let current = false;
  for (let index = 0; index < length; index++) {
    const item = read(data as object, String(index));
    if (item === null || typeof item !== 'object') continue;
    const id = read(item, 'id');
    if (typeof id !== 'string' || !id.trim() || seen.has(id)) continue;
    seen.add(id);
    // One "this device": a provider that marks two is wrong about one of them, and neither
    // can be revoked from here then.
    const isCurrent: boolean = !current && read(item, 'current') === true;
    current ||= isCurrent;
    const row: SessionRow = { id, current: isCurrent, ...parseUserAgent(read(item, 'userAgent')) };
    const ip = read(item, 'ipAddress');
    if (typeof ip === 'string' && ip.trim()) row.ipAddress = ip.trim().slice(0, MAX_IP_LENGTH);
    const createdAt = toDate(read(item, 'createdAt'));
    const updatedAt = toDate(read(item, 'updatedAt'));
    if (createdAt) row.createdAt = createdAt;
    if (updatedAt) row.updatedAt = updatedAt;
    rows.push(row);
  }
  const active = (row: SessionRow) => (row.updatedAt ?? row.createdAt)?.getTime() ?? -Infinity;
  return rows.sort((a, b) => Number(b.current) - Number(a.current) || active(b) - active(a));
}
