import { test, expect } from '@playwright/test';
import { pageTypes } from './pagetypes.ts';

const ALL = ['/', '/status/', '/directory/hsds/', ...pageTypes('es'), ...pageTypes('ar').slice(0, 3), '/ht/search/?q=azil'];

test('no page sends a request off the site, sets a cookie, or breaks the Content-Security-Policy', async ({ page, context }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('http://localhost:4322/') && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of ALL) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Interactive parts run under the policy too: search (WebAssembly), a quiz, the finder.
  await page.goto('/es/search/?q=refugio');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await page.goto('/es/directory/?country=PE');
  await expect(page.locator('.finder [role="status"]')).toHaveText(/^\d+ servicios$/);
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  // Every page carries the policy.
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).not.toContain("'unsafe-inline'");
});

test('pages are served with the security headers of public/_headers', async ({ request }) => {
  const res = await request.get('/es/guides/pedir-asilo-o-refugio/');
  const h = res.headers();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['set-cookie']).toBeUndefined();
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});
