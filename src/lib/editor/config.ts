/**
 * The web editor's (Decap CMS) configuration, generated from the content
 * schemas (src/schemas/) and the locale registry, so the forms ask for what
 * `npm run check` checks: required fields, choices (topics, categories),
 * patterns (E.164 phones, dates), lengths, and hints worded like the check's
 * own messages in the volunteer's language. Groundwork for issue 14: the
 * `/admin/` page that loads Decap with this configuration is not built yet.
 */
import type { z } from 'zod';
import { guideSchema, scamSchema, pageSchema, serviceSchema, countrySchema, courseSchema, lessonSchema } from '../../schemas/index.ts';
import type { ScalarOrList } from './formats.ts';
import { LANGS, LANG_NAMES, SOURCE_LANG, type VolunteerLang } from '../../i18n/locales.ts';
import { fromZodMessage, msg, say } from '../../i18n/check/messages.ts';
import { MDX_COMPONENT_NAMES } from '../../schemas/mdx-components.ts';

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

/**
 * The format each collection's files are read and written with: one per
 * collection, registered by src/admin/admin.ts (src/lib/editor/formats.ts
 * keeps the diffs small and each field in the shape it had).
 */
export const formatName = (collection: string) => `portal-${collection}`;

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

/** Field labels in the volunteer's language (the field's own name is shown in the hint's words). */
const LABELS: Record<string, [es: string, en: string]> = {
  title: ['Título', 'Title'],
  summary: ['Resumen', 'Summary'],
  topic: ['Tema', 'Topic'],
  countries: ['Países (códigos de dos letras, o all)', 'Countries (two-letter codes, or all)'],
  reviewed: ['Revisado el', 'Reviewed on'],
  sources: ['Fuentes', 'Sources'],
  url: ['Dirección web', 'Web address'],
  translation: ['Traducción', 'Translation'],
  machine: ['Traducción automática', 'Machine translation'],
  source: ['Fecha de la versión en español que sigue', 'Date of the Spanish version it follows'],
  draft: ['Borrador (no se publica)', 'Draft (not published)'],
  body: ['Texto', 'Text'],
  signs: ['Señales', 'Signs'],
  whatToDo: ['Qué hacer', 'What to do'],
  report: ['Dónde denunciar', 'Where to report'],
  country: ['País', 'Country'],
  text: ['Texto', 'Text'],
  id: ['Identificador (nombre del archivo)', 'Identifier (file name)'],
  organization: ['Organización', 'Organization'],
  name: ['Nombre', 'Name'],
  website: ['Sitio web', 'Website'],
  description: ['Descripción', 'Description'],
  categories: ['Categorías', 'Categories'],
  status: ['Estado', 'Status'],
  region: ['Región', 'Region'],
  city: ['Ciudad', 'City'],
  address: ['Dirección', 'Address'],
  location: ['Ubicación', 'Location'],
  lat: ['Latitud', 'Latitude'],
  lon: ['Longitud', 'Longitude'],
  hideLocation: ['Ocultar la ubicación (lugar protegido)', 'Hide the location (protected place)'],
  phones: ['Teléfonos', 'Phones'],
  number: ['Número (formato internacional, +52…)', 'Number (international format, +52…)'],
  whatsapp: ['WhatsApp', 'WhatsApp'],
  email: ['Correo', 'Email'],
  languages: ['Idiomas', 'Languages'],
  schedule: ['Horario', 'Opening hours'],
  days: ['Días', 'Days'],
  opens: ['Abre', 'Opens'],
  closes: ['Cierra', 'Closes'],
  fees: ['Costo', 'Fees'],
  free: ['Gratis', 'Free'],
  eligibility: ['Quién puede ir', 'Who can go'],
  documentsRequired: ['Documentos que piden', 'Documents required'],
  accessibility: ['Accesibilidad', 'Accessibility'],
  assured: ['Verificado (fecha)', 'Verified (date)'],
  assuredMethod: ['Cómo se verificó (phone = alguien llamó; published-sources = con sus páginas publicadas)', 'How it was verified (phone = someone called; published-sources = against its published pages)'],
  assuredNote: ['Nota de la verificación', 'Verification note'],
  institution: ['Institución que lo atiende (id en el archivo del país)', 'Institution that runs it (id in the country file)'],
  institutions: ['Instituciones (dónde denunciar)', 'Institutions (where to report)'],
  aliases: ['Otros nombres (siglas)', 'Other names (acronyms)'],
  enforcesMigration: ['Hace control migratorio', 'Enforces migration law'],
  enforcesMigrationSource: ['Fuente: control migratorio', 'Source: migration enforcement'],
  warning: ['Advertencia propia', 'Own warning'],
  verified: ['Verificado el', 'Verified on'],
  code: ['Código del país', 'Country code'],
  timezone: ['Zona horaria', 'Time zone'],
  emergency: ['Números de emergencia', 'Emergency numbers'],
  kind: ['Tipo', 'Kind'],
  label: ['Etiqueta', 'Label'],
  asylum: ['Asilo: datos legales', 'Asylum: legal facts'],
  authority: ['Autoridad', 'Authority'],
  deadlines: ['Plazos', 'Deadlines'],
  amount: ['Cantidad', 'Amount'],
  unit: ['Unidad', 'Unit'],
  from: ['Desde', 'From'],
  until: ['Hasta (incluido)', 'Until (included)'],
  exceptions: ['Fechas con otro horario o cerrado', 'Dates with other hours or closed'],
  note: ['Nota', 'Note'],
  noDeadline: ['Sin plazo legal', 'No legal deadline'],
  conditions: ['Condiciones', 'Conditions'],
  audience: ['Público', 'Audience'],
  minutes: ['Minutos', 'Minutes'],
  passMark: ['Nota para aprobar (%)', 'Pass mark (%)'],
  quiz: ['Preguntas', 'Quiz'],
  question: ['Pregunta', 'Question'],
  choices: ['Opciones', 'Choices'],
  answer: ['Respuesta correcta (número de la opción, desde 0)', 'Right answer (choice number, from 0)'],
  explanation: ['Explicación', 'Explanation'],
};

