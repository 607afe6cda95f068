import { test, expect } from '@playwright/test';

/**
 * Crawls every internal link from `/` (raw HTML, no JS): no broken link,
 * exactly one <h1> per page, every language page has a quick exit.
 */
test('a crawl from / finds no broken internal link and one h1 per page', async ({ request }) => {
  test.setTimeout(240_000);
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  const badH1: string[] = [];
  const linkedFrom = new Map<string, string>();
  while (queue.length) {
    const path = queue.shift()!;
    const res = await request.get(path, { maxRedirects: 0 });
    if (res.status() !== 200) {
      broken.push(`${path} → ${res.status()} (linked from ${linkedFrom.get(path)})`);
      continue;
    }
    if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await res.text();
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) badH1.push(`${path} has ${h1s} h1`);
    for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = m[1].replace(/&amp;/g, '&');
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const url = href.split('#')[0];
      if (!url || seen.has(url)) continue;
      seen.add(url);
      linkedFrom.set(url, path);
      queue.push(url);
    }
  }
  expect(broken, broken.join('\n')).toEqual([]);
  expect(badH1, badH1.join('\n')).toEqual([]);
  // Six languages of every page type were reached.
  for (const lang of ['es', 'en', 'fr', 'pt', 'ht', 'ar']) {
    for (const section of ['guides/', 'scams/', 'directory/', 'courses/', 'emergency/', 'about/', 'privacy/', 'safety/']) {
      expect(seen.has(`/${lang}/${section}`), `/${lang}/${section} is linked`).toBe(true);
    }
  }
  expect(seen.size).toBeGreaterThan(200);
});

test('an unknown URL gets the language 404 page with status 404', async ({ page }) => {
  const res = await page.goto('/fr/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Nous n’avons pas trouvé cette page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
