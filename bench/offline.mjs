#!/usr/bin/env node
// Offline measures (issue 5): precache shell size (gzip), the Spanish pack's
// size and time to save it on loopback, and storage used after saving.
// Needs a built site (npm run build). Usage: npm run bench:offline
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';
import { median, ROOT } from './site-copy.mjs';

const dist = join(ROOT, 'dist');
const RUNS = 5;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;

// Shell: the precache list Workbox injected into sw.js.
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
const compressible = /\.(html|js|css|svg|json|webmanifest)$/;
const shell = urls.reduce((n, u) => {
  const body = readFileSync(join(dist, u));
  return n + (compressible.test(u) ? gzipSync(body).length : body.length);
}, 0);
const pack = JSON.parse(readFileSync(join(dist, 'offline/es.json'), 'utf8'));

const port = 4391;
const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--port', String(port), '--dir', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const times = [];
const transferred = [];
const usage = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}/es/offline/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForLoadState('networkidle');
    const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    let bytes = 0;
    page.on('response', async (res) => {
      const s = await res.request().sizes().catch(() => null);
      if (s) bytes += s.responseBodySize + s.responseHeadersSize;
    });
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Descargar para usar sin conexión' }).click();
    await page.locator('[data-pack-saved]').waitFor({ timeout: 120_000 });
    times.push(Date.now() - t0);
    transferred.push(bytes);
    usage.push((await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)) - before);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`\nOffline measures — ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs, medians\n`);
console.log(`precache shell                     ${urls.length} files, ${kb(shell)} (gzip)`);
console.log(`Spanish pack                       ${pack.entries.length} files, ${pack.pages} pages, ${mb(pack.bytes)} on disk`);
console.log(`Spanish pack transferred (gzip)    ${mb(median(transferred))}`);
console.log(`time to save it (loopback)         ${(median(times) / 1000).toFixed(2)} s`);
console.log(`storage used by saving it          ${mb(median(usage))} (navigator.storage.estimate)`);
