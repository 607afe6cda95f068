#!/usr/bin/env node
// Search benchmarks (issue 4, docs/architecture.md "Budgets"):
//  1. a generated 1,000-page site: bytes transferred by the first and a second
//     query, and time from typing to rendered results, in headless Chromium;
//  2. 5,000 generated services: lunr index size (gzip) per language and the
//     median directory query time.
// Usage: npm run bench:search  (takes about a minute)
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { copyProject, cleanup, generateGuides, build, median, rng, ROOT } from './site-copy.mjs';
import { findChromium, CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';
import { lunrWithLanguages } from '../src/integrations/directory-index.ts';
import { buildDirectoryIndex, loadDirectoryIndex, searchDirectory, findServices } from '../src/lib/directory/search.ts';

const RUNS = 5;
const rows = [];
const row = (what, value, budget = '') => rows.push({ what, value, budget });

// 1. Site search on 1,000 pages.
const dir = copyProject();
try {
  const existing = 12;
  generateGuides(dir, 1000 - existing);
  const b = build(dir);
  row('site build (pages written, all languages)', `${b.pages} pages in ${(b.ms / 1000).toFixed(1)} s`);
  const port = 4390;
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--port', String(port), '--dir', join(dir, 'dist')], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const first = [];
  const second = [];
  const times = [];
  const times2 = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A first visit: no service worker yet, every byte comes over the network.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`http://localhost:${port}/es/search/`);
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      const onResponse = async (res) => {
        const sizes = await res.request().sizes().catch(() => null);
        if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      };
      page.on('response', onResponse);
      const t0 = Date.now();
      await page.getByRole('searchbox').fill('derechos');
      await page.locator('ol.results > li').first().waitFor();
      times.push(Date.now() - t0);
      await page.waitForLoadState('networkidle');
      first.push(bytes);
      bytes = 0;
      const t1 = Date.now();
      await page.getByRole('searchbox').fill('salud escuela');
      await page.waitForFunction(() => location.search.includes('salud'));
      await page.locator('ol.results > li').first().waitFor();
      times2.push(Date.now() - t1);
      await page.waitForLoadState('networkidle');
      second.push(bytes);
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  row('site search, first query transfer (1,000 pages)', kb(median(first)), '≤ 150 KB');
  row('site search, second query transfer', kb(median(second)));
  row('site search, first query: typing → results (loads index; incl. 180 ms debounce)', `${median(times)} ms`);
  row('site search, next query: typing → results (incl. 180 ms debounce)', `${median(times2)} ms`, '< 100 ms after debounce');
} finally {
  cleanup(dir);
}

// 2. Directory: 5,000 services.
const lunr = lunrWithLanguages();
const r = rng(7);
const words = ['legal', 'asilo', 'refugio', 'salud', 'albergue', 'comida', 'trabajo', 'documentos', 'niñez', 'mujeres', 'orientación', 'jurídica', 'migrantes', 'apoyo', 'psicológico', 'escuela'];
const cities = ['Lima', 'Santiago', 'Bogotá', 'Buenos Aires', 'Ciudad de México', 'Toronto', 'Tapachula', 'Cúcuta', 'Arica', 'Mendoza'];
const cats = ['legal', 'asylum', 'shelter', 'food', 'health', 'gbv', 'children', 'work', 'documents'];
const pick = (xs) => xs[Math.floor(r() * xs.length)];
const records = Array.from({ length: 5000 }, (_, i) => ({
  id: `servicio-${i}`,
  name: `${pick(words)} ${pick(words)} ${i}`,
  org: `Organización ${pick(words)} ${i % 300}`,
  description: Array.from({ length: 20 }, () => pick(words)).join(' '),
  categories: [pick(cats), pick(cats)],
  country: pick(['AR', 'CL', 'CO', 'PE', 'MX', 'CA']),
  city: pick(cities),
  languages: ['es'],
  free: r() > 0.3,
  phones: [{ number: `+5411${String(10000000 + i)}`, whatsapp: r() > 0.5 }],
  schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }],
  timezone: 'America/Lima',
  location: { lat: -12 + r(), lon: -77 + r() },
}));
for (const lang of ['es', 'en', 'fr', 'pt', 'ht', 'ar']) {
  const json = JSON.stringify({ lang, records, index: buildDirectoryIndex(lunr, lang, records) });
  row(`directory index, 5,000 services (${lang}), gzip`, `${(gzipSync(json).length / 1024).toFixed(0)} KB`);
}
const idx = loadDirectoryIndex(lunr, 'es', buildDirectoryIndex(lunr, 'es', records));
const queries = ['asilo', 'salud mujeres', 'albergue Lima', 'juridica', 'documentos', 'refugo', 'orientación jurídica', 'trabajo'];
const qtimes = [];
for (let rep = 0; rep < 5; rep++) {
  for (const q of queries) {
    const t = performance.now();
    findServices(records, { country: 'PE' }, { matchIds: searchDirectory(lunr, idx, q) });
    qtimes.push(performance.now() - t);
  }
}
row('directory query over 5,000 services (median of 40)', `${median(qtimes).toFixed(2)} ms`, '< 20 ms');

console.log(`\nSearch benchmarks — ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs, medians\n`);
const w = Math.max(...rows.map((x) => x.what.length));
for (const x of rows) console.log(`${x.what.padEnd(w)}  ${String(x.value).padStart(16)}  ${x.budget}`);
