/**
 * Step 3: the directory's data files. Input: the checked services and
 * countries (step 1, not read again). Output: for each language,
 * `directory/<lang>.json` with the compact service records and a
 * serialized lunr index built with that language's stemmer; and the Open
 * Referral HSDS 3.0 export (`directory/hsds/services.json`, `.csv`). The
 * finder island downloads only its own language's file.
 */
import type { AstroIntegrationLogger } from 'astro';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedEntry } from '../lib/check/content-check.ts';
import { isPublished, toRecords } from '../lib/directory/records.ts';
import { buildDirectoryIndex, type DirectoryIndexFile } from '../lib/directory/search.ts';
import { STEMMERS } from '../lib/directory/lunr-stemmers.ts';
import { toHsdsService, toHsdsCsv } from '../lib/directory/hsds.ts';
import { directoryIndexUrl } from '../lib/offline/urls.ts';
import { LANGS } from '../i18n/locale.ts';
import type { ServiceData } from '../schemas/service.ts';
import type { CountryData } from '../schemas/country.ts';

const require = createRequire(import.meta.url);

/** lunr with every stemmer the portal needs registered (Node side). */
export function lunrWithLanguages() {
  const lunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support')(lunr);
  for (const id of STEMMERS) require(`lunr-languages/lunr.${id}`)(lunr);
  require('lunr-languages/lunr.multi')(lunr);
  return lunr;
}

/** Published services and the countries, from checked entries. */
function directoryData(entries: readonly CheckedEntry[]) {
  const services = entries.filter((e) => e.collection === 'directory').map((e) => e.data as unknown as ServiceData).filter(isPublished);
  const countries = new Map(entries.filter((e) => e.collection === 'countries').map((e) => [e.slug, e.data as unknown as CountryData]));
  return { services, countries };
}

/** The index files for every language. */
function directoryFiles(entries: readonly CheckedEntry[]): DirectoryIndexFile[] {
  const { services, countries } = directoryData(entries);
  const lunr = lunrWithLanguages();
  return LANGS.map((lang) => {
    const records = toRecords(services, countries, lang);
    return { lang, records, index: buildDirectoryIndex(lunr, lang, records) };
  });
}

export function directoryStep(out: string, entries: readonly CheckedEntry[], logger: AstroIntegrationLogger): void {
  const started = performance.now();
  let bytes = 0;
  for (const file of directoryFiles(entries)) {
    const json = JSON.stringify(file);
    bytes += json.length;
    const path = join(out, directoryIndexUrl(file.lang));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, json);
  }
  const { services, countries } = directoryData(entries);
  const hsdsDir = join(out, 'directory', 'hsds');
  mkdirSync(hsdsDir, { recursive: true });
  writeFileSync(join(hsdsDir, 'services.json'), JSON.stringify(services.map((s) => toHsdsService(s, countries.get(s.country))), null, 1));
  writeFileSync(join(hsdsDir, 'services.csv'), toHsdsCsv(services, countries));
  logger.info(`Directory indexes: ${LANGS.length} languages, ${Math.round(bytes / 1024)} KB in ${Math.round(performance.now() - started)} ms.`);
}
