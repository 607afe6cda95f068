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
  await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(href!.replace('/es/', '/en/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
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
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Migrar con derechos');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Inicio');
});
