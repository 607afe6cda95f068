/**
 * The source watch (`npm run sources:check`): fetch each cited source, read
 * its main text, compare with the lock and say what a person must look at.
 *
 * - new: no fingerprint yet; recorded as the baseline, not a change.
 * - unchanged: same fingerprint; `seen` moves to today.
 * - changed: the main text differs (dates and counters do not count); the
 *   lock keeps the old fingerprint until a person accepts it (`--accept`).
 * - moved: the address now redirects somewhere else than before.
 * - dead: 4xx/5xx, or the host no longer exists (when the network works).
 * - unreachable: a network error this time; never reported as changed, and
 *   nothing is written for it.
 */
import { fingerprint, newSentences } from './fingerprint.ts';
import type { Lock } from './lock.ts';
import type { FetchResult } from './fetch.ts';

export type Outcome = 'new' | 'unchanged' | 'changed' | 'moved' | 'dead' | 'unreachable';

/** What became of one source in this run. */
export interface SourceResult {
  url: string;
  /** The address fetched (after `--map`). */
  fetched: string;
  outcome: Outcome;
  status?: number;
  finalUrl?: string;
  /** Network error code, for unreachable (and dead hosts). */
  code?: string;
  /** New sentences, for changed. */
  excerpt?: string[];
}

/** Outcomes a person must act on. */
export const NEEDS_A_PERSON: readonly Outcome[] = ['changed', 'moved', 'dead'];

/** Rewrites an address with the first matching `--map from=to` prefix. */
export function mapUrl(url: string, maps: readonly [string, string][]): string {
  for (const [from, to] of maps) if (url.startsWith(from)) return to + url.slice(from.length);
  return url;
}

/** Same page for the watch: scheme, `www.` and a trailing slash do not make a move. */
export function samePlace(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const x = new URL(u);
      return `${x.host.replace(/^www\./, '')}${x.pathname.replace(/\/+$/, '')}${x.search}`;
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

/**
 * Classifies one fetch against the lock and updates the lock in place
 * (except for unreachable and changed sources, whose record stays as it was).
 * `networkUp` says whether any source answered in this run: a host that does
 * not resolve is dead only then.
 */
export async function classify(
  url: string,
  fetched: string,
  result: FetchResult,
  lock: Lock,
  today: string,
  textOf: (body: Uint8Array, type: string | null, url: string) => Promise<string>,
  networkUp: () => boolean,
): Promise<SourceResult> {
  const before = lock.sources[url];
  if (result.kind === 'network') {
    if (result.code === 'ENOTFOUND' && networkUp()) return { url, fetched, outcome: 'dead', code: result.code };
    return { url, fetched, outcome: 'unreachable', code: result.code };
  }
  if (result.kind === 'http-error') return { url, fetched, outcome: 'dead', status: result.status, finalUrl: result.finalUrl };
  const moved = !samePlace(result.finalUrl, fetched) && (!before || !samePlace(result.finalUrl, mapBack(before.finalUrl, url, fetched)));
  let text: string;
  try {
    text = await textOf(result.body, result.contentType, result.finalUrl);
  } catch (e) {
    return { url, fetched, outcome: 'unreachable', code: `UNREADABLE: ${e instanceof Error ? e.message : String(e)}` };
  }
  const print = fingerprint(text);
  if (!before) {
    lock.sources[url] = { finalUrl: result.finalUrl, status: result.status, fingerprint: print, seen: today };
    return { url, fetched, outcome: moved ? 'moved' : 'new', status: result.status, finalUrl: result.finalUrl };
  }
  if (moved) return { url, fetched, outcome: 'moved', status: result.status, finalUrl: result.finalUrl };
  if (print.hash === before.fingerprint.hash) {
    lock.sources[url] = { ...before, status: result.status, seen: today };
    return { url, fetched, outcome: 'unchanged', status: result.status, finalUrl: result.finalUrl };
  }
  return { url, fetched, outcome: 'changed', status: result.status, finalUrl: result.finalUrl, excerpt: newSentences(before.fingerprint, text) };
}

/** A recorded final address, as it was fetched in this run (both sides of `--map`). */
function mapBack(recorded: string, url: string, fetched: string): string {
  return recorded.startsWith(url) ? fetched + recorded.slice(url.length) : recorded;
}

/** Records a source as re-read by a person: today's text becomes the baseline. */
export async function accept(
  url: string,
  _fetched: string,
  result: FetchResult,
  lock: Lock,
  today: string,
  textOf: (body: Uint8Array, type: string | null, url: string) => Promise<string>,
): Promise<boolean> {
  if (result.kind !== 'ok') return false;
  const text = await textOf(result.body, result.contentType, result.finalUrl);
  lock.sources[url] = { finalUrl: result.finalUrl, status: result.status, fingerprint: fingerprint(text), seen: today, accepted: today };
  return true;
}
