/**
 * Build step: for each language, write `/directory/<lang>.json` with the
 * compact service records and a serialized lunr index built with that
 * language's stemmer (lunr-languages; English built in; Kreyòl unstemmed).
 * The finder island downloads only its own language's file.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../lib/content-check.ts';
import { contentRoot } from '../lib/content-root.ts';
import { toRecords } from '../lib/directory-records.ts';
import { buildDirectoryIndex, STEMMED, type DirectoryIndexFile } from '../lib/directory-search.ts';
import { toHsdsService, toHsdsCsv } from '../lib/hsds.ts';
import { LANGS } from '../lib/locale.ts';
import type { ServiceData } from '../schemas/service.ts';
import type { CountryData } from '../schemas/country.ts';

const require = createRequire(import.meta.url);

/** lunr with every stemmer the portal needs registered (Node side). */
export function lunrWithLanguages() {
  const lunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support')(lunr);
  for (const lang of STEMMED) require(`lunr-languages/lunr.${lang}`)(lunr);
  require('lunr-languages/lunr.multi')(lunr);
  return lunr;
}

/** Validated services and countries under `root`. */
function loadDirectory(root: string) {
  const { entries } = checkContent(root);
  const services = entries.filter((e) => e.collection === 'directory' && !e.data.draft).map((e) => e.data as unknown as ServiceData);
  const countries = new Map(entries.filter((e) => e.collection === 'countries').map((e) => [e.slug, e.data as unknown as CountryData]));
  return { services, countries };
}

/** The index files for every language, from validated content under `root`. */
export function directoryFiles(root: string): DirectoryIndexFile[] {
  const { services, countries } = loadDirectory(root);
  const lunr = lunrWithLanguages();
  return LANGS.map((lang) => {
    const records = toRecords(services, countries, lang);
    return { lang, records, index: buildDirectoryIndex(lunr, lang, records) };
  });
}

export default function directoryIndex(): AstroIntegration {
  let root = '.';
  return {
    name: 'portal:directory-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = contentRoot(fileURLToPath(config.root));
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'directory');
        mkdirSync(out, { recursive: true });
        const started = performance.now();
        let bytes = 0;
        for (const file of directoryFiles(root)) {
          const json = JSON.stringify(file);
          bytes += json.length;
          writeFileSync(join(out, `${file.lang}.json`), json);
        }
        // Open Referral HSDS 3.0 export (JSON and CSV) at /directory/hsds/.
        const { services, countries } = loadDirectory(root);
        mkdirSync(join(out, 'hsds'), { recursive: true });
        const hsds = services.map((s) => toHsdsService(s, countries.get(s.country)));
        writeFileSync(join(out, 'hsds', 'services.json'), JSON.stringify(hsds, null, 1));
        writeFileSync(join(out, 'hsds', 'services.csv'), toHsdsCsv(services, countries));
        logger.info(`Directory indexes: ${LANGS.length} languages, ${Math.round(bytes / 1024)} KB in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
