#!/usr/bin/env node
// Prints the content measures: counts per content type per language, and
// the readability (Fernández-Huerta, INFLESZ) of every Spanish guide and
// scam article, flagging those below 65 ("bastante fácil").
// Usage: npm run content:stats
import { SOURCE_LANG } from '../src/i18n/locales.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check.ts';
import { readability, mdxToText } from '../src/lib/readability.ts';
import { LANGS } from '../src/lib/locale.ts';

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
const services = entries.filter((e) => e.collection === 'directory');
console.log(`Services: ${services.length} in ${new Set(services.map((s) => s.data.country)).size} countries; countries: ${entries.filter((e) => e.collection === 'countries').length}`);

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
