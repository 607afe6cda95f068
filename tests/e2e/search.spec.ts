import { test, expect } from '@playwright/test';

test('?q=asilo on /es/search/ lists Spanish guides with highlighted excerpts', async ({ page }) => {
  await page.goto('/es/search/?q=asilo');
  const input = page.getByRole('searchbox', { name: '¿Qué buscas?' });
  await expect(input).toHaveValue('asilo');
  const results = page.locator('ol.results > li');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h!.startsWith('/es/'))).toBe(true);
  expect(hrefs).toContain('/es/guides/pedir-asilo-o-refugio/');
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/\d+ resultados?/);
});

test('typing searches, and the URL follows the query', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('searchbox', { name: 'What are you looking for?' }).fill('refugee');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=refugee$/);
  // Open a result, come Back: the query and results are still there.
  await page.locator('ol.results a.title').first().click();
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('refugee');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
});

test('French search returns only French pages (no Spanish fallbacks)', async ({ page }) => {
  await page.goto('/fr/search/?q=asile');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  const hrefs = await page.locator('ol.results a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h!.startsWith('/fr/'))).toBe(true);
  // The reader's results are only in the reader's language; Spanish pages come apart, under their own heading.
  await page.goto('/ht/search/?q=refugio');
  await expect(page.getByRole('status')).toBeVisible();
  const htHrefs = await page.locator('ol.results a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(htHrefs.every((h) => h!.startsWith('/ht/'))).toBe(true);
});

test('a Kreyòl query that finds little shows Spanish results too, under "An panyòl" (issue 25)', async ({ page }) => {
  await page.goto('/ht/search/?q=carnet');
  await expect(page.getByRole('status')).toContainText(/\d+ rezilta/);
  const own = await page.locator('ol.results > li').count();
  expect(own).toBeLessThan(3);
  const spanish = page.locator('[data-spanish-results]');
  await expect(spanish.getByRole('heading', { name: 'An panyòl' })).toBeVisible();
  await expect(spanish).toHaveAttribute('lang', 'es');
  const hrefs = await spanish.locator('a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/es\//);
  // A query that finds enough in Kreyòl does not look in Spanish.
  await page.goto('/ht/search/?q=refij');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await expect(page.locator('[data-spanish-results]')).toHaveCount(0);
});

test('the first search costs at most 125 KB (the page, then its first query; issue 25)', async ({ browser }) => {
  // A first visit: no service worker, every byte over the network, as served (gzip).
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  let bytes = 0;
  const files: string[] = [];
  page.on('response', async (res) => {
    const sizes = await res.request().sizes().catch(() => null);
    if (!sizes) return;
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    files.push(`${new URL(res.url()).pathname} ${sizes.responseBodySize + sizes.responseHeadersSize}`);
  });
  await page.goto('/es/search/');
  await page.waitForLoadState('networkidle');
  const pageBytes = bytes;
  bytes = 0;
  await page.getByRole('searchbox').fill('asilo');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  console.log(`search page ${(pageBytes / 1024).toFixed(1)} KB; first query ${(bytes / 1024).toFixed(1)} KB; together ${((pageBytes + bytes) / 1024).toFixed(1)} KB`);
  // The query alone (Pagefind's runtime, WebAssembly, one index chunk, five excerpts): the service pages' bundle is not loaded.
  expect(bytes, files.join('\n')).toBeLessThanOrEqual(125 * 1024);
  expect(files.some((f) => f.startsWith('/pagefind/directory/'))).toBe(false);
  await context.close();
});

test('filters narrow results by type and country', async ({ page }) => {
  await page.goto('/es/search/?q=migrantes');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await page.getByLabel('Tipo').selectOption('service');
  await expect(page).toHaveURL(/type=service/);
  await expect(page.locator('ol.results .tag').first()).toHaveText('Servicio');
  const tags = await page.locator('ol.results .tag').allTextContents();
  expect(new Set(tags)).toEqual(new Set(['Servicio']));
  await page.getByLabel('País').selectOption('PE');
  await expect(page).toHaveURL(/country=PE/);
  const hrefs = await page.locator('ol.results a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/es\/directory\//);
});

test('no results points to the directory and emergency page', async ({ page }) => {
  await page.goto('/es/search/?q=zzzxqwv');
  await expect(page.getByText('No encontramos nada con esas palabras.')).toBeVisible();
  await expect(page.locator('.notice a[href="/es/directory/"]')).toBeVisible();
  await expect(page.locator('.notice a[href="/es/emergency/"]')).toBeVisible();
});

test('a clear message when the index cannot be loaded', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/es/search/?q=asilo');
  await expect(page.getByRole('alert')).toContainText('La búsqueda no está disponible');
});

test('every page has a search entry point in the header', async ({ page }) => {
  await page.goto('/ar/guides/');
  await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'بحث' }).click();
  await expect(page).toHaveURL('/ar/search/');
  await expect(page.getByRole('searchbox', { name: 'عمّ تبحث؟' })).toBeVisible();
});

test('results load five at a time (each excerpt is a download), with "show more"', async ({ page }) => {
  await page.goto('/es/search/?q=derechos');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  const announced = Number(/\d+/.exec((await page.locator('.search [role=status]').textContent()) ?? '')?.[0]);
  expect(announced).toBeGreaterThan(5);
  await expect(page.locator('ol.results > li')).toHaveCount(5);
  await page.getByRole('button', { name: 'Ver más resultados' }).click();
  await expect(page.locator('ol.results > li')).toHaveCount(Math.min(10, announced));
});

test('services are searched when asked for', async ({ page }) => {
  await page.goto('/es/search/?q=asilo');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  const count = async () => Number(/\d+/.exec((await page.locator('.search [role=status]').textContent()) ?? '')?.[0] ?? 0);
  const before = await count();
  await page.getByRole('button', { name: 'Buscar también en los servicios' }).click();
  // The service pages join the results (a question about asylum finds the offices that receive claims).
  await expect.poll(count).toBeGreaterThan(before);
  await expect(page.getByRole('button', { name: 'Buscar también en los servicios' })).toHaveCount(0);
});
