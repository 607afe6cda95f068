import { test, expect } from '@playwright/test';

/** The asylum guide shows, per country, the sourced and dated facts of content/countries/<CC>.yaml. */
test('the asylum guide shows Chile’s 7-business-day deadline, the 60-day rule, sources and the verification date (es)', async ({ page }) => {
  await page.goto('/es/guides/pedir-asilo-o-refugio/');
  const chile = page.locator('section[data-country="CL"]');
  await expect(chile.getByRole('heading', { name: 'Chile' })).toBeVisible();
  await expect(chile.locator('dd[data-deadline="7 business-days entry"] .deadline')).toHaveText('7 días hábiles desde que entras al país');
  await expect(chile.locator('[data-condition="arriving-directly"]')).toContainText('más de 60 días');
  await expect(chile.locator('a[href^="https://www.bcn.cl/"]').first()).toBeVisible();
  const time = chile.locator('p.meta time');
  await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(chile.locator('p.meta')).toContainText(/Verificado con las fuentes oficiales el \d+ de \w+ de \d{4}/);
  // Fresh facts carry no "out of date" notice.
  await expect(chile.locator('[data-stale]')).toHaveCount(0);
  // Every country of the portal is there, and where no official source confirmed a deadline, it says so.
  await expect(page.locator('section[data-country]')).toHaveCount(6);
  await expect(page.locator('section[data-country="AR"] dd[data-deadline="unknown"]')).toContainText('No encontramos una fuente oficial');
  await expect(page.locator('section[data-country="CA"] dd[data-deadline="1 years first-entry"] .deadline')).toHaveText('1 año desde tu primera entrada al país');
  // The jump list reaches each country.
  await page.getByRole('navigation', { name: 'Elige tu país:' }).getByRole('link', { name: 'México' }).click();
  await expect(page).toHaveURL(/#asilo-mx$/);
});

test('the same facts in Arabic, right to left, with the date in Arabic and the machine-translation note', async ({ page }) => {
  await page.goto('/ar/guides/pedir-asilo-o-refugio/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const chile = page.locator('section[data-country="CL"]');
  await expect(chile.getByRole('heading', { name: 'تشيلي' })).toBeVisible();
  await expect(chile.locator('dd[data-deadline="7 business-days entry"] .deadline')).toContainText('أيام عمل');
  await expect(chile.locator('dd[data-deadline="7 business-days entry"]')).toContainText('7 أيام عمل من دخولك إلى تشيلي');
  await expect(chile.locator('p.meta')).toContainText('تم التحقق منها من المصادر الرسمية في');
  await expect(chile.locator('p.meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(chile.locator('p.meta')).toContainText('ترجمة آلية');
  // The facts are not copied into the guide's text: they come from the component only.
  await expect(page.locator('[data-asylum-facts]')).toHaveCount(1);
});

test('without JavaScript the facts are all there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/guides/pedir-asilo-o-refugio/');
  await expect(page.locator('section[data-country="CL"] .deadline')).toHaveText('7 jours ouvrables à partir de votre entrée dans le pays');
  await context.close();
});
