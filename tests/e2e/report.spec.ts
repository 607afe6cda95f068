import { test, expect, type Page } from '@playwright/test';

/**
 * Where to report, safely (issue 23): institutions come from the countries'
 * data; channels that do not enforce migration are listed first, and one
 * that does carries a warning beside it, in the reader's language.
 */

/** The report entry for Chile on a scam page: its institutions, in order. */
async function chileReport(page: Page) {
  const dd = page.locator('#report-h ~ dl.facts dt', { hasText: /^(Chile|تشيلي)$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(dd).toHaveCount(1);
  return dd.locator('[data-institution]');
}

for (const lang of ['es', 'ar'] as const) {
  test(`a scam page lists the prosecutor before the PDI and warns beside the PDI (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/scams/estafas-de-coyotes/`);
    const items = await chileReport(page);
    const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-institution')));
    expect(ids).toContain('fiscalia');
    expect(ids).toContain('pdi');
    expect(ids.indexOf('fiscalia')).toBeLessThan(ids.indexOf('pdi'));
    // Every channel that does not enforce migration comes before every one that does.
    const flags = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-enforces-migration')));
    expect(flags.lastIndexOf('false')).toBeLessThan(flags.indexOf('true'));
    const pdi = page.locator('[data-institution="pdi"]').first();
    await expect(pdi.locator('a[href="tel:134"]')).toBeVisible();
    const warning = pdi.locator('[data-migration-warning]');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(lang === 'es' ? 'también hace control migratorio' : 'تراقب الهجرة');
    // The prosecutor carries no warning.
    await expect(page.locator('[data-institution="fiscalia"]').first().locator('[data-migration-warning]')).toHaveCount(0);
    if (lang === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
}

test('the emergency numbers warn beside a police force that enforces migration, after the other numbers', async ({ page }) => {
  await page.goto('/es/emergency/');
  const chile = page.locator('section', { has: page.getByRole('heading', { name: 'Chile', exact: true }) });
  const items = chile.locator('ul.numbers > li');
  const texts = await items.allTextContents();
  const pdi = texts.findIndex((t) => t.includes('134'));
  const ambulance = texts.findIndex((t) => t.includes('131'));
  expect(ambulance).toBeGreaterThanOrEqual(0);
  expect(ambulance).toBeLessThan(pdi);
  await expect(items.nth(pdi).locator('[data-migration-warning]')).toContainText('control migratorio');
  // Long numbers are grouped for reading; the link dials the digits.
  const canada = page.locator('section', { has: page.getByRole('heading', { name: 'Canadá', exact: true }) });
  await expect(canada.locator('a[href="tel:18339001010"]')).toHaveText('1 833 900 1010');
});

test('a hotline with a national short code has a tap-to-call link, and a service says how it was verified', async ({ page }) => {
  await page.goto('/es/directory/linea-144-argentina/');
  await expect(page.locator('main a[href="tel:144"]').first()).toBeVisible();
  await expect(page.locator('main')).toContainText(/Comprobado (con sus páginas publicadas|por teléfono|en una visita|por correo electrónico) el/);
  await expect(page.locator('main')).not.toContainText('Verificado por una persona');
});

test('a service run by a police force that enforces migration carries the warning on its page and in the finder', async ({ page }) => {
  await page.goto('/es/directory/fono-ninos-147-carabineros/');
  await expect(page.locator('main [data-migration-warning]').first()).toContainText('Carabineros');
  await page.goto('/es/directory/?q=Migraci%C3%B3n%20Colombia');
  const card = page.locator('ul.cards > li').filter({ has: page.locator('a[href$="/directory/migracion-colombia/"]') }).first();
  await expect(card.locator('[data-migration-warning]')).toContainText('autoridad migratoria');
  await expect(card).toContainText('Comprobado con sus páginas publicadas el');
});

test('the home page strip says when a country’s first number is a police force that enforces migration', async ({ page }) => {
  await page.goto('/es/');
  const chile = page.locator('.emergency-strip li', { hasText: 'Chile' });
  await expect(chile.locator('a[href="tel:133"]')).toBeVisible();
  await expect(chile.locator('[data-migration-warning]')).toHaveText('(esta policía también hace control migratorio)');
  await expect(page.locator('.emergency-strip li', { hasText: 'Colombia' }).locator('[data-migration-warning]')).toHaveCount(0);
});

test('in Arabic, the Latin part of an institution\'s name is isolated, so it keeps its order when the line wraps', async ({ page }) => {
  await page.goto('/ar/scams/cobros-por-servicios-gratuitos/');
  const name = page.locator('li[data-institution="fiscalia"] strong').first();
  await expect(name.locator('bdi[dir="ltr"]')).toHaveText('Fiscalía de Chile');
  // The brackets stay outside, in the Arabic text, so they pair up right to left.
  expect(await name.textContent()).toMatch(/\(Fiscalía de Chile\)$/);
  // Spanish pages are left as they are.
  await page.goto('/es/scams/cobros-por-servicios-gratuitos/');
  await expect(page.locator('li[data-institution="fiscalia"] strong bdi').first()).toHaveCount(0);
});
