/**
 * Performance budgets (docs/architecture.md "Budgets"), measured in the browser: every
 * byte a cold page load transfers (gzip, as served), excluding what the
 * service worker fetches afterwards in the background.
 */
import { test, expect, type Page } from '@playwright/test';

async function coldLoad(page: Page, path: string) {
  let total = 0;
  let js = 0;
  const files: string[] = [];
  page.on('response', async (res) => {
    const sizes = await res.request().sizes().catch(() => null);
    if (!sizes) return;
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    total += bytes;
    if (/\.m?js(\?|$)/.test(res.url())) js += sizes.responseBodySize;
    files.push(`${new URL(res.url()).pathname} ${bytes}`);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return { total, js, files };
}

const KB = 1024;

test('a guide loads in ≤ 30 KB with ≤ 8 KB of JavaScript', async ({ page }) => {
  const r = await coldLoad(page, '/es/guides/pedir-asilo-o-refugio/');
  console.log(`guide: ${(r.total / KB).toFixed(1)} KB total, ${(r.js / KB).toFixed(1)} KB JS`);
  expect(r.total, r.files.join('\n')).toBeLessThanOrEqual(30 * KB);
  expect(r.js, r.files.join('\n')).toBeLessThanOrEqual(8 * KB);
});

test('the home page loads in ≤ 35 KB', async ({ page }) => {
  const r = await coldLoad(page, '/es/');
  console.log(`home: ${(r.total / KB).toFixed(1)} KB total, ${(r.js / KB).toFixed(1)} KB JS`);
  expect(r.total, r.files.join('\n')).toBeLessThanOrEqual(35 * KB);
});

test('the Arabic guide stays within the guide budget too', async ({ page }) => {
  const r = await coldLoad(page, '/ar/guides/pedir-asilo-o-refugio/');
  expect(r.total, r.files.join('\n')).toBeLessThanOrEqual(30 * KB);
  expect(r.js).toBeLessThanOrEqual(8 * KB);
});


test('the directory page loads in ≤ 60 KB: countries and cities, not every service (issue 26)', async ({ page }) => {
  const r = await coldLoad(page, '/es/directory/');
  console.log(`directory: ${(r.total / KB).toFixed(1)} KB total, ${(r.js / KB).toFixed(1)} KB JS`);
  expect(r.total, r.files.join('\n')).toBeLessThanOrEqual(60 * KB);
});
