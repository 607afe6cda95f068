/**
 * The web editor's (Decap CMS) configuration, generated from the content
 * schemas (src/schemas/) and the locale registry, so the forms ask for what
 * `npm run check` checks: required fields, choices (topics, categories),
 * patterns (E.164 phones, dates), lengths, and hints worded like the check's
 * own messages in the volunteer's language. Groundwork for issue 14: the
 * `/admin/` page that loads Decap with this configuration is not built yet.
 */
import type { z } from 'zod';
import { guideSchema, scamSchema, pageSchema, serviceSchema, countrySchema, courseSchema } from '../schemas/index.ts';
import { LANGS, SOURCE_LANG, type VolunteerLang } from '../i18n/locales.ts';
import { fromZodMessage, msg, say } from './check-messages.ts';
import { MDX_COMPONENT_NAMES } from '../components/mdx/names.ts';

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
  date_format?: string;
  time_format?: boolean;
  value_type?: 'int' | 'float';
  modes?: string[];
}

/** The format names the editor registers (src/lib/frontmatter-patch.ts keeps the diffs small). */
export const FORMATS = { frontmatter: 'portal-frontmatter', yaml: 'portal-yaml' } as const;

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
  const base: DecapField = { name, label: name, widget: 'string', required, ...(hint ? { hint } : {}), ...(dflt !== undefined ? { default: dflt } : {}) };
  const checks = (d.checks ?? []).map((c) => c._zod.def);
  const regex = checks.find((c) => c.format === 'regex')?.pattern;
  switch (d.type) {
    case 'object':
      return { ...base, widget: 'object', fields: Object.entries(d.shape ?? {}).map(([k, v]) => fieldFor(k, v, lang)) };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'number':
      return { ...base, widget: 'number', value_type: checks.some((c) => c.format === 'safeint' || c.format === 'int32') ? 'int' : 'float' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(d.entries ?? {}) };
    case 'array': {
      const element = d.element!;
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      const inner = fieldFor(name, element, lang);
      if (inner.widget === 'select') return { ...base, widget: 'select', multiple: true, options: inner.options, ...(min ? { min } : {}) };
      return { ...base, widget: 'list', ...(min ? { min } : {}), ...(inner.widget === 'object' ? { fields: inner.fields } : { field: { ...inner, required: true } }) };
    }
    case 'union': {
      // The form cannot offer "a word or a list"; it offers the list (e.g. countries), the usual case.
      const list = (d.options ?? []).find((o) => defOf(o).type === 'array');
      return list ? { ...fieldFor(name, list, lang), required, ...(hint ? { hint } : {}) } : base;
    }
    case 'string': {
      if (regex && DATE.test(regex.source)) return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false };
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

/** The form fields of a whole schema (an object). */
export function fieldsFor(schema: z.ZodType, lang: VolunteerLang): DecapField[] {
  return fieldFor('', schema, lang).fields ?? [];
}

/** The Markdown body, edited as written (MDX is never re-serialized), with the components volunteers may use. */
function bodyField(lang: VolunteerLang): DecapField {
  const hint =
    lang === SOURCE_LANG
      ? `Markdown. Componentes: ${MDX_COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')} (ver CONTRIBUTING.md). Escribe \\{ \\} y &lt; para mostrar { } y <.`
      : `Markdown. Components: ${MDX_COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')} (see CONTRIBUTING.md). Write \\{ \\} and &lt; to show { } and <.`;
  return { name: 'body', label: 'body', widget: 'markdown', modes: ['raw'], hint, i18n: true };
}

/** Decap's configuration for the portal's content, in the volunteer's language. */
export function decapConfig(lang: VolunteerLang = SOURCE_LANG, backend: Record<string, unknown> = { name: 'proxy', proxy_url: '/api/v1', branch: 'main' }) {
  const translated = (schema: z.ZodType) => [...fieldsFor(schema, lang).map((f) => ({ ...f, i18n: true })), bodyField(lang)];
  const page = (name: string, dir: string, schema: z.ZodType) => ({
    name,
    label: name,
    folder: `content/${dir}`,
    extension: 'mdx',
    format: FORMATS.frontmatter,
    create: true,
    identifier_field: 'title',
    slug: '{{slug}}',
    i18n: true,
    fields: translated(schema),
  });
  const data = (name: string, folder: string, id: string, schema: z.ZodType, path?: string) => ({
    name,
    label: name,
    folder,
    extension: 'yaml',
    format: FORMATS.yaml,
    create: true,
    identifier_field: id,
    slug: `{{fields.${id}}}`,
    ...(path ? { path } : {}),
    fields: fieldsFor(schema, lang),
  });
  return {
    load_config_file: false,
    locale: lang,
    backend,
    media_folder: 'public/images',
    public_folder: '/images',
    editor: { preview: false },
    i18n: { structure: 'multiple_folders', locales: [...LANGS], default_locale: SOURCE_LANG },
    collections: [
      page('guides', 'guides', guideSchema),
      page('scams', 'scams', scamSchema),
      page('pages', 'pages', pageSchema),
      data('directory', 'content/directory', 'id', serviceSchema),
      data('countries', 'content/countries', 'code', countrySchema),
      data('courses', 'courses', 'title', courseSchema, '{{slug}}/course'),
    ],
  };
}
