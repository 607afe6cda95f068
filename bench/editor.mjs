#!/usr/bin/env node
// Web editor benchmark (issue 14): the size of what /admin/ loads, the time
// `npm run edit` takes to be ready (site already built), and the time from
// opening /admin/ to the list of guides in Chromium. Works on a temporary
// git copy of the content; nothing is written to the repository.
// Usage: npm run bench:editor   (RUNS=5 by default; needs a build in dist/)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT, median } from './site-copy.mjs';
import { findChromium, CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'admin', 'index.html'))) {
  console.error('No editor in dist/admin/. Run `npm run build` first.');
  process.exit(1);
}

// 1. Bytes: what the page loads at start, and Decap's on-demand chunks.
const admin = join(dist, 'admin');
const size = (f) => statSync(join(admin, f)).size;
const gz = (f) => gzipSync(readFileSync(join(admin, f))).length;
const start = ['index.html', 'admin.css', 'admin.js', 'decap-cms.js'];
const chunks = readdirSync(admin).filter((f) => !start.includes(f));
const kb = (n) => (n / 1024).toFixed(0);
const startRaw = start.reduce((a, f) => a + size(f), 0);
const startGz = start.reduce((a, f) => a + gz(f), 0);
const chunkRaw = chunks.reduce((a, f) => a + size(f), 0);
const chunkGz = chunks.reduce((a, f) => a + gz(f), 0);

// 2. Time to ready, and time to the list of guides.
const work = mkdtempSync(join(tmpdir(), 'portal-bench-editor-'));
const repo = join(work, 'repo');
for (const dir of ['content', 'courses', 'public']) cpSync(join(ROOT, dir), join(repo, dir), { recursive: true });
spawnSync('git', ['-C', repo, 'init', '-q']);
const ready = [];
const list = [];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (let i = 0; i < RUNS; i++) {
    const port = 4470 + i;
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'scripts/edit.mjs'), '--root', repo, '--dir', dist, '--port', String(port), '--no-rebuild'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((done) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('/admin/')) done();
      });
    });
    ready.push(performance.now() - t0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t1 = performance.now();
    await page.goto(`http://localhost:${port}/admin/`);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByText('¿Cómo pedir asilo o refugio?').first().waitFor({ timeout: 60_000 });
    list.push(performance.now() - t1);
    await page.close();
    child.kill();
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nWeb editor benchmark — ${new Date().toISOString().slice(0, 10)}, median of ${RUNS} runs\n`);
console.log(`/admin/ at start (page, admin.js, decap-cms.js): ${kb(startRaw)} KB, ${kb(startGz)} KB gzipped`);
console.log(`Decap's on-demand chunks (${chunks.length} files, loaded only when used): ${kb(chunkRaw)} KB, ${kb(chunkGz)} KB gzipped`);
console.log(`Public pages: 0 bytes of editor code (no page references /admin/).`);
console.log(`\`npm run edit\` ready (site already built): ${median(ready).toFixed(0)} ms (runs: ${ready.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`Open /admin/ → log in → list of guides: ${median(list).toFixed(0)} ms (runs: ${list.map((x) => x.toFixed(0)).join(', ')})`);
