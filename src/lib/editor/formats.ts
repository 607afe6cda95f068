/**
 * The web editor's file formats (registered with `CMS.registerCustomFormat`
 * in src/admin/admin.ts). Decap's own formats re-serialize the whole
 * frontmatter on every save (line folding, `[A, B]` lists turned into
 * blocks), in every language file of the entry; these keep the file as it
 * was and change only the edited fields (src/lib/editor/frontmatter-patch.ts), so
 * an untouched language file is written back byte for byte and git sees no
 * change in it.
 *
 * `fromFile` keeps the file's text in a hidden field (`__raw`) that the
 * forms never show; `toFile` patches that text with the edited values.
 * Fields that may be "a word or a list" (a guide's `countries: all`, a quiz
 * `answer: 1`) are shown as lists in the form and written back in the shape
 * they had. Pure: no fs, no DOM.
 */
import { stringify } from 'yaml';
import { BODY, patchEntry, readEntry } from './frontmatter-patch.ts';

/** The hidden field holding the text of the file as it was read. */
export const RAW = '__raw';

/** A field that is "a word or a list": its path (`*` = every item of a list) and the word, if any. */
export interface ScalarOrList {
  path: string[];
  word?: string;
}

type Data = Record<string, unknown>;

/** Applies `fn` to the value at `path` (through lists at `*`) in place. */
function atPath(data: unknown, path: string[], fn: (value: unknown, parent: Data | unknown[], key: string | number) => void): void {
  if (!path.length || !data || typeof data !== 'object') return;
  const [head, ...rest] = path;
  if (head === '*') {
    if (!Array.isArray(data)) return;
    data.forEach((item, i) => (rest.length ? atPath(item, rest, fn) : fn(item, data, i)));
    return;
  }
  const obj = data as Data;
  if (!(head in obj)) return;
  if (rest.length) atPath(obj[head], rest, fn);
  else fn(obj[head], obj, head);
}

const get = (data: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined), data);

/** Every concrete path (with list indexes) matching `path`. */
function concrete(data: unknown, path: string[], prefix: (string | number)[] = []): (string | number)[][] {
  if (!path.length) return [prefix];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => concrete(item, rest, [...prefix, i])) : [];
  if (!data || typeof data !== 'object' || !(head in (data as Data))) return [];
  return concrete((data as Data)[head], rest, [...prefix, head]);
}

/** Empty values a form leaves behind for fields nobody filled in. */
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object' && !(v instanceof Date)) return Object.values(v as Data).every(isEmpty);
  return false;
}

/** Drops what the form added empty and the file did not have. */
function withoutNewEmpties(edited: unknown, before: unknown): unknown {
  if (Array.isArray(edited)) return edited.map((v, i) => withoutNewEmpties(v, Array.isArray(before) ? before[i] : undefined));
  if (!edited || typeof edited !== 'object' || edited instanceof Date) return edited;
  const was = before && typeof before === 'object' && !Array.isArray(before) ? (before as Data) : {};
  const out: Data = {};
  for (const [k, v] of Object.entries(edited as Data)) {
    if (!(k in was) && isEmpty(v)) continue;
    out[k] = withoutNewEmpties(v, was[k]);
  }
  return out;
}

/** Builds the two functions Decap calls to read and write a file of this kind. */
export function makeFormat(kind: 'frontmatter' | 'yaml', scalarOrList: readonly ScalarOrList[] = [], defaults: Record<string, unknown> = {}) {
  return {
    /** File text → form values (lists where the form shows lists), with the text kept aside. */
    fromFile(text: string): Data {
      const data = readEntry(text);
      for (const { path } of scalarOrList) {
        atPath(data, path, (value, parent, key) => {
          if (value !== undefined && value !== null && !Array.isArray(value)) (parent as Data)[key as string] = [value];
        });
      }
      return { ...data, [RAW]: text };
    },
    /** Form values → file text: the file as it was, with only the edited fields changed. */
    toFile(data: Data, order: readonly string[] = []): string {
      const { [RAW]: raw, ...rest } = JSON.parse(JSON.stringify(data ?? {})) as Data;
      const original = typeof raw === 'string' ? raw : '';
      const before = original ? readEntry(original) : {};
      // Back to the shape the file had: `[all]` → `all`, `[1]` → `1`.
      for (const { path, word } of scalarOrList) {
        for (const p of concrete(rest, path)) {
          const value = get(rest, p);
          const was = get(before, p);
          if (!Array.isArray(value) || value.length !== 1) continue;
          if ((was !== undefined && !Array.isArray(was)) || (word !== undefined && value[0] === word)) {
            (get(rest, p.slice(0, -1)) as Data)[p[p.length - 1] as string] = value[0];
          }
        }
      }
      const edited = withoutNewEmpties(rest, before) as Data;
      if (original) return patchEntry(original, edited);
      // A language nobody wrote in: no file. (Decap skips a file whose text is empty; without
      // this it would write all six languages of a new entry, five of them empty.)
      const asDefault = (k: string, v: unknown) => k in defaults && JSON.stringify(v) === JSON.stringify(defaults[k]);
      if (Object.entries(edited).every(([k, v]) => isEmpty(v) || v === false || asDefault(k, v) || asDefault(k, [v]))) return '';
      // A new file: the fields in the form's order (Decap passes it), then the body; a box
      // left at its default "no" (draft: false) is not written.
      const { [BODY]: body, ...rest2 } = edited;
      const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
      const fields = Object.fromEntries(
        Object.entries(rest2)
          .filter(([k, v]) => !(v === false && defaults[k] === false))
          .sort(([a], [b]) => rank(a) - rank(b)),
      );
      const yaml = stringify(fields, { lineWidth: 0 });
      if (kind === 'yaml') return yaml;
      const text = typeof body === 'string' ? body : '';
      return `---\n${yaml}---\n\n${text.replace(/^\n+/, '')}${text && !text.endsWith('\n') ? '\n' : ''}`;
    },
  };
}
