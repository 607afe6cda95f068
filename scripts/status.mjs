#!/usr/bin/env node
// Translation status in the terminal: the same matrix as /status/.
// Usage: npm run status [-- --root <dir>]
import { SOURCE_LANG } from '../src/i18n/locales.ts';
import { resolve } from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/lib/check/content-check.ts';
import { statusMatrix, statusTotals, uiCoverage, staleLists, neverCalled, coverageByType, COVERAGE_TYPES } from '../src/lib/translations/status.ts';
import { outdatedUnitCounts } from '../src/lib/translations/outdated.ts';
import { msg, say } from '../src/i18n/check/messages.ts';
import { volunteerLang } from '../src/lib/check/problems.ts';
import { LANGS } from '../src/i18n/locale.ts';

const args = process.argv.slice(2);
const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : '.');
const lang = volunteerLang(args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined);
const { entries, problems } = checkContent(root);
const rows = statusMatrix(entries, outdatedUnitCounts(root));
const SHORT = { source: 'ES', translated: '✓', machine: 'M', outdated: '!', missing: '—' };
const width = Math.max(...rows.map((r) => r.page.length));
console.log(`${'page'.padEnd(width)}  ${LANGS.map((l) => l.padEnd(3)).join('')}`);
// An outdated translation tracked per unit shows how many units follow an older Spanish text ("!3").
for (const r of rows) console.log(`${r.page.padEnd(width)}  ${LANGS.map((l) => `${SHORT[r.cells[l].status]}${r.cells[l].outdated || ''}`.padEnd(4)).join('')}`);
console.log(`\n${say(msg('status.legend'), lang)}\n`);
const totals = statusTotals(rows);
const strings = Object.fromEntries(LANGS.map((l) => [l, existsSync(join(root, `src/i18n/${l}.json`)) ? JSON.parse(readFileSync(join(root, `src/i18n/${l}.json`), 'utf8')) : {}]));
const ui = uiCoverage(strings);
for (const l of LANGS) {
  const t = totals[l];
  console.log(`${l}: ✓ ${l === SOURCE_LANG ? t.source : t.translated}  M ${t.machine}  ! ${t.outdated}  — ${t.missing}   UI ${ui[l]} %`);
}
const coverage = coverageByType(entries);
console.log(`\n${say(msg('status.coverage'), lang)}`);
console.log(`${''.padEnd(10)}${LANGS.map((l) => l.padStart(6)).join('')}`);
for (const type of [...COVERAGE_TYPES, 'all']) console.log(`${type.padEnd(10)}${LANGS.map((l) => `${coverage[type][l]} %`.padStart(6)).join('')}`);
const stale = staleLists(problems, entries);
for (const [title, list] of [
  [say(msg('status.stale-guides'), lang), stale.guides],
  [say(msg('status.stale-services'), lang), stale.services],
  [say(msg('status.never-called'), lang), neverCalled(entries)],
]) {
  console.log(`\n${title}: ${list.length}`);
  for (const p of list) console.log(`  ${p.place ? `${p.place} — ` : ''}${p.file}: ${say(p.problem, lang)}`);
}
