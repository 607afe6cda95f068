/** UI strings present in the source language but missing in another. Node-only (fs). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, SOURCE_LANG } from '../../i18n/locales.ts';
import type { ContentProblem } from './problems.ts';
import { msg } from '../../i18n/check/messages.ts';

/** Warnings for UI strings present in Spanish but missing in another language (they fall back to Spanish). */
export function uiStringGaps(root: string): ContentProblem[] {
  const dir = join(root, 'src/i18n');
  if (!existsSync(join(dir, 'es.json'))) return [];
  const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
  const keysOf = (lang: string) => new Set(Object.keys(JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as object).map(base));
  const es = keysOf(SOURCE_LANG);
  const out: ContentProblem[] = [];
  for (const lang of LANGS.filter((l) => l !== SOURCE_LANG)) {
    if (!existsSync(join(dir, `${lang}.json`))) continue;
    const have = keysOf(lang);
    const missing = [...es].filter((k) => !have.has(k));
    if (missing.length) {
      out.push({
        file: `src/i18n/${lang}.json`,
        field: missing[0],
        problem: msg('ui-strings-missing', missing.length, lang, `${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}`),
        fix: msg('add-them-until-then-spanish', `src/i18n/${lang}.json`),
        severity: 'warning',
      });
    }
  }
  return out;
}
