#!/usr/bin/env node
// Lighthouse (mobile preset, simulated slow 4G) on the system Chromium
// against the production build: performance, accessibility, best practices
// and SEO for home, a guide, the directory, a course, a lesson, the Arabic
// home and guide, and search. Target: 100 in each. Needs a build (npm run build).
// Usage: npm run bench:lighthouse
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium, CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';
import { ROOT, median } from './site-copy.mjs';

const PAGES = [
  ['home', '/es/'],
  ['guide', '/es/guides/pedir-asilo-o-refugio/'],
  ['directory', '/es/directory/'],
  ['course', '/es/courses/tus-derechos-como-migrante/'],
  ['lesson', '/es/courses/tus-derechos-como-migrante/migrar-es-un-derecho/'],
  ['Arabic guide', '/ar/guides/pedir-asilo-o-refugio/'],
  ['Arabic home', '/ar/'],
  ['search', '/es/search/?q=asilo'],
];
const RUNS = Number(process.env.RUNS ?? 3);
const port = 4392;
const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--port', String(port), '--dir', join(ROOT, 'dist')], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const rows = [];
try {
  for (const [name, path] of PAGES) {
    const scores = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    const failing = new Set();
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://localhost:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      for (const k of Object.keys(scores)) scores[k].push(Math.round((result.lhr.categories[k].score ?? 0) * 100));
      for (const a of Object.values(result.lhr.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary') failing.add(a.id);
    }
    rows.push([name, ...Object.values(scores).map(median), [...failing].join(', ')]);
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.log(`\nLighthouse (mobile) — ${new Date().toISOString().slice(0, 10)}, median of ${RUNS} runs per page\n`);
console.log(['page'.padEnd(12), 'perf', 'a11y', 'best', 'seo', 'failing audits'].join('  '));
for (const r of rows) console.log([String(r[0]).padEnd(12), ...r.slice(1, 5).map((x) => String(x).padStart(4)), r[5]].join('  '));
