/**
 * The directory as a spreadsheet: one row per service, documented columns
 * (docs/directory-csv.md), UTF-8, commas or semicolons. Export and import
 * are exact inverses, so a round trip changes nothing. Pure.
 */
import type { ServiceData } from '../../schemas/service.ts';
import { LANGS } from '../../i18n/locale.ts';
import { formatException, formatSchedule, parseException, parseSchedule, type Exception, type Row } from './csv-hours.ts';

export { formatException, formatSchedule, parseException, parseSchedule } from './csv-hours.ts';

type Raw = Record<string, unknown>;
type Localized = Partial<Record<string, string>>;

const OPTIONAL_MAPS = [
  ['fees_description', (s: Raw) => (s.fees as Raw | undefined)?.description as Localized | undefined],
  ['eligibility', (s: Raw) => s.eligibility as Localized | undefined],
  ['documents', (s: Raw) => s.documentsRequired as Localized | undefined],
  ['accessibility', (s: Raw) => s.accessibility as Localized | undefined],
  ['assured_note', (s: Raw) => s.assuredNote as Localized | undefined],
] as const;

/** Parses CSV text (RFC 4180; `,` or `;` detected from the header; BOM and CRLF tolerated). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const header = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const quote = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The columns for these services, in order (per-phone and per-source columns as many as needed). */
function csvColumns(services: readonly Raw[]): string[] {
  const phones = Math.max(0, ...services.map((s) => ((s.phones as unknown[]) ?? []).length));
  const sources = Math.max(1, ...services.map((s) => ((s.sources as unknown[]) ?? []).length));
  const langsIn = (get: (s: Raw) => Localized | undefined) => LANGS.filter((l) => services.some((s) => get(s)?.[l]));
  const phoneDescLangs = LANGS.filter((l) => services.some((s) => ((s.phones as Raw[]) ?? []).some((p) => (p.description as Localized | undefined)?.[l])));
  const exceptions = Math.max(0, ...services.map((s) => ((s.exceptions as unknown[]) ?? []).length));
  const noteLangs = LANGS.filter((l) => services.some((s) => ((s.exceptions as Exception[]) ?? []).some((e) => e.note?.[l])));
  const changes = Math.max(0, ...services.map((s) => ((s.changes as unknown[]) ?? []).length));
  return [
    'id',
    'status',
    'draft',
    'organization_name',
    'organization_website',
    'organization_website_source',
    ...LANGS.map((l) => `name_${l}`),
    ...LANGS.map((l) => `description_${l}`),
    'categories',
    'country',
    'region',
    'city',
    'address',
    'address_source',
    'lat',
    'lon',
    'hide_location',
    ...Array.from({ length: phones }, (_, i) => [
      `phone${i + 1}_number`,
      `phone${i + 1}_whatsapp`,
      `phone${i + 1}_source`,
      ...phoneDescLangs.map((l) => `phone${i + 1}_description_${l}`),
    ]).flat(),
    'email',
    'email_source',
    'website',
    'website_source',
    'languages',
    'schedule',
    'timezone',
    ...Array.from({ length: exceptions }, (_, i) => [`exception${i + 1}`, ...noteLangs.map((l) => `exception${i + 1}_note_${l}`)]).flat(),
    'fees_free',
    ...OPTIONAL_MAPS.flatMap(([name, get]) => langsIn(get).map((l) => `${name}_${l}`)),
    ...Array.from({ length: sources }, (_, i) => [`source${i + 1}_title`, `source${i + 1}_url`]).flat(),
    'assured',
    'assured_method',
    'institution',
    'institutions',
    ...Array.from({ length: changes }, (_, i) => [`change${i + 1}_date`, ...LANGS.map((l) => `change${i + 1}_${l}`)]).flat(),
  ];
}

const yesNo = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : '');

