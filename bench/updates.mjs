#!/usr/bin/env node
// Update cost benchmark (issue 17): bytes a phone downloads (gzipped, as the server sends them)
// to save a language pack the first time, and to bring it up to date after (a) one guide
// changed, (b) ten guides changed, (c) a change in the shared stylesheet. Each scenario is a
// build of a temporary copy; the update is what the service worker fetches: the pack list,
// the new service worker and the entries whose content hash changed (the same plan as
// src/lib/offline/pack-store.ts; tests/e2e/pack-update.spec.ts checks it in Chromium for Spanish).
// Usage: npm run bench:updates
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { copyProject, build, cleanup, ROOT } from './site-copy.mjs';
import { planUpdate } from '../src/lib/offline/manifest.ts';
import { LANGS } from '../src/i18n/locales.ts';

const fileOf = (url) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));
const gz = (dist, path) => gzipSync(readFileSync(join(dist, path))).length;
const pack = (dist, lang) => JSON.parse(readFileSync(join(dist, `offline/${lang}.json`), 'utf8'));

function scenario(name, edit) {
  const dir = copyProject();
  try {
    edit(dir);
    build(dir, { PORTAL_CACHE_DIR: join(dir, '.astro-cache') });
    const dist = join(dir, 'dist');
    const out = {};
    for (const lang of LANGS) {
      const before = pack(join(ROOT, 'dist'), lang);
      const after = pack(dist, lang);
      const have = new Map(before.entries.map((e) => [e.url, e.hash]));
      const plan = before.version === after.version ? { fetch: [] } : planUpdate(after, have);
      const list = before.version === after.version ? 0 : gz(dist, `offline/${lang}.json`);
      out[lang] = { bytes: gz(dist, 'sw.js') + list + plan.fetch.reduce((n, e) => n + gz(dist, fileOf(e.url)), 0), files: plan.fetch.length };
    }
    return { name, out };
  } finally {
    cleanup(dir);
  }
}

const guides = readdirSync(join(ROOT, 'content/guides/es')).sort();
const touch = (dir, file) => {
  const p = join(dir, 'content/guides/es', file);
  writeFileSync(p, readFileSync(p, 'utf8').replace(/\n## /, '\nUna frase nueva en esta versión.\n\n## '));
};
const first = Object.fromEntries(
  LANGS.map((lang) => {
    const p = pack(join(ROOT, 'dist'), lang);
    return [lang, { bytes: gz(join(ROOT, 'dist'), `offline/${lang}.json`) + p.entries.reduce((n, e) => n + gz(join(ROOT, 'dist'), fileOf(e.url)), 0), files: p.entries.length }];
  }),
);
const rows = [
  scenario('one Spanish guide changed', (dir) => touch(dir, guides[0])),
  scenario('ten Spanish guides changed', (dir) => guides.slice(0, 10).forEach((g) => touch(dir, g))),
  scenario('shared stylesheet changed', (dir) => {
    const p = join(dir, 'src/styles/global.css');
    writeFileSync(p, `${readFileSync(p, 'utf8')}\n.bench-change { color: inherit; }\n`);
  }),
];
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`\nUpdate cost — ${new Date().toISOString().slice(0, 10)} (gzipped bytes a phone downloads)\n`);
console.log(['language', 'first download', ...rows.map((r) => r.name)].join(' | '));
for (const lang of LANGS) {
  console.log([lang, `${kb(first[lang].bytes)} (${first[lang].files} files)`, ...rows.map((r) => `${kb(r.out[lang].bytes)} (${r.out[lang].files} files, ${((r.out[lang].bytes / first[lang].bytes) * 100).toFixed(1)} %)`)].join(' | '));
}
