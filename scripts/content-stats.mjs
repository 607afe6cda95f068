#!/usr/bin/env node
// Prints the content measures: counts per content type per language, services per country
// and city (with coordinates, verified in the last 6 months), and
// the readability (Fernández-Huerta, INFLESZ) of every Spanish guide and
// scam article, flagging those below 65 ("bastante fácil").
// Usage: npm run content:stats
import { SOURCE_LANG } from '../src/i18n/locales.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/lib/check/content-check.ts';
import { readability, mdxToText } from '../src/lib/check/readability.ts';
import { LANGS } from '../src/i18n/locale.ts';
import { isPublished } from '../src/lib/directory/records.ts';

const root = resolve(process.argv.includes('--root') ? process.argv[process.argv.indexOf('--root') + 1] : '.');
const { entries, problems } = checkContent(root);
const TARGET = 65;

const table = (head, rows) => {
  const widths = head.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
};

console.log('\nContent per type and language (files written in that language)\n');
const perLang = (collection) => LANGS.map((l) => entries.filter((e) => e.collection === collection && e.lang === l).length);
const localizedCount = (collection, field) =>
  LANGS.map((l) => entries.filter((e) => e.collection === collection && e.data[field]?.[l]).length);
table(
  ['type', ...LANGS],
  [
    ['guides', ...perLang('guides')],
    ['scams', ...perLang('scams')],
    ['pages', ...perLang('pages')],
    ['lessons', ...perLang('lessons')],
    ['courses (title)', ...localizedCount('courses', 'title')],
    ['services (name)', ...localizedCount('directory', 'name')],
    ['services (description)', ...localizedCount('directory', 'description')],
    ['countries (name)', ...localizedCount('countries', 'name')],
  ],
);
const machine = entries.filter((e) => e.data.translation?.machine && !e.data.translation?.reviewed).length;
console.log(`\nMachine translations not yet reviewed by a person: ${machine}`);
// Published services only: a draft (`draft: true`, e.g. waiting for a volunteer to re-check it) is on no page.
const services = entries.filter((e) => e.collection === 'directory' && isPublished(e.data));
const drafts = entries.filter((e) => e.collection === 'directory').length - services.length;
console.log(
  `Services: ${services.length} published in ${new Set(services.map((s) => s.data.country)).size} countries${drafts ? ` (and ${drafts} draft${drafts === 1 ? '' : 's'}, not published)` : ''}; countries: ${entries.filter((e) => e.collection === 'countries').length}`,
);

// Where the services are, and how fresh (issue 18): per country and city.
const now = Date.now();
const fresh = (s) => typeof s.data.assured === 'string' && (now - Date.parse(s.data.assured)) / (30.44 * 24 * 3600 * 1000) < 6;
const located = (s) => !!s.data.location && !s.data.hideLocation;
const pct = (n, d) => (d ? `${Math.round((n / d) * 100)} %` : '—');
const places = new Map();
for (const s of services) {
  const key = `${s.data.country}\u0000${s.data.city ?? ''}`;
  places.set(key, [...(places.get(key) ?? []), s]);
}
console.log('\nPublished services per country and city (— = the whole country or no city given)\n');
table(
  ['country', 'city', 'services', 'with coordinates', 'verified in the last 6 months'],
  [...places.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => {
      const [country, city] = key.split('\u0000');
      return [country, city || '—', list.length, list.filter(located).length, list.filter(fresh).length];
    }),
);
const local = services.filter((s) => s.data.city);
console.log(
  `\nLocal services (with a city): ${local.length} of ${services.length}; with coordinates: ${pct(services.filter(located).length, services.length)}; verified in the last 6 months: ${pct(services.filter(fresh).length, services.length)}.`,
);

console.log(`\nReadability of the Spanish source (target ≥ ${TARGET})\n`);
const rows = entries
  .filter((e) => (e.collection === 'guides' || e.collection === 'scams') && e.lang === SOURCE_LANG)
  .map((e) => {
    const r = readability(mdxToText(readFileSync(join(root, e.file), 'utf8')));
    return [e.file, r.words, (r.words / r.sentences).toFixed(1), r.fernandezHuerta.toFixed(1), r.inflesz.toFixed(1), r.fernandezHuerta < TARGET ? 'below' : 'ok'];
  });
table(['file', 'words', 'words/sentence', 'Fernández-Huerta', 'INFLESZ', ''], rows);
const below = rows.filter((r) => r[5] === 'below');
console.log(`\n${rows.length - below.length} of ${rows.length} at or above ${TARGET}${below.length ? `; below: ${below.map((r) => r[0].split('/').pop()).join(', ')}` : ''}.`);
if (problems.some((p) => p.severity === 'error')) console.log('\nNote: some files have errors; run `npm run check`.');
