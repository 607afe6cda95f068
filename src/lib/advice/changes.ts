/**
 * What changed that readers should know, gathered from where it was
 * recorded (`changes` on guides, scam pages, legal facts and services):
 * newest first, the last 12 months, each with where to read more. Feeds
 * `/<lang>/changes/`, `/<lang>/changes.xml` (Atom), `/<lang>/changes.json`
 * (the notice after a saved language is updated) and the shelter kit. Pure.
 */
import { createHash } from 'node:crypto';

type Text = { es: string } & Partial<Record<string, string>>;

/** One change as recorded in content. */
export interface RecordedChange {
  date: string;
  text: Text;
}

/** One change, with what it is about. */
export interface ChangeItem {
  /** Stable id: a hash of its date and Spanish text. */
  id: string;
  date: string;
  text: Text;
  /** What it is about: a guide, a scam page, a service, or a country's asylum rules. */
  kind: 'guide' | 'scam' | 'service' | 'legal';
  /** Where to read more, without the language prefix (`guides/pedir-asilo-o-refugio/`). */
  path: string;
  /** The page's or service's title (per language), or for legal facts the country's name. */
  about: Text;
  /** Country code, for legal facts and services. */
  country?: string;
}

/** The content the changes come from (Spanish pages hold a page's changes). */
export interface ChangeSources {
  guides: { slug: string; data: { title: string; changes?: RecordedChange[]; draft?: boolean }; titles?: Partial<Record<string, string>> }[];
  scams: { slug: string; data: { title: string; changes?: RecordedChange[]; draft?: boolean }; titles?: Partial<Record<string, string>> }[];
  services: { id: string; country: string; name: Text; changes?: RecordedChange[]; draft?: boolean }[];
  countries: { code: string; name: Text; asylum?: Record<string, unknown> }[];
}

/** Where a country's asylum rules are shown. */
export const ASYLUM_GUIDE = 'guides/pedir-asilo-o-refugio/';

export const changeId = (c: RecordedChange) => createHash('sha256').update(`${c.date}\n${c.text.es}`).digest('hex').slice(0, 12);

/** Every legal fact of an asylum block, with its changes. */
function factChanges(asylum: Record<string, unknown> | undefined): RecordedChange[] {
  if (!asylum) return [];
  type Fact = { changes?: RecordedChange[] };
  const facts: Fact[] = [asylum.authority as Fact, ...((asylum.deadlines ?? []) as Fact[]), ...((asylum.conditions ?? []) as Fact[]), asylum.noDeadline as Fact].filter(Boolean);
  return facts.flatMap((f) => f.changes ?? []);
}

/** The first day still shown: `months` before `now`. */
export function sinceDay(now: Date, months = 12): string {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** All changes of the last `months` months, newest first (ties: by what they are about). */
export function collectChanges(src: ChangeSources, now: Date = new Date(), months = 12): ChangeItem[] {
  const out: ChangeItem[] = [];
  const add = (list: RecordedChange[] | undefined, item: Omit<ChangeItem, 'id' | 'date' | 'text'>) => {
    for (const c of list ?? []) out.push({ id: changeId(c), date: c.date, text: c.text, ...item });
  };
  for (const g of src.guides) if (!g.data.draft) add(g.data.changes, { kind: 'guide', path: `guides/${g.slug}/`, about: { ...g.titles, es: g.data.title } });
  for (const s of src.scams) if (!s.data.draft) add(s.data.changes, { kind: 'scam', path: `scams/${s.slug}/`, about: { ...s.titles, es: s.data.title } });
  for (const s of src.services) if (!s.draft) add(s.changes, { kind: 'service', path: `directory/${s.id}/`, about: s.name, country: s.country });
  for (const c of src.countries) add(factChanges(c.asylum), { kind: 'legal', path: `${ASYLUM_GUIDE}#asilo-${c.code.toLowerCase()}`, about: c.name, country: c.code });
  const since = sinceDay(now, months);
  const today = now.toISOString().slice(0, 10);
  // One change recorded twice (the same words on two facts) is told once.
  const seen = new Set<string>();
  return out
    .filter((c) => c.date >= since && c.date <= today && !seen.has(c.id) && seen.add(c.id))
    .sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
}

/** The changes a page shows at its top: its own, made in the last `days` days. */
export function recentFor(list: readonly RecordedChange[] | undefined, now: Date = new Date(), days = 90): RecordedChange[] {
  const from = new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  return [...(list ?? [])].filter((c) => c.date >= from && c.date <= today).sort((a, b) => b.date.localeCompare(a.date));
}

/** Text in `lang`, else Spanish, with the language it is written in. */
export function textIn(text: Text, lang: string): { text: string; lang: string } {
  const t = text[lang];
  return t ? { text: t, lang } : { text: text.es, lang: 'es' };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom 1.0 feed (RFC 4287) of `items` for `lang`. `site` is the public address, when known. */
export function atomFeed(items: readonly ChangeItem[], o: { lang: string; title: string; subtitle: string; site?: string; aboutLabel: (c: ChangeItem) => string; updated: string }): string {
  const base = o.site ? o.site.replace(/\/$/, '') : '';
  const link = (path: string) => `${base}/${o.lang}/${path}`;
  const tag = (what: string) => `tag:migrar-con-derechos,2026:${o.lang}/${what}`;
  const entries = items.map((c) => {
    const t = textIn(c.text, o.lang);
    return [
      '  <entry>',
      `    <id>${tag(`change/${c.id}`)}</id>`,
      `    <title xml:lang="${t.lang}">${esc(o.aboutLabel(c))}</title>`,
      `    <updated>${c.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${esc(link(c.path))}"/>`,
      `    <summary type="text" xml:lang="${t.lang}">${esc(t.text)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.lang}"${base ? ` xml:base="${esc(base)}/"` : ''}>`,
    `  <id>${tag('changes')}</id>`,
    `  <title>${esc(o.title)}</title>`,
    `  <subtitle>${esc(o.subtitle)}</subtitle>`,
    `  <updated>${o.updated}T00:00:00Z</updated>`,
    `  <author><name>${esc(o.title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(link('changes.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(link('changes/'))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
