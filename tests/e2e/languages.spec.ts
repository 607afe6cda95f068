import { test, expect } from '@playwright/test';

const LANGS = [
  { code: 'es', name: 'Español', dir: 'ltr', exit: 'Salir rápido' },
  { code: 'en', name: 'English', dir: 'ltr', exit: 'Quick exit' },
  { code: 'fr', name: 'Français', dir: 'ltr', exit: 'Sortie rapide' },
  { code: 'pt', name: 'Português', dir: 'ltr', exit: 'Saída rápida' },
  { code: 'ht', name: 'Kreyòl ayisyen', dir: 'ltr', exit: 'Sòti vit' },
  { code: 'ar', name: 'العربية', dir: 'rtl', exit: 'خروج سريع' },
];

for (const l of LANGS) {
  test(`home in ${l.code}: html lang and dir, quick exit, emergency numbers`, async ({ page }) => {
    await page.goto(`/${l.code}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', l.code);
    await expect(page.locator('html')).toHaveAttribute('dir', l.dir);
    await expect(page.getByRole('link', { name: l.exit })).toBeVisible();
    // The emergency strip lists at least one tel: link per country.
    await expect(page.locator('.emergency-strip a[href^="tel:"]')).toHaveCount(6);
  });
}

test('the language chooser at / names each language in its own name', async ({ page }) => {
  await page.goto('/');
  for (const l of LANGS) {
    const link = page.getByRole('link', { name: new RegExp(`^${l.name}`) });
    await expect(link).toHaveAttribute('href', `/${l.code}/`);
    await expect(link).toHaveAttribute('hreflang', l.code);
  }
});

test('with JS, / goes straight to the language chosen before', async ({ page }) => {
  await page.goto('/fr/guides/');
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
});

test('the language switcher keeps the page', async ({ page }) => {
  await page.goto('/es/guides/');
  const first = page.locator('main .cards a.title').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/es\/guides\/[a-z0-9-]+\/$/);
  await first.click();
  // One compact control: the current language; opened, the six languages by their own names.
  const langs = page.getByRole('navigation', { name: 'Idioma' });
  await expect(langs.getByRole('link', { name: 'English' })).toBeHidden();
  await langs.locator('summary').click();
  await langs.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(href!.replace('/es/', '/en/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Language' }).locator('summary').click();
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(href!.replace('/es/', '/ar/'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('focus order: skip link, quick exit, language switcher, main navigation', async ({ page }) => {
  await page.goto('/es/guides/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Saltar al contenido');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('id', 'quick-exit');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Español');
  // The language control opens with the keyboard and lists the six languages.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Español');
  await expect(page.locator(':focus')).toHaveAttribute('hreflang', 'es');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Migrar con derechos');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Inicio');
});

for (const l of LANGS) {
  test(`the header is at most 100 px tall on a 360 px phone (${l.code}), with the language choice working without JS`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`http://localhost:4322/${l.code}/guides/`);
    const box = await page.locator('header.site').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(100);
    // No sideways scroll of the page itself.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('nav.langs summary').click();
    for (const other of LANGS) {
      const link = page.locator(`nav.langs a[hreflang="${other.code}"]`);
      await expect(link).toBeVisible();
      await expect(link).toHaveText(other.name);
      await expect(link).toHaveAttribute('href', `/${other.code}/guides/`);
    }
    await context.close();
  });
}
