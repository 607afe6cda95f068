#!/usr/bin/env node
// Directory page weight (issue 26): `/es/directory/` on a cold load in headless Chromium, every
// byte transferred (gzip, as served) until the network is idle, for the site as it is and for a
// temporary copy with 1,000 services (generated from the listed ones). The page lists countries
// and cities, not services, so its weight must not grow with the directory (budget: 60 KB).
// Usage: npm run bench:directory
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { copyProject, cleanup, generateServices, build, median, ROOT } from './site-copy.mjs';
import { findChromium, CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';

const RUNS = 3;
const SIZES = (process.env.SIZES ?? '0,1000').split(',').map(Number);

/** Cold loads of `/es/directory/` served from `dist`: median bytes, and the page's own HTML bytes. */
async function weigh(dist, port) {
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--port', String(port), '--dir', dist], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const totals = [];
    let html = 0;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      let total = 0;
      page.on('response', async (res) => {
        const sizes = await res.request().sizes().catch(() => null);
        if (!sizes) return;
        total += sizes.responseBodySize + sizes.responseHeadersSize;
        if (new URL(res.url()).pathname === '/es/directory/') html = sizes.responseBodySize;
      });
      await page.goto(`http://localhost:${port}/es/directory/`);
      await page.waitForLoadState('networkidle');
      totals.push(total);
      await context.close();
    }
    return { total: median(totals), html };
  } finally {
    await browser.close();
    server.kill();
  }
}

const rows = [];
for (const size of SIZES) {
  const dir = size ? copyProject() : null;
  try {
    if (dir) {
      generateServices(dir, size);
      build(dir, { PORTAL_CACHE_DIR: join(dir, '.astro-cache') });
    }
    const w = await weigh(join(dir ?? ROOT, 'dist'), 4391 + rows.length);
    rows.push({ size: size || 'as built', ...w });
  } finally {
    if (dir) cleanup(dir);
  }
}
console.log(`\nDirectory page — ${new Date().toISOString().slice(0, 10)}, /es/directory/ cold, median of ${RUNS} loads (gzip, headers included)\n`);
console.log('services        whole load  page HTML');
for (const r of rows) console.log(`${String(r.size).padEnd(14)} ${(r.total / 1024).toFixed(1).padStart(8)} KB  ${(r.html / 1024).toFixed(1).padStart(6)} KB`);
