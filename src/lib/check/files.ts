/**
 * Reading content files for the check: walking folders, splitting
 * frontmatter, parsing YAML with line numbers, and validating with a
 * schema into volunteer-friendly problems. Node-only (fs).
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import type { z } from 'zod';
import { problemsFromZod, type ContentProblem } from './problems.ts';
import { msg, type Message } from '../../i18n/check/messages.ts';

/** A slug: lowercase letters, digits and single dashes. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every file under `dir`, sorted; hidden (`.`) and private (`_`) names skipped. */
export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** Splits `---\nyaml\n---\nbody` into its parts; null when there is no frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  return m ? { yaml: m[1], body: m[2] } : null;
}

/** Parses YAML, reporting a syntax error with its line; null when it cannot be read. */
export function parseYaml(
  text: string,
  file: string,
  lineOffset: number,
  problems: ContentProblem[],
): Record<string, unknown> | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = counter.linePos(e.pos[0]).line + lineOffset;
    problems.push({
      file,
      line,
      field: '',
      problem: msg('yaml-cannot-read', e.code.toLowerCase().replace(/_/g, ' ')),
      fix: msg('check-indentation-spaces-not-tabs'),
      severity: 'error',
    });
    return null;
  }
  const data = doc.toJS({ maxAliasCount: 50 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      line: 1 + lineOffset,
      field: '',
      problem: msg('file-has-no-fields'),
      fix: msg('write-fields-name-value-one'),
      severity: 'error',
    });
    return null;
  }
  return data as Record<string, unknown>;
}

/** Validates `data` with `schema`; null (and problems) when it does not pass. */
export function validate(
  schema: z.ZodType,
  data: Record<string, unknown>,
  file: string,
  yamlText: string,
  lineOffset: number,
  problems: ContentProblem[],
): Record<string, unknown> | null {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data as Record<string, unknown>;
  problems.push(...problemsFromZod(result.error, file, yamlText, lineOffset));
  return null;
}

/** A problem with where a file is or what it is called. */
export function pathProblem(file: string, problem: Message, fix: Message): ContentProblem {
  return { file, field: '(file name)', problem, fix, severity: 'error' };
}
