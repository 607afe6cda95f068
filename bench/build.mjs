#!/usr/bin/env node
// Build benchmark (docs/architecture.md "Budgets"): 500 and 5,000 generated Spanish
// guides added to a temporary copy (never to the repository). Each guide is
// built as 12 pages (6 languages × guide + poster). Prints build time,
// pages per second and peak memory; the cost per page must not grow with
// the size of the site.
// Usage: npm run bench:build   (SIZES=500,5000 RUNS=1 by default)
import { copyProject, cleanup, generateGuides, build, median } from './site-copy.mjs';

const SIZES = (process.env.SIZES ?? '500,5000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 1);
const rows = [];
for (const target of SIZES) {
  const dir = copyProject();
  try {
    generateGuides(dir, target);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(build(dir));
    const ms = median(runs.map((r) => r.ms));
    const pages = runs[0].pages;
    rows.push({ target, pages, s: ms / 1000, perSec: pages / (ms / 1000), msPerPage: ms / pages, peakMb: median(runs.map((r) => r.peakKb)) / 1024 });
  } finally {
    cleanup(dir);
  }
}
console.log(`\nBuild benchmark — ${new Date().toISOString().slice(0, 10)}, median of ${RUNS} builds (astro build + Pagefind + directory + packs + service worker)\n`);
console.log('generated guides  built pages  time (s)  pages/s  ms/page  peak memory (MB)');
for (const r of rows) {
  console.log(
    `${String(r.target).padStart(16)}  ${String(r.pages).padStart(11)}  ${r.s.toFixed(1).padStart(8)}  ${r.perSec.toFixed(0).padStart(7)}  ${r.msPerPage.toFixed(2).padStart(7)}  ${Number.isNaN(r.peakMb) ? 'n/a' : r.peakMb.toFixed(0).padStart(16)}`,
  );
}
if (rows.length > 1) {
  const ratio = rows[rows.length - 1].msPerPage / rows[0].msPerPage;
  console.log(`\nCost per page at the largest size ÷ at the smallest: ${ratio.toFixed(2)} (1.00 = linear; below 1 = fixed costs amortized).`);
}
