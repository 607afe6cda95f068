/**
 * Minimal edits to content files, for the web editor (issue 14): given a
 * file's original text and the values after editing, write back only what
 * changed. Untouched fields keep their bytes (quotes, `[A, B]` lists, long
 * lines, comments), an untouched body stays byte-identical, and a file with
 * no change comes back exactly as it was, so a reviewer's diff shows only
 * the edit. Works for MDX/Markdown with YAML frontmatter and for plain YAML
 * files. Pure: no fs.
 */
import { parseDocument, isMap, isSeq, isPair, isScalar, stringify, Scalar, type Document, type Node } from 'yaml';

/** The field that holds the Markdown body of a frontmatter file. */
export const BODY = 'body';

interface Split {
  /** Text before the YAML (`---\n` for frontmatter, '' for a YAML file). */
  head: string;
  yaml: string;
  /** Text after the YAML: `---\n` and the body, or ''. */
  tail: string;
  body: string | null;
}

function split(text: string): Split {
  const m = /^(---\r?\n)([\s\S]*?\r?\n)?(---\r?\n?)([\s\S]*)$/.exec(text);
  if (!m) return { head: '', yaml: text, tail: '', body: null };
  return { head: m[1], yaml: m[2] ?? '', tail: m[3], body: m[4] };
}

/** Reads a content file into its fields (and `body` for frontmatter files). */
export function readEntry(text: string): Record<string, unknown> {
  const { yaml, body } = split(text);
  const data = (parseDocument(yaml).toJS() ?? {}) as Record<string, unknown>;
  return body === null ? data : { ...data, [BODY]: body };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/** Dates from YAML become ISO days, so an untouched date compares equal to the editor's string. */
function normalize(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, normalize(x)]));
  return v;
}

/** `key: value` as YAML at the top level, without folding long lines. */
function pairText(key: string, value: unknown): string {
  return stringify({ [key]: value }, { lineWidth: 0 });
}

type Edit = { start: number; end: number; text: string };
type Range = [number, number, number];
const rangeOf = (n: unknown): Range | undefined => (n as { range?: Range } | null)?.range;
const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** A scalar written in the same style as the one it replaces (plain, 'single' or "double" quotes). */
function scalarText(node: Scalar, value: unknown): string {
  if (typeof value === 'string' && node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (typeof value === 'string' && node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `text` with every line after the first indented by `indent` spaces. */
const indentLines = (text: string, indent: number) => text.replace(/\n(?=.)/g, `\n${' '.repeat(indent)}`);

/**
 * Adds to `edits` what turns `node` (holding `before`) into `after`, in
 * place: a scalar is replaced where it stands, a map or list is patched
 * item by item. Returns false when it cannot (the caller rewrites the field).
 */
function patchNode(text: string, node: unknown, before: unknown, after: unknown, edits: Edit[]): boolean {
  if (same(before, after)) return true;
  const range = rangeOf(node);
  if (!range) return false;
  if (isScalar(node) && (after === null || typeof after !== 'object' || after instanceof Date)) {
    if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return false;
    edits.push({ start: range[0], end: range[1], text: scalarText(node, after) });
    return true;
  }
  if (isMap(node) && isPlainObject(before) && isPlainObject(after)) {
    if (node.flow) return false;
    let last = range[0];
    let indent = column(text, range[0]);
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) return false;
      const key = String(pair.key.value);
      const keyRange = rangeOf(pair.key)!;
      indent = column(text, keyRange[0]);
      const start = lineStart(text, keyRange[0]);
      const end = lineEnd(text, rangeOf(pair.value)?.[2] ?? keyRange[2]);
      last = Math.max(last, end);
      if (!(key in after) || after[key] === undefined) edits.push({ start, end, text: '' });
      else if (!patchNode(text, pair.value, before[key], after[key], edits)) {
        edits.push({ start, end, text: ' '.repeat(indent) + indentLines(pairText(key, after[key]), indent) });
      }
    }
    const added = Object.keys(after).filter((k) => !(k in before) && after[k] !== undefined);
    if (added.length) edits.push({ start: last, end: last, text: added.map((k) => ' '.repeat(indent) + indentLines(pairText(k, after[k]), indent)).join('') });
    return true;
  }
  if (isSeq(node) && Array.isArray(before) && Array.isArray(after)) {
    if (node.flow) return false;
    const items = node.items as Node[];
    if (!items.length) return false;
    const firstRange = rangeOf(items[0])!;
    const dash = text.lastIndexOf('-', firstRange[0]);
    const indent = column(text, dash);
    for (let i = 0; i < Math.min(items.length, after.length); i++) {
      if (!patchNode(text, items[i], before[i], after[i], edits)) return false;
    }
    if (after.length < items.length) {
      const from = lineStart(text, text.lastIndexOf('-', rangeOf(items[after.length])![0]));
      edits.push({ start: from, end: lineEnd(text, rangeOf(items[items.length - 1])![2]), text: '' });
    } else if (after.length > items.length) {
      const at = lineEnd(text, rangeOf(items[items.length - 1])![2]);
      const more = stringify(after.slice(items.length), { lineWidth: 0 });
      edits.push({ start: at, end: at, text: more.split('\n').filter(Boolean).map((l) => ' '.repeat(indent) + l + '\n').join('') });
    }
    return true;
  }
  return false;
}

/**
 * The new text of a file whose fields are now `edited` (with `body` for
 * frontmatter files). Scalars change where they stand, in their own quote
 * style; lists and groups are patched item by item; removed fields are
 * dropped; new fields are added at the end; the body is replaced only when
 * it changed.
 */
export function patchEntry(original: string, edited: Record<string, unknown>): string {
  const parts = split(original);
  const doc: Document = parseDocument(parts.yaml);
  const before = (doc.toJS() ?? {}) as Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(edited).filter(([k, v]) => k !== BODY && v !== undefined && v !== null && !(v === '' && before[k] === undefined)));

  let yaml = parts.yaml;
  const edits: Edit[] = [];
  if (isMap(doc.contents) && patchNode(parts.yaml, doc.contents, before, fields, edits)) {
    for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) yaml = yaml.slice(0, e.start) + e.text + yaml.slice(e.end);
  } else if (!same(before, fields)) {
    yaml = stringify(fields, { lineWidth: 0 });
  }

  if (parts.body === null) return yaml;
  const body = typeof edited[BODY] === 'string' ? (edited[BODY] as string) : parts.body;
  return `${parts.head}${yaml}${parts.tail}${body}`;
}

/** The column of offset `i`. */
function column(text: string, i: number): number {
  return i - lineStart(text, i);
}

/** The offset where the line holding `i` starts. */
function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

/** The offset just after the line break that ends the value ending at `i` (its last line). */
function lineEnd(text: string, i: number): number {
  // A block value's range already ends after its last line break.
  if (i > 0 && text[i - 1] === '\n') return i;
  const nl = text.indexOf('\n', i);
  return nl === -1 ? text.length : nl + 1;
}
