/**
 * Turns schema failures into messages a volunteer can act on:
 * `file:line — field — problem — how to fix`. Pure: no Astro, no fs.
 */
import type { z } from 'zod';
import { parseDocument, isMap, isSeq, LineCounter } from 'yaml';
import { msg, say, fromZodMessage, type Message } from '../../i18n/check/messages.ts';
import type { VolunteerLang } from '../../i18n/locales.ts';

/** One thing wrong with one file. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field, as a dotted path such as `phones[0].number`; empty for the whole file. */
  field: string;
  /** What is wrong, in plain words (a catalog message; English as a string). */
  problem: Message;
  /** What to change. */
  fix: Message;
  /** `error` stops the build; `warning` is reported only. */
  severity: 'error' | 'warning';
}

/** Formats a path like ['phones', 0, 'number'] as `phones[0].number`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * Finds the 1-based line of `path` inside a YAML text; falls back to the
 * nearest parent that exists, then to line 1.
 */
export function lineOf(yamlText: string, path: readonly PropertyKey[]): number {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, keepSourceTokens: false });
  for (let depth = path.length; depth > 0; depth--) {
    const sub = path.slice(0, depth);
    const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
    const last = sub[sub.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((it) => (it.key as { value?: unknown } | null)?.value === last);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return counter.linePos(range[0]).line;
    } else if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last] as { range?: [number, number, number] } | undefined;
      if (item?.range) return counter.linePos(item.range[0]).line;
    }
  }
  return 1;
}

/**
 * Converts a zod error into volunteer-facing problems.
 * @param yamlText the YAML (or frontmatter) text, to find line numbers
 * @param lineOffset lines before `yamlText` in the file (1 for frontmatter after `---`)
 */
export function problemsFromZod(
  error: z.ZodError,
  file: string,
  yamlText: string,
  lineOffset = 0,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const raw = issue as z.core.$ZodIssue & { input?: unknown; keys?: string[] };
    let path: PropertyKey[] = [...issue.path];
    let problem: Message;
    let fix: Message;
    // Our schemas' own messages are catalog ids (src/i18n/check/messages.ts); zod's defaults are not.
    const own = fromZodMessage(issue.message);
    const custom = own !== null;
    switch (raw.code) {
      case 'unrecognized_keys': {
        const keys = raw.keys ?? [];
        path = [...path, keys[0] ?? ''];
        problem = msg(keys.length > 1 ? 'unknown-fields' : 'unknown-field', keys.map((k) => `"${k}"`).join(', '));
        fix = msg('check-spelling-fields-are-case');
        break;
      }
      case 'invalid_type':
        if (raw.input === undefined) {
          problem = msg('field-missing');
          fix = own ?? msg('add', `${fieldPath(path)}:`);
        } else {
          problem = msg('found-which-not-right-kind', show(raw.input));
          fix = own ?? msg('write-here', String((raw as { expected?: string }).expected ?? 'value'));
        }
        break;
      default:
        if (custom && typeof raw.input === 'object' && raw.input !== null) {
          // A rule about a whole list or group: its message says what is wrong.
          problem = own!;
          fix = msg('fix-part-file');
        } else {
          problem = raw.input !== undefined ? msg('found', show(raw.input)) : msg('value-not-allowed');
          fix = own ?? defaultFix(raw);
        }
    }
    const line = lineOf(yamlText, path) + lineOffset;
    return { file, line, field: fieldPath(path), problem, fix, severity: 'error' as const };
  });
}

function defaultFix(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'too_big':
      return msg('make-shorter-smaller-most', String(issue.maximum));
    case 'too_small':
      return msg('make-longer-larger-least', String(issue.minimum));
    case 'invalid_value':
      return msg('use-one', issue.values.map(String).join(', '));
    case 'invalid_format':
      return msg('write-expected-form', String(issue.format));
    default:
      return msg('fix-part-file');
  }
}

/** Renders problems grouped by file, one line each: `file:line — field — problem — fix`, in `lang`. */
export function formatProblems(problems: readonly ContentProblem[], lang: VolunteerLang = 'en' satisfies VolunteerLang): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const p of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const where = `${file}${p.line ? `:${p.line}` : ''}`;
      const tag = p.severity === 'warning' ? say(msg('cli.warning-tag'), lang) : '';
      lines.push(`  ${tag}${where} — ${p.field || '(file)'} — ${say(p.problem, lang)} — ${say(p.fix, lang)}`);
    }
  }
  return lines.join('\n');
}

export { volunteerLang } from '../../i18n/locales.ts';
