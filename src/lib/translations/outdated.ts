/**
 * Counting outdated units per translation file for /status/ and
 * `npm run status`: a unit is outdated when the hash the lock recorded for
 * it is not the hash of its Spanish text now. Node (fs).
 */
import { join } from 'node:path';
import { pageUnits, unitHash } from './units.ts';
import { readIf, sourcePages } from './pages.ts';
import { readTranslationLock, TRANSLATION_LOCK } from './lock.ts';
import { LANGS, SOURCE_LANG } from '../../i18n/locales.ts';

/** translation file → number of outdated units, for the files the lock tracks. */
export function outdatedUnitCounts(root: string): (file: string) => number | undefined {
  const lock = readTranslationLock(join(root, TRANSLATION_LOCK));
  const counts = new Map<string, number>();
  for (const page of sourcePages(root)) {
    const targets = LANGS.filter((l) => l !== SOURCE_LANG).map((l) => page.translation(l)).filter((t) => lock.files[t]);
    if (!targets.length) continue;
    const units = pageUnits(readIf(root, page.file) ?? '');
    for (const t of targets) counts.set(t, units.filter((u) => lock.files[t].units[u.id] !== unitHash(u.text)).length);
  }
  return (file) => counts.get(file);
}
