/**
 * The web editor's (Decap CMS) configuration, generated from the content
 * schemas (src/schemas/) and the locale registry, so the forms ask for what
 * `npm run check` checks. The collections are listed in collections.ts, their
 * fields derived in fields.ts, the labels in labels.ts; here they become
 * Decap's configuration and the file formats admin.ts registers.
 */
import type { z } from 'zod';
import type { ScalarOrList } from './formats.ts';
import { LANGS, SOURCE_LANG, type VolunteerLang } from '../../i18n/locales.ts';
import { MDX_COMPONENT_NAMES } from '../../schemas/mdx-components.ts';
import { fieldsFor, scalarOrListPaths, type DecapField } from './fields.ts';
import { labelOf } from './labels.ts';
import { collectionsOf, type Collection, type CourseRef } from './collections.ts';

export type { DecapField } from './fields.ts';
export type { CourseRef } from './collections.ts';

/**
 * The format each collection's files are read and written with: one per
 * collection, registered by src/admin/admin.ts (src/lib/editor/formats.ts
 * keeps the diffs small and each field in the shape it had).
 */
export const formatName = (collection: string) => `portal-${collection}`;

/** The Markdown body, edited as written (MDX is never re-serialized), with the components volunteers may use. */
function bodyField(lang: VolunteerLang): DecapField {
  const hint =
    lang === SOURCE_LANG
      ? `Markdown. Componentes: ${MDX_COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')} (ver CONTRIBUTING.md). Para mostrar { } y < escribe \`\\{\` \`\\}\` y \`&lt;\`.`
      : `Markdown. Components: ${MDX_COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')} (see CONTRIBUTING.md). To show { } and < write \`\\{\` \`\\}\` and \`&lt;\`.`;
  return { name: 'body', label: labelOf('body', lang), widget: 'markdown', modes: ['raw'], hint, i18n: true };
}

/** What the format of one collection needs to know. */
export interface FormatOf {
  format: string;
  kind: 'frontmatter' | 'yaml';
  scalarOrList: ScalarOrList[];
  defaults: Record<string, unknown>;
}

/** Which format (and which "word or list" fields) each collection's files use. */
export function formatsOf(courses: readonly CourseRef[] = []): Record<string, FormatOf> {
  // What the form fills in by itself: a new language file holding only these is not written.
  const defaults = (schema: z.ZodType) => Object.fromEntries(fieldsFor(schema, SOURCE_LANG).filter((f) => f.default !== undefined).map((f) => [f.name, f.default]));
  return Object.fromEntries(
    collectionsOf(courses).map((c) => [c.name, { format: formatName(c.name), kind: c.kind, scalarOrList: scalarOrListPaths(c.schema), defaults: defaults(c.schema) }]),
  );
}

/** One of Decap's collections, in the volunteer's language. */
function decapCollection(c: Collection, lang: VolunteerLang) {
  const [es, esOne, en, enOne] = c.labels;
  const common = {
    name: c.name,
    label: lang === SOURCE_LANG ? es : en,
    label_singular: lang === SOURCE_LANG ? esOne : enOne,
    folder: c.folder,
    format: formatName(c.name),
    create: c.create ?? true,
  };
  if (c.kind === 'frontmatter') {
    const fields = [...fieldsFor(c.schema, lang).map((f) => ({ ...f, i18n: true })), bodyField(lang)];
    return { ...common, extension: 'mdx', identifier_field: 'title', slug: '{{slug}}', i18n: true, fields };
  }
  return {
    ...common,
    extension: 'yaml',
    identifier_field: c.id!,
    slug: `{{fields.${c.id}}}`,
    ...(c.path ? { path: c.path } : {}),
    ...(c.name === 'courses' ? { summary: '{{title.es}}' } : {}),
    fields: fieldsFor(c.schema, lang),
  };
}

/** Decap's configuration for the portal's content, in the volunteer's language. */
export function decapConfig(
  lang: VolunteerLang = SOURCE_LANG,
  backend: Record<string, unknown> = { name: 'proxy', proxy_url: '/api/v1', branch: 'main' },
  courses: readonly CourseRef[] = [],
  extra: Record<string, unknown> = {},
) {
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
    collections: collectionsOf(courses).map((c) => decapCollection(c, lang)),
    ...extra,
  };
}
