/**
 * Every web address the content cites, with the places that cite it: the
 * file, the line and the field (for a legal fact, the fact itself, so the
 * report says which facts to re-verify). Pure: works on the content check's
 * entries and the files' text.
 */

/** One place that cites a source. */
export interface Citation {
  /** File, relative to the project root. */
  file: string;
  /** 1-based line where the address is written, when found. */
  line?: number;
  /** What rests on it: `sources[0]`, `asylum.deadlines[0]`, `phones[1]`… */
  field: string;
}

/** A content entry as the check returns it. */
export interface EntryLike {
  file: string;
  data: Record<string, unknown>;
}

const isUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);

/** The fact or detail a cited address supports: `asylum.deadlines[0].sources[1].url` → `asylum.deadlines[0]`. */
export function citingField(path: (string | number)[]): string {
  let p = [...path];
  const last = p[p.length - 1];
  if (last === 'url' || last === 'source') p = p.slice(0, -1);
  // `…sources[i]` and `enforcesMigrationSource` point at the thing they source.
  if (typeof p[p.length - 1] === 'number' && p[p.length - 2] === 'sources') p = p.slice(0, -2);
  else if (p[p.length - 1] === 'enforcesMigrationSource') p = [...p.slice(0, -1), 'enforcesMigration'];
  const out = p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
  return out || 'sources';
}

function walk(value: unknown, path: (string | number)[], visit: (url: string, path: (string | number)[]) => void) {
  if (isUrl(value)) visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

/**
 * Cited addresses → where they are cited. `textOf(file)` gives a file's text
 * to find the line (the n-th time an address is cited in a file is matched
 * to its n-th occurrence in the text).
 */
export function collectCitations(entries: readonly EntryLike[], textOf: (file: string) => string | undefined): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  for (const e of entries) {
    const text = textOf(e.file);
    const seen = new Map<string, number>();
    walk(e.data, [], (url, path) => {
      // A service's `website.url` and its `website.source` are often the same page: cite it once per field.
      const field = citingField(path);
      const n = seen.get(url) ?? 0;
      seen.set(url, n + 1);
      const list = out.get(url) ?? [];
      if (!list.some((c) => c.file === e.file && c.field === field)) list.push({ file: e.file, line: text ? lineOfNth(text, url, n) : undefined, field });
      out.set(url, list);
    });
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function lineOfNth(text: string, needle: string, n: number): number | undefined {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    const next = text.indexOf(needle, at + 1);
    if (next < 0) break;
    at = next;
  }
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
