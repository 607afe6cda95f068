/**
 * A page cut into translation units: one per heading, paragraph, list item,
 * table cell and text field of its front matter (title, summary, warning
 * signs, steps, report notes, source titles, quiz questions, choices and
 * explanations). Each unit has a stable id, its text in XLIFF inline form
 * with its placeholders, where it sits in the file, and a hash of its
 * Spanish text, so "outdated" is decided per unit. Pure.
 */
import { createHash } from 'node:crypto';
import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';
import { plainToInline, toInline, type MdNode, type Placeholder } from './inline.ts';

/** One unit of a page. */
export interface Unit {
  /** `title`, `signs.2`, `quiz.0.choices.1`, or `b7` for the 8th text block of the body. */
  id: string;
  /** What kind of text it is, for the translator's note. */
  kind: string;
  /** The unit's source text as written in the file. */
  text: string;
  /** XLIFF inline form. */
  inline: string;
  placeholders: Placeholder[];
  /** Body units: where their text sits in the file (character offsets). */
  range?: [number, number];
  /** Front matter units: the path of the field. */
  path?: (string | number)[];
}

/** Short hash of a unit's text: what a translation records to know it follows this version. */
export const unitHash = (text: string) => createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 10);

const FIELD_KINDS: [RegExp, string][] = [
  [/^title$/, 'title'],
  [/^summary$/, 'summary (at most 200 characters)'],
  [/^signs\.\d+$/, 'warning sign'],
  [/^whatToDo\.\d+$/, 'step'],
  [/^report\.\d+\.text$/, 'where to report'],
  [/^sources\.\d+\.title$/, 'title of a cited source'],
  [/^quiz\.\d+\.question$/, 'quiz question'],
  [/^quiz\.\d+\.choices\.\d+$/, 'quiz choice'],
  [/^quiz\.\d+\.explanation$/, 'quiz explanation'],
];

/** Front matter fields that are translated. */
function fieldUnits(data: Record<string, unknown>): Unit[] {
  const out: Unit[] = [];
  const add = (path: (string | number)[], value: unknown) => {
    if (typeof value !== 'string' || !value.trim()) return;
    const id = path.join('.');
    const kind = FIELD_KINDS.find(([re]) => re.test(id))?.[1];
    if (!kind) return;
    out.push({ id, kind, text: value, ...plainToInline(value), path });
  };
  add(['title'], data.title);
  add(['summary'], data.summary);
  (Array.isArray(data.signs) ? data.signs : []).forEach((v, i) => add(['signs', i], v));
  (Array.isArray(data.whatToDo) ? data.whatToDo : []).forEach((v, i) => add(['whatToDo', i], v));
  (Array.isArray(data.report) ? data.report : []).forEach((r, i) => add(['report', i, 'text'], (r as { text?: unknown }).text));
  (Array.isArray(data.sources) ? data.sources : []).forEach((s, i) => add(['sources', i, 'title'], (s as { title?: unknown }).title));
  (Array.isArray(data.quiz) ? data.quiz : []).forEach((q, i) => {
    const quiz = q as { question?: unknown; choices?: unknown[]; explanation?: unknown };
    add(['quiz', i, 'question'], quiz.question);
    (quiz.choices ?? []).forEach((c, j) => add(['quiz', i, 'choices', j], c));
    add(['quiz', i, 'explanation'], quiz.explanation);
  });
  return out;
}

const BLOCK_KIND: Record<string, string> = { heading: 'heading', paragraph: 'paragraph', tableCell: 'table cell' };

/** Body units: the inline content of headings, paragraphs (in lists too), table cells and components holding text. */
function bodyUnits(body: string, offset: number): Unit[] {
  const out: Unit[] = [];
  const visit = (node: MdNode, inList: boolean) => {
    const kids = node.children ?? [];
    const inline = kids.length > 0 && kids.every((k) => !['paragraph', 'heading', 'list', 'table', 'mdxJsxFlowElement', 'blockquote', 'code'].includes(k.type));
    const holder = BLOCK_KIND[node.type] ?? (node.type === 'mdxJsxFlowElement' && inline ? 'text in a component' : null);
    if (holder && inline && kids[0].position && kids[kids.length - 1].position) {
      const start = kids[0].position!.start.offset;
      const end = kids[kids.length - 1].position!.end.offset;
      const text = body.slice(start, end);
      if (text.trim()) {
        out.push({ id: `b${out.length}`, kind: inList && node.type === 'paragraph' ? 'list item' : holder, text, ...toInline(kids, body), range: [start + offset, end + offset] });
      }
      return;
    }
    for (const k of kids) visit(k, inList || node.type === 'listItem');
  };
  visit(mdxToMdast(body) as MdNode, false);
  return out;
}

/** Splits a file into front matter (YAML), body and the body's offset. */
export function splitFile(text: string): { yaml: string; body: string; offset: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length), offset: m[0].length } : null;
}

/** Every unit of an MDX page or lesson, front matter first. Throws on MDX the content check would refuse. */
export function pageUnits(text: string): Unit[] {
  const parts = splitFile(text);
  if (!parts) return [];
  const data = (parseDocument(parts.yaml).toJS() ?? {}) as Record<string, unknown>;
  return [...fieldUnits(data), ...bodyUnits(parts.body, parts.offset)];
}