/** The label of a field named `name`, in the volunteer's language. */
export function labelOf(name: string, lang: VolunteerLang): string {
  if ((LANGS as readonly string[]).includes(name)) return `${LANG_NAMES[name as keyof typeof LANG_NAMES]} (${name})`;
  const l = LABELS[name];
  return l ? l[lang === SOURCE_LANG ? 0 : 1] : name;
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
      // The default (e.g. `all`) becomes a one-item list; the file gets the word back (formats.ts).
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

/** The Markdown body, edited as written (MDX is never re-serialized), with the components volunteers may use. */
function bodyField(lang: VolunteerLang): DecapField {
  const hint =
    lang === SOURCE_LANG
      ? `Markdown. Componentes: ${MDX_COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')} (ver CONTRIBUTING.md). Para mostrar { } y < escribe \`\\{\` \`\\}\` y \`&lt;\`.`
      : `Markdown. Components: ${MDX_COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')} (see CONTRIBUTING.md). To show { } and < write \`\\{\` \`\\}\` and \`&lt;\`.`;
  return { name: 'body', label: labelOf('body', lang), widget: 'markdown', modes: ['raw'], hint, i18n: true };
}

/** A course as the editor lists it. */
export interface CourseRef {
  slug: string;
  title: string;
}

/** Which format (and which "word or list" fields) each collection's files use. */
export function formatsOf(
  courses: readonly CourseRef[] = [],
): Record<string, { format: string; kind: 'frontmatter' | 'yaml'; scalarOrList: ScalarOrList[]; defaults: Record<string, unknown> }> {
  // What the form fills in by itself: a new language file holding only these is not written.
  const defaults = (schema: z.ZodType) => Object.fromEntries(fieldsFor(schema, SOURCE_LANG).filter((f) => f.default !== undefined).map((f) => [f.name, f.default]));
  const fm = (name: string, schema: z.ZodType) => [name, { format: formatName(name), kind: 'frontmatter' as const, scalarOrList: scalarOrListPaths(schema), defaults: defaults(schema) }];
  const ym = (name: string, schema: z.ZodType) => [name, { format: formatName(name), kind: 'yaml' as const, scalarOrList: scalarOrListPaths(schema), defaults: defaults(schema) }];
  return Object.fromEntries([
    fm('guides', guideSchema),
    fm('scams', scamSchema),
    fm('pages', pageSchema),
    ym('directory', serviceSchema),
    ym('countries', countrySchema),
    ym('courses', courseSchema),
    ...courses.map((c) => fm(`lessons-${c.slug}`, lessonSchema)),
  ]);
}

/** Decap's configuration for the portal's content, in the volunteer's language. */
export function decapConfig(
  lang: VolunteerLang = SOURCE_LANG,
  backend: Record<string, unknown> = { name: 'proxy', proxy_url: '/api/v1', branch: 'main' },
  courses: readonly CourseRef[] = [],
  extra: Record<string, unknown> = {},
) {
  const COLLECTIONS: Record<string, [string, string, string, string]> = {
    guides: ['Guías de derechos', 'guía', 'Rights guides', 'guide'],
    scams: ['Alertas de estafas', 'alerta', 'Scam alerts', 'alert'],
    pages: ['Páginas', 'página', 'Pages', 'page'],
    directory: ['Directorio de servicios', 'servicio', 'Service directory', 'service'],
    countries: ['Países: emergencias y asilo', 'país', 'Countries: emergencies and asylum', 'country'],
    courses: ['Cursos', 'curso', 'Courses', 'course'],
  };
  const labels = (name: string) => {
    const l = COLLECTIONS[name];
    return l ? (lang === SOURCE_LANG ? { label: l[0], label_singular: l[1] } : { label: l[2], label_singular: l[3] }) : { label: name };
  };
  const translated = (schema: z.ZodType) => [...fieldsFor(schema, lang).map((f) => ({ ...f, i18n: true })), bodyField(lang)];
  const page = (name: string, dir: string, schema: z.ZodType) => ({
    name,
    ...labels(name),
    folder: `content/${dir}`,
    extension: 'mdx',
    format: formatName(name),
    create: true,
    identifier_field: 'title',
    slug: '{{slug}}',
    i18n: true,
    fields: translated(schema),
  });
  const data = (name: string, folder: string, id: string, schema: z.ZodType, path?: string) => ({
    name,
    ...labels(name),
    folder,
    extension: 'yaml',
    format: formatName(name),
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
    // No "deploy preview" link: a local build has none, and a hosted one is in the pull request.
    show_preview_links: false,
    // File names from titles in plain ASCII: "¿Cómo pido…?" → como-pido-…
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...LANGS], default_locale: SOURCE_LANG },
    collections: [
      page('guides', 'guides', guideSchema),
      page('scams', 'scams', scamSchema),
      page('pages', 'pages', pageSchema),
      data('directory', 'content/directory', 'id', serviceSchema),
      data('countries', 'content/countries', 'code', countrySchema),
      // New courses are made with `npm run new` (a folder with its first lesson).
      { ...data('courses', 'courses', 'title', courseSchema, '{{slug}}/course'), create: false, summary: '{{title.es}}' },
      // One collection per course: its lessons, side by side in every language. New lessons are
      // numbered files (`03-…`), which Decap cannot name: `npm run new` makes them.
      ...courses.map((c) => ({
        ...page(`lessons-${c.slug}`, '', lessonSchema),
        label: `${lang === SOURCE_LANG ? 'Lecciones' : 'Lessons'}: ${c.title}`,
        label_singular: lang === SOURCE_LANG ? 'lección' : 'lesson',
        folder: `courses/${c.slug}`,
        create: false,
      })),
    ],
    ...extra,
  };
}