/** One service as cells keyed by column. */
function cells(s: Raw): Record<string, string> {
  const c: Record<string, string> = {};
  const org = s.organization as Raw;
  const put = (k: string, v: unknown) => {
    if (v !== undefined && v !== null && v !== '') c[k] = String(v);
  };
  put('id', s.id);
  put('status', s.status);
  if (s.draft === true) c.draft = 'yes';
  put('organization_name', org?.name);
  put('organization_website', (org?.website as Raw | undefined)?.url);
  put('organization_website_source', (org?.website as Raw | undefined)?.source);
  for (const l of LANGS) {
    put(`name_${l}`, (s.name as Localized)?.[l]);
    put(`description_${l}`, (s.description as Localized)?.[l]);
  }
  put('categories', ((s.categories as string[]) ?? []).join(';'));
  for (const k of ['country', 'region', 'city']) put(k, s[k]);
  put('address', (s.address as Raw | undefined)?.text);
  put('address_source', (s.address as Raw | undefined)?.source);
  put('lat', (s.location as Raw | undefined)?.lat);
  put('lon', (s.location as Raw | undefined)?.lon);
  if (s.hideLocation === true) c.hide_location = 'yes';
  ((s.phones as Raw[]) ?? []).forEach((p, i) => {
    put(`phone${i + 1}_number`, p.number);
    c[`phone${i + 1}_whatsapp`] = yesNo(p.whatsapp === true);
    put(`phone${i + 1}_source`, p.source);
    for (const l of LANGS) put(`phone${i + 1}_description_${l}`, (p.description as Localized | undefined)?.[l]);
  });
  put('email', (s.email as Raw | undefined)?.address);
  put('email_source', (s.email as Raw | undefined)?.source);
  put('website', (s.website as Raw | undefined)?.url);
  put('website_source', (s.website as Raw | undefined)?.source);
  put('languages', ((s.languages as string[]) ?? []).join(';'));
  put('schedule', formatSchedule((s.schedule as Row[]) ?? []));
  put('timezone', s.timezone);
  ((s.exceptions as Exception[]) ?? []).forEach((e, i) => {
    put(`exception${i + 1}`, formatException(e));
    for (const l of LANGS) put(`exception${i + 1}_note_${l}`, e.note?.[l]);
  });
  if (s.fees) c.fees_free = yesNo((s.fees as Raw).free);
  for (const [name, get] of OPTIONAL_MAPS) for (const l of LANGS) put(`${name}_${l}`, get(s)?.[l]);
  ((s.sources as Raw[]) ?? []).forEach((src, i) => {
    put(`source${i + 1}_title`, src.title);
    put(`source${i + 1}_url`, src.url);
  });
  put('assured', s.assured);
  put('assured_method', s.assuredMethod);
  put('institution', s.institution);
  put('institutions', ((s.institutions as string[]) ?? []).join(';'));
  ((s.changes as { date: string; text: Localized }[]) ?? []).forEach((ch, i) => {
    put(`change${i + 1}_date`, ch.date);
    for (const l of LANGS) put(`change${i + 1}_${l}`, ch.text?.[l]);
  });
  return c;
}

/** The CSV of `services` (comma-separated, header first, CRLF line ends, sorted by id). */
export function servicesToCsv(services: readonly Raw[]): string {
  const sorted = [...services].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const cols = csvColumns(sorted);
  const lines = [cols.join(','), ...sorted.map((s) => {
    const c = cells(s);
    return cols.map((k) => quote(c[k] ?? '')).join(',');
  })];
  return lines.join('\r\n') + '\r\n';
}

const truthy = (v: string) => /^(yes|y|true|sí|si|s|1|x)$/i.test(v.trim());

/**
 * One CSV row back into a service object (not yet validated). Empty cells
 * leave fields out; lists use `;`.
 */
