/**
 * Form fields derived from the content schemas (zod 4): required fields,
 * choices, patterns, lengths, defaults, and hints worded like the check's own
 * messages in the volunteer's language. Used by the editor's configuration
 * (config.ts) for every collection.
 */
import type { z } from 'zod';
import type { ScalarOrList } from './formats.ts';
import type { VolunteerLang } from '../../i18n/locales.ts';
import { fromZodMessage, msg, say } from '../../i18n/check/messages.ts';
import { labelOf } from './labels.ts';

/** A Decap field (the subset the portal uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  min?: number;
  fields?: DecapField[];
  field?: DecapField;
  default?: unknown;
  i18n?: boolean;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  value_type?: 'int' | 'float';
  collapsed?: boolean;
  modes?: string[];
}

// zod 4 keeps each schema's definition in `_zod.def`; only what the forms need is read here.
interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  values?: unknown[];
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number } } }[];
  error?: (issue: unknown) => unknown;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const DATE = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/;

/** The hint of a schema: its own error message (an id of the check's catalog), in the volunteer's language. */
function hintOf(def: Def, lang: VolunteerLang): string | undefined {
  const text = def.error?.({ code: 'invalid_type', input: undefined });
  const message = typeof text === 'string' ? fromZodMessage(text) : null;
  return message ? say(message, lang) : undefined;
}

/** One form field for a schema. */
export function fieldFor(name: string, schema: z.ZodType, lang: VolunteerLang): DecapField {
  let s = schema;
  let required = true;
  let dflt: unknown;
  let hint: string | undefined;
  // Unwrap optional, default and preprocess, keeping what they say.
  for (;;) {
    const d = defOf(s);
    hint ??= hintOf(d, lang);
    if (d.type === 'optional' && d.innerType) required = false;
    else if (d.type === 'default' && d.innerType) {
      required = false;
      dflt = d.defaultValue;
    } else if (d.type === 'pipe' && d.out) {
      s = d.out;
      continue;
    } else break;
    s = d.innerType!;
  }
  const d = defOf(s);
  hint ??= hintOf(d, lang);
  const base: DecapField = { name, label: labelOf(name, lang), widget: 'string', required, ...(hint ? { hint } : {}), ...(dflt !== undefined ? { default: dflt } : {}) };
  const checks = (d.checks ?? []).map((c) => c._zod.def);
  const regex = checks.find((c) => c.format === 'regex')?.pattern;
  switch (d.type) {
    case 'object': {
      const fields = Object.entries(d.shape ?? {}).map(([k, v]) => fieldFor(k, v, lang));
      // Decap checks the fields of a group even when the group itself may be left out
      // (a Spanish page has no `translation`): there the check, not the form, asks for them.
      return { ...base, widget: 'object', fields: required ? fields : fields.map(optional) };
    }
    case 'boolean':
      // A box left unticked is "no": never "missing".
      return { ...base, widget: 'boolean', required: false };
    case 'number':
      return { ...base, widget: 'number', value_type: checks.some((c) => c.format === 'safeint' || c.format === 'int32') ? 'int' : 'float' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(d.entries ?? {}) };
    case 'array': {
      const element = d.element!;
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      const inner = fieldFor(name, element, lang);
      if (inner.widget === 'select') return { ...base, widget: 'select', multiple: true, options: inner.options, ...(min ? { min } : {}) };
      return {
        ...base,
        widget: 'list',
        ...(min ? { min } : {}),
        // Lists show their items open: a volunteer sees every phone, source or question at once.
        collapsed: false,
        ...(inner.widget === 'object' ? { fields: inner.fields } : { field: { ...inner, required: true } }),
      };
    }
    case 'union': {
      // The form cannot offer "a word or a list"; it offers the list (e.g. countries), the usual case.
      const list = (d.options ?? []).find((o) => defOf(o).type === 'array');
      // The default (e.g. `all`) becomes a one-item list; the file gets the word back (decap-formats.ts).
      const asList = dflt === undefined || Array.isArray(dflt) ? dflt : [dflt];
      return list ? { ...fieldFor(name, list, lang), required, ...(hint ? { hint } : {}), ...(asList !== undefined ? { default: asList } : {}) } : base;
    }
    case 'string': {
      if (regex && DATE.test(regex.source)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      const pattern = regex ? regex.source : min !== undefined || max !== undefined ? `^[\\s\\S]{${min ?? 0},${max ?? ''}}$` : undefined;
      const why = hint ?? say(max !== undefined ? msg('make-shorter-smaller-most', max) : msg('make-longer-larger-least', min ?? 1), lang);
      return { ...base, ...(pattern ? { pattern: [pattern, why] as [string, string] } : {}) };
    }
    default:
      return base;
  }
}

/**
 * Fields that may be "a word or a list" (`countries: all` or a list; a quiz
 * `answer: 1` or `[0, 2]`): the form shows a list, the file keeps its shape
 * (src/lib/editor/formats.ts).
 */
export function scalarOrListPaths(schema: z.ZodType, path: string[] = []): ScalarOrList[] {
  let d = defOf(schema);
  while ((d.type === 'optional' || d.type === 'default' || d.type === 'pipe') && (d.innerType ?? d.out)) d = defOf((d.innerType ?? d.out)!);
  if (d.type === 'object') return Object.entries(d.shape ?? {}).flatMap(([k, v]) => scalarOrListPaths(v, [...path, k]));
  if (d.type === 'array') return scalarOrListPaths(d.element!, [...path, '*']);
  if (d.type === 'union' && (d.options ?? []).some((o) => defOf(o).type === 'array')) {
    const literal = (d.options ?? []).map(defOf).find((o) => o.type === 'literal');
    const word = literal?.values?.[0];
    return [{ path, ...(typeof word === 'string' ? { word } : {}) }];
  }
  return [];
}

/** A field (and the fields inside it) that the form does not insist on. */
const optional = (f: DecapField): DecapField => ({
  ...f,
  required: false,
  ...(f.fields ? { fields: f.fields.map(optional) } : {}),
  ...(f.field ? { field: optional(f.field) } : {}),
});

/** The form fields of a whole schema (an object). */
export function fieldsFor(schema: z.ZodType, lang: VolunteerLang): DecapField[] {
  return fieldFor('', schema, lang).fields ?? [];
}
