/**
 * The finder by place (issue 18): country → only the cities that have
 * services, the city in the URL, a page per city a shelter can share (it
 * works without JavaScript), and "open now" in the service's own time zone,
 * with the zone shown when it differs from the reader's. In Spanish and in
 * Arabic (right to left).
 */
import { test, expect, type Page } from '@playwright/test';

async function loaded(page: Page) {
  // Loaded: the count replaced the loading message (Arabic says two services without a digit: خدمتان).
  await expect(page.locator('.finder [role="status"]')).not.toHaveText(/…$/);
}

const cityOptions = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

for (const { lang, country, city, share, dir } of [
  { lang: 'es', country: 'País', city: 'Ciudad', share: 'Enlace para compartir: servicios en Tapachula', dir: 'ltr' },
  { lang: 'ar', country: 'البلد', city: 'المدينة', share: 'رابط للمشاركة: الخدمات في Tapachula', dir: 'rtl' },
]) {
  test(`${lang}: country → its cities, the city in the URL, and the city's own page`, async ({ page }) => {
    await page.goto(`/${lang}/directory/`);
    await loaded(page);
    await page.getByLabel(country, { exact: true }).selectOption('MX');
    // Only Mexican cities that have services.
    const cities = await cityOptions(page, city);
    expect(cities).toEqual(expect.arrayContaining(['Tapachula', 'Tenosique', 'Tijuana', 'Reynosa']));
    expect(cities).not.toContain('Santiago');
    expect(cities).not.toContain('Toronto');

    await page.getByLabel(city, { exact: true }).selectOption('Tapachula');
    await expect(page).toHaveURL(/country=MX&city=Tapachula/);
    const cards = page.locator('.finder .cards > li');
    await expect(cards.first()).toBeVisible();
    for (const meta of await cards.locator('.meta').first().allTextContents()) expect(meta).toContain('Tapachula');
    const inTapachula = await cards.count();
    expect(inTapachula).toBeGreaterThanOrEqual(2);

    // The address itself is shareable: opened fresh, it shows the same list.
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await loaded(other);
    await expect(other.getByLabel(city, { exact: true })).toHaveValue('Tapachula');
    await expect(other.locator('.finder .cards > li')).toHaveCount(inTapachula);
    await other.close();

    // And the city's own page.
    const link = page.getByRole('link', { name: share });
    await expect(link).toHaveAttribute('href', `/${lang}/directory/mx/tapachula/`);
    await link.click();
    await expect(page).toHaveURL(`/${lang}/directory/mx/tapachula/`);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.locator('h1')).toContainText('Tapachula');
    const sections = page.locator('#directory-list section');
    await expect(sections.first().locator('h2')).toHaveText('Tapachula');
    expect(await sections.first().locator('.cards > li').count()).toBe(inTapachula);
    // Then the services for the whole of Mexico (COMAR, hotlines…).
    await expect(sections.nth(1).locator('a.title[href$="/directory/comar-mexico/"]')).toHaveCount(1);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the directory links each country’s cities, and a city page is a plain list', async ({ page }) => {
    await page.goto('/es/directory/');
    const mexico = page.locator('#directory-list section', { has: page.locator('h2', { hasText: 'México' }) });
    const link = mexico.locator('.city-links a', { hasText: 'Tijuana' });
    await expect(link).toHaveAttribute('href', '/es/directory/mx/tijuana/');
    await link.click();
    await expect(page.locator('h1')).toHaveText('Servicios en Tijuana (México)');
    const tijuana = page.locator('#directory-list section').first().locator('.cards > li');
    expect(await tijuana.count()).toBeGreaterThanOrEqual(2);
    for (const meta of await tijuana.locator('p.meta').first().allTextContents()) expect(meta).toContain('Tijuana');
    // Tap targets of the city links are at least 44 px high.
    await page.goto('/es/directory/');
    const box = await page.locator('.city-links a').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });
});

const JUAREZ = 'Oficina de Atención a Migrantes del Municipio de Juárez';

test.describe('a reader in Mexico City', () => {
  test.use({ timezoneId: 'America/Mexico_City' });
  test('sees that Ciudad Juárez keeps another clock, and "open now" is computed in Juárez time', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-24T14:30:00Z')); // Tuesday: 07:30 in Juárez, 08:30 in Mexico City
    await page.goto('/es/directory/?country=MX&city=Ciudad%20Ju%C3%A1rez');
    const card = page.locator('.finder .cards > li', { hasText: JUAREZ });
    await expect(card.locator('[data-local-time]')).toHaveText('hora local UTC\u22127');
    // It opens at 08:00 Juárez time: closed now, although it is already 08:30 for the reader.
    await expect(card.locator('.hours-now')).toHaveText('Cerrado ahora');
    await page.getByLabel('Abierto ahora').check();
    await expect(page.locator('.finder .cards > li', { hasText: JUAREZ })).toHaveCount(0);
  });
});

test.describe('a reader on Juárez time', () => {
  test.use({ timezoneId: 'America/Denver' });
  test('sees no zone note, and the office open an hour later', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-24T15:30:00Z')); // 08:30 in Juárez (and Denver)
    await page.goto('/ar/directory/?country=MX&city=Ciudad%20Ju%C3%A1rez&open=1');
    const card = page.locator('.finder .cards > li').filter({ has: page.locator('a[href="/ar/directory/oficina-atencion-migrantes-municipio-juarez/"]') });
    await expect(card.locator('.hours-now')).toHaveText('مفتوح الآن');
    await expect(card.locator('[data-local-time]')).toHaveCount(0);
  });
});

test('the service page gives its hours in its own zone', async ({ page }) => {
  await page.goto('/es/directory/oficina-atencion-migrantes-municipio-juarez/');
  await expect(page.locator('[data-timezone]')).toHaveAttribute('data-timezone', 'America/Ciudad_Juarez');
  await expect(page.locator('[data-timezone]')).toContainText('UTC\u22127');
  await expect(page.locator('[data-hours] li')).toHaveText(['lunes, martes, miércoles, jueves, viernes: 08:00–15:00']);
});
