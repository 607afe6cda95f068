import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';

/** A Spanish guide that has no Haitian Creole translation, found from the content folder. */
function untranslated(collection: string, lang: string): string {
  const es = readdirSync(`content/${collection}/es`).map((f) => f.replace(/\.mdx?$/, ''));
  let translated: string[] = [];
  try {
    translated = readdirSync(`content/${collection}/${lang}`).map((f) => f.replace(/\.mdx?$/, ''));
  } catch {
    /* no folder: nothing translated */
  }
  const slug = es.find((s) => !translated.includes(s));
  if (!slug) throw new Error(`every ${collection} page is translated to ${lang}; pick another language for this test`);
  return slug;
}

test('a page missing in a language is shown from Spanish with a notice and <main lang="es">', async ({ page }) => {
  const slug = untranslated('guides', 'ht');
  const res = await page.goto(`/ht/guides/${slug}/`);
  expect(res?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ht');
  await expect(page.locator('main')).toHaveAttribute('lang', 'es');
  await expect(page.locator('[data-notice="fallback"]')).toHaveText('Paj sa a poko tradui nan lang ou. Nou montre l an panyòl.');
  // The UI stays in the reader's language.
  await expect(page.getByRole('link', { name: 'Sòti vit' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('an unreviewed machine translation says so and links to the Spanish original', async ({ page }) => {
  await page.goto('/en/guides/migrar-es-un-derecho/');
  const notice = page.locator('[data-notice="machine"]');
  await expect(notice).toContainText('translated by a machine');
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/es/guides/migrar-es-un-derecho/');
  await expect(page.locator('main')).not.toHaveAttribute('lang', /.+/);
});

test('a translated Arabic guide is right to left with its own content', async ({ page }) => {
  await page.goto('/ar/guides/migrar-es-un-derecho/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-notice="fallback"]')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText(/[\u0600-\u06FF]/);
});