export function rowToService(row: Record<string, string>): Raw {
  const g = (k: string) => (row[k] ?? '').trim();
  const map = (prefix: string): Localized | undefined => {
    const m: Localized = {};
    for (const l of LANGS) if (g(`${prefix}_${l}`)) m[l] = g(`${prefix}_${l}`);
    return Object.keys(m).length ? m : undefined;
  };
  const list = (k: string) => g(k).split(';').map((x) => x.trim()).filter(Boolean);
  const s: Raw = { id: g('id') };
  const org: Raw = { name: g('organization_name') };
  if (g('organization_website') || g('organization_website_source')) org.website = { url: g('organization_website'), source: g('organization_website_source') };
  s.organization = org;
  s.name = map('name') ?? {};
  s.description = map('description') ?? {};
  s.categories = list('categories');
  if (g('status')) s.status = g('status');
  s.country = g('country');
  if (g('region')) s.region = g('region');
  if (g('city')) s.city = g('city');
  if (g('address') || g('address_source')) s.address = { text: g('address'), source: g('address_source') };
  if (g('lat') || g('lon')) s.location = { lat: Number(g('lat')), lon: Number(g('lon')) };
  if (truthy(g('hide_location'))) s.hideLocation = true;
  const phones: Raw[] = [];
  for (let i = 1; `phone${i}_number` in row; i++) {
    if (!g(`phone${i}_number`) && !g(`phone${i}_source`)) continue;
    const p: Raw = { number: g(`phone${i}_number`), whatsapp: truthy(g(`phone${i}_whatsapp`)) };
    const d = map(`phone${i}_description`);
    if (d) p.description = d;
    p.source = g(`phone${i}_source`);
    phones.push(p);
  }
  if (phones.length) s.phones = phones;
  if (g('email') || g('email_source')) s.email = { address: g('email'), source: g('email_source') };
  if (g('website') || g('website_source')) s.website = { url: g('website'), source: g('website_source') };
  if (g('languages')) s.languages = list('languages');
  if (g('schedule')) s.schedule = parseSchedule(g('schedule'));
  if (g('timezone')) s.timezone = g('timezone');
  const exceptions: Exception[] = [];
  for (let i = 1; `exception${i}` in row; i++) {
    if (!g(`exception${i}`)) continue;
    const e = parseException(g(`exception${i}`));
    const note = map(`exception${i}_note`);
    exceptions.push(note ? { ...e, note } : e);
  }
  if (exceptions.length) s.exceptions = exceptions;
  if (g('fees_free')) {
    const fees: Raw = { free: truthy(g('fees_free')) };
    const d = map('fees_description');
    if (d) fees.description = d;
    s.fees = fees;
  }
  const eligibility = map('eligibility');
  if (eligibility) s.eligibility = eligibility;
  const documents = map('documents');
  if (documents) s.documentsRequired = documents;
  const accessibility = map('accessibility');
  if (accessibility) s.accessibility = accessibility;
  const sources: Raw[] = [];
  for (let i = 1; `source${i}_url` in row || `source${i}_title` in row; i++) {
    if (g(`source${i}_url`) || g(`source${i}_title`)) sources.push({ title: g(`source${i}_title`), url: g(`source${i}_url`) });
  }
  s.sources = sources;
  s.assured = g('assured');
  if (g('assured_method')) s.assuredMethod = g('assured_method');
  const note = map('assured_note');
  if (note) s.assuredNote = note;
  if (g('institution')) s.institution = g('institution');
  if (g('institutions')) s.institutions = list('institutions');
  const changes: Raw[] = [];
  for (let i = 1; `change${i}_date` in row; i++) if (g(`change${i}_date`)) changes.push({ date: g(`change${i}_date`), text: map(`change${i}`) ?? {} });
  if (changes.length) s.changes = changes;
  if (truthy(g('draft'))) s.draft = true;
  return s;
}

/** Rows of a CSV file as objects keyed by header, with their 1-based line in the sheet. */
export function csvRecords(text: string): { line: number; row: Record<string, string> }[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const cols = header.map((h) => h.trim().toLowerCase());
  return rows.map((r, i) => ({ line: i + 2, row: Object.fromEntries(cols.map((c, j) => [c, r[j] ?? ''])) }));
}

/** The service fields in the order files are written. */
export const FIELD_ORDER: (keyof ServiceData)[] = [
  'id', 'organization', 'name', 'description', 'categories', 'status', 'country', 'region', 'city', 'address', 'location', 'hideLocation',
  'phones', 'email', 'website', 'languages', 'schedule', 'exceptions', 'timezone', 'fees', 'eligibility', 'documentsRequired', 'accessibility', 'sources', 'assured', 'assuredMethod', 'assuredNote', 'institution', 'institutions', 'draft', 'changes',
];
