#!/usr/bin/env node
// Starts per-unit tracking for translations that exist today (issue 25): for each translation that
// follows the current Spanish page (its translation.source is the Spanish `reviewed` date, or, for
// lessons, it exists) and has the same units as the Spanish page, records the hash of every Spanish
// unit in data/translations.lock.json. From then on, "outdated" is decided per unit. Translations
// whose units do not line up with the Spanish (a paragraph more or less) are listed and keep the
// page-level date rule until they are re-imported through XLIFF.
// Usage: npm run translations:baseline [-- --root <dir>]
import { join, resolve } from 'node:path';
import { LANGS, SOURCE_LANG } from '../src/i18n/locales.ts';
import { sourcePages, readIf, frontMatter } from '../src/lib/translations/pages.ts';
import { pageUnits, unitHash } from '../src/lib/translations/units.ts';
import { readTranslationLock, writeTranslationLock, TRANSLATION_LOCK } from '../src/lib/translations/lock.ts';

const args = process.argv.slice(2);
const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : '.');
const lockPath = join(root, TRANSLATION_LOCK);
const lock = readTranslationLock(lockPath);
let tracked = 0;
const skipped = [];
for (const page of sourcePages(root)) {
  const esText = readIf(root, page.file);
  const es = pageUnits(esText);
  const esReviewed = frontMatter(esText).reviewed;
  for (const lang of LANGS.filter((l) => l !== SOURCE_LANG)) {
    const target = page.translation(lang);
    const trText = readIf(root, target);
    if (!trText || lock.files[target]) continue;
    const source = frontMatter(trText).translation?.source;
    if (esReviewed && String(source ?? '') < String(esReviewed)) {
      skipped.push(`${target}: follows the Spanish of ${source ?? '?'}, not ${esReviewed}`);
      continue;
    }
    const ids = pageUnits(trText).map((u) => u.id).join(' ');
    if (ids !== es.map((u) => u.id).join(' ')) {
      skipped.push(`${target}: its units do not line up with the Spanish (${pageUnits(trText).length} / ${es.length})`);
      continue;
    }
    lock.files[target] = { units: Object.fromEntries(es.map((u) => [u.id, unitHash(u.text)])) };
    tracked++;
  }
}
writeTranslationLock(lockPath, lock);
console.log(`✓ ${tracked} translations now tracked per unit (${TRANSLATION_LOCK}).`);
if (skipped.length) console.log(`Kept on the date rule (${skipped.length}):\n${skipped.map((s) => `  ${s}`).join('\n')}`);
