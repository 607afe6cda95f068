/**
 * Fetching cited sources politely: a few at a time, at most one or two per
 * host, a timeout, retries with backoff on network errors and 429/503, and a
 * User-Agent that names the project. Redirects are followed by hand so the
 * final address is known. A network error is never turned into a page.
 */

/** What fetching one address gave. */
export type FetchResult =
  | { kind: 'ok'; status: number; finalUrl: string; contentType: string | null; body: Uint8Array }
  | { kind: 'http-error'; status: number; finalUrl: string }
  | { kind: 'network'; code: string; message: string; finalUrl: string };

/** How politely to fetch. */
export interface FetchOptions {
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Requests in flight per host (default 1). */
  perHost?: number;
  /** Milliseconds before a request is given up (default 20 s). */
  timeoutMs?: number;
  /** Extra tries after a network error, 429 or 503 (default 2). */
  retries?: number;
  /** First backoff in ms, doubled each try (default 1 s). */
  backoffMs?: number;
  /** The User-Agent header. */
  userAgent?: string;
  /** Largest body read, in bytes (default 15 MB). */
  maxBytes?: number;
}

export const USER_AGENT = 'MigrarConDerechos-SourceWatch/1.0 (the Migrar con derechos portal re-reading the pages it cites, about once a week)';

const RETRY_STATUS = new Set([429, 502, 503, 504]);

function networkCode(e: unknown): string {
  const err = e as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'TIMEOUT';
  return err?.cause?.code ?? err?.code ?? err?.cause?.name ?? 'NETWORK';
}

/** One GET, following up to 5 redirects by hand. */
async function getOnce(url: string, o: Required<FetchOptions>): Promise<FetchResult> {
  let current = url;
  for (let hop = 0; hop <= 5; hop++) {
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5' },
        signal: AbortSignal.timeout(o.timeoutMs),
      });
    } catch (e) {
      return { kind: 'network', code: networkCode(e), message: e instanceof Error ? e.message : String(e), finalUrl: current };
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      current = new URL(res.headers.get('location')!, current).href;
      continue;
    }
    if (res.status >= 400) {
      await res.body?.cancel();
      return { kind: 'http-error', status: res.status, finalUrl: current };
    }
    try {
      const body = await readLimited(res, o.maxBytes, o.timeoutMs);
      return { kind: 'ok', status: res.status, finalUrl: current, contentType: res.headers.get('content-type'), body };
    } catch (e) {
      // The connection dropped or stalled while the page arrived: unreachable, never "changed".
      return { kind: 'network', code: networkCode(e), message: e instanceof Error ? e.message : String(e), finalUrl: current };
    }
  }
  return { kind: 'network', code: 'TOO_MANY_REDIRECTS', message: 'more than 5 redirects', finalUrl: current };
}

async function readLimited(res: Response, max: number, timeoutMs: number): Promise<Uint8Array> {
  const reader = res.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw Object.assign(new Error('body timed out'), { name: 'TimeoutError' });
    const next = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error('body timed out'), { name: 'TimeoutError' })), left)),
    ]);
    if (next.done) break;
    chunks.push(next.value);
    size += next.value.length;
    if (size > max) {
      await reader.cancel();
      break;
    }
  }
  const out = new Uint8Array(size > max ? max : size);
  let at = 0;
  for (const c of chunks) {
    const part = c.slice(0, out.length - at);
    out.set(part, at);
    at += part.length;
    if (at >= out.length) break;
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fetcher that keeps to the limits across all the calls made through it. */
export function politeFetcher(options: FetchOptions = {}) {
  const o: Required<FetchOptions> = {
    concurrency: options.concurrency ?? 4,
    perHost: options.perHost ?? 1,
    timeoutMs: options.timeoutMs ?? 20_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 1000,
    userAgent: options.userAgent ?? USER_AGENT,
    maxBytes: options.maxBytes ?? 15 * 1024 * 1024,
  };
  let active = 0;
  const perHost = new Map<string, number>();
  const waiting: (() => void)[] = [];
  const hostOf = (u: string) => {
    try {
      return new URL(u).host;
    } catch {
      return u;
    }
  };
  const canStart = (host: string) => active < o.concurrency && (perHost.get(host) ?? 0) < o.perHost;
  async function slot(host: string) {
    while (!canStart(host)) await new Promise<void>((r) => waiting.push(r));
    active++;
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
  }
  function release(host: string) {
    active--;
    perHost.set(host, (perHost.get(host) ?? 1) - 1);
    // Wake everyone: each checks its own host's limit again.
    waiting.splice(0).forEach((r) => r());
  }
  return async function get(url: string): Promise<FetchResult> {
    const host = hostOf(url);
    let result: FetchResult = { kind: 'network', code: 'NOT_TRIED', message: '', finalUrl: url };
    for (let attempt = 0; attempt <= o.retries; attempt++) {
      if (attempt > 0) await sleep(o.backoffMs * 2 ** (attempt - 1));
      await slot(host);
      try {
        result = await getOnce(url, o);
      } finally {
        release(host);
      }
      const retry = result.kind === 'network' ? !['ENOTFOUND', 'TOO_MANY_REDIRECTS', 'ERR_INVALID_URL'].includes(result.code) : result.kind === 'http-error' && RETRY_STATUS.has(result.status);
      if (!retry) break;
    }
    return result;
  };
}
