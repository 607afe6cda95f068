#!/usr/bin/env node
// XLIFF 1.2 for translators and reviewers (Weblate, OmegaT, Poedit, memoQ, Trados).
// Usage: npm run translations:export -- --lang ht [--only untranslated|outdated|machine] [--page <slug>] [--out <file>]
//   One unit per heading, paragraph, list item, table cell and text field; links, emphasis, components
//   and numbers are tags a translator cannot break; each unit carries the hash of its Spanish text.
//   States: needs-translation (new or the Spanish changed), needs-review-translation (machine-made),
//   final (reviewed by a person).
import { writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { LANGS, SOURCE_LANG } from '../src/i18n/locales.ts';
import { sourcePages, unitStatuses, readIf } from '../src/lib/translations/pages.ts';
import { readTranslationLock, TRANSLATION_LOCK } from '../src/lib/translations/lock.ts';
import { writeXliff } from '../src/lib/translations/xliff.ts';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const root = resolve(opt('--root', '.'));
const lang = opt('--lang');
const only = opt('--only');
const fail = (m) => {
  console.error(`✗ ${m}`);
  process.exit(2);
};
if (!lang || lang === SOURCE_LANG || !LANGS.includes(lang)) fail(`--lang <idioma>: uno de ${LANGS.filter((l) => l !== SOURCE_LANG).join(', ')}`);
if (only && !['untranslated', 'outdated', 'machine'].includes(only)) fail('--only untranslated | outdated | machine');
const lock = readTranslationLock(join(root, TRANSLATION_LOCK));
const STATE = { untranslated: 'needs-translation', outdated: 'needs-translation', machine: 'needs-review-translation', translated: 'translated', reviewed: 'final' };
const KEEP = { untranslated: ['untranslated'], outdated: ['outdated'], machine: ['machine'] };
const page = opt('--page');
const files = [];
let count = 0;
for (const p of sourcePages(root)) {
  if (page && !p.file.includes(`/${page}.`)) continue;
  const target = p.translation(lang);
  const statuses = unitStatuses(readIf(root, p.file), readIf(root, target), lock.files[target]);
  const chosen = statuses.filter((s) => !only || KEEP[only].includes(s.state));
  if (!chosen.length) continue;
  count += chosen.length;
  files.push({
    original: p.file,
    targetLanguage: lang,
    url: p.url(lang),
    exported: chosen.map((s) => s.unit.id),
    units: chosen.map((s) => ({
      id: s.unit.id,
      source: s.unit.inline,
      target: s.state === 'untranslated' ? '' : s.target,
      state: STATE[s.state],
      approved: s.state === 'reviewed',
      hash: s.hash,
      note: `${p.url(lang)} — ${s.unit.kind}${s.state === 'outdated' ? ' — the Spanish text changed since this was translated' : ''}`,
    })),
  });
}
const out = resolve(opt('--out', `translations-${lang}${only ? `-${only}` : ''}.xlf`));
writeFileSync(out, writeXliff(files));
console.log(`✓ ${out}: ${files.length} páginas, ${count} unidades (${lang}${only ? `, ${only}` : ''})`);
