import { test, expect } from '@playwright/test';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide is readable: title, review date, content, sources', async ({ page }) => {
    await page.goto('/es/guides/pedir-asilo-o-refugio/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('time[datetime]').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('article h2').first()).toBeVisible();
    const sources = page.locator('.sources a[href^="http"]');
    expect(await sources.count()).toBeGreaterThan(0);
  });

  test('the directory leads by country to plain lists, with tel: links', async ({ page }) => {
    await page.goto('/es/directory/');
    expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(5);
    await page.locator('main [data-country-page]').first().click();
    await expect(page).toHaveURL(/\/es\/directory\/[a-z]{2}\/$/);
    expect(await page.locator('main a[href^="tel:+"]').count()).toBeGreaterThan(0);
    const first = page.locator('main .cards a.title').first();
    await first.click();
    await expect(page.locator('time[datetime]')).toHaveCount(1);
    await expect(page.locator('.sources a').first()).toBeVisible();
  });

  test('a scam page shows warning signs, what to do and where to report', async ({ page }) => {
    await page.goto('/es/scams/');
    await page.locator('main .cards a.title').first().click();
    await expect(page.getByRole('heading', { name: 'Señales de alerta', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Qué hacer si te pasa', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Dónde denunciar', exact: true })).toBeVisible();
  });

  test('a lesson shows its position and review questions whose answers open without JS', async ({ page }) => {
    await page.goto('/es/courses/');
    await page.locator('main .cards a.title').first().click();
    await page.getByRole('link', { name: 'Empezar' }).click();
    await expect(page.getByText(/^Lección 1 de \d+$/)).toBeVisible();
    // The questions are readable, and their answers open without JS.
    await expect(page.locator('.quiz fieldset legend').first()).toBeVisible();
    const answer = page.locator('.quiz details').first();
    await answer.locator('summary').click();
    await expect(answer.locator('p').first()).toBeVisible();
  });
});

test('no page is wider than a 360 px phone', async ({ page }) => {
  for (const path of ['/es/', '/ar/', '/es/guides/pedir-asilo-o-refugio/', '/es/directory/', '/ar/emergency/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('quick exit blanks the page and replaces history with a neutral site', async ({ page }) => {
  // Keep the test offline: answer the neutral site locally.
  await page.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, body: '<title>neutral</title>' }));
  await page.goto('/es/');
  await page.goto('/es/guides/');
  await page.getByRole('link', { name: 'Salir rápido' }).click();
  await expect(page).toHaveURL('https://www.google.com/');
  await page.goBack();
  // Back skips the replaced page and lands on the page before it.
  await expect(page).toHaveURL(/\/es\/$/);
});

test('Escape three times is a quick exit too', async ({ page }) => {
  await page.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, body: '<title>neutral</title>' }));
  await page.goto('/en/scams/');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await expect(page).toHaveURL('https://www.google.com/');
});

test('no request leaves the origin and no cookie is set', async ({ page, context }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost:4322/')) foreign.push(r.url());
  });
  for (const path of ['/', '/es/', '/ar/guides/', '/es/guides/pedir-asilo-o-refugio/', '/en/directory/', '/fr/courses/', '/es/emergency/']) {
    await page.goto(path);
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('/status/ shows every page × language with the same statuses as the content', async ({ page }) => {
  const { readdirSync } = await import('node:fs');
  await page.goto('/status/');
  await expect(page.locator('h1')).toContainText('Estado de las traducciones');
  const guides = readdirSync('content/guides/es').length;
  expect(await page.locator('#matrix tr[data-page^="guides/"]').count()).toBe(guides);
  const row = page.locator('#matrix tr[data-page="guides/pedir-asilo-o-refugio"]');
  await expect(row.locator('td[data-lang="es"]')).toHaveAttribute('data-status', 'source');
  await expect(row.locator('td[data-lang="en"]')).toHaveAttribute('data-status', /translated|machine|outdated/);
  // Every cell says what the files say: a guide with no file in a language is "missing" there, and
  // the coverage table counts the same (issue 25: every guide is in every language now).
  for (const lang of ['en', 'fr', 'pt', 'ht', 'ar']) {
    const have = new Set(readdirSync(`content/guides/${lang}`));
    const missing = readdirSync('content/guides/es').filter((f) => !have.has(f));
    expect(await page.locator(`#matrix tr[data-page^="guides/"] td[data-lang="${lang}"][data-status="missing"]`).count()).toBe(missing.length);
    const pct = Math.floor(((guides - missing.length) / guides) * 100);
    await expect(page.locator(`#coverage tr[data-type="guides"] td[data-lang="${lang}"]`)).toHaveText(`${pct} %`);
  }
  await expect(page.locator('#summary tr[data-lang="ht"] td').last()).toHaveText(/\d+ %/);
  // Spanish and English each in their own sentences, never run together.
  expect(await page.locator('main').innerText()).not.toMatch(/[a-záéíóú][.:][A-Z]/);
  await expect(page.locator('p[lang="en"]').first()).toContainText('For volunteers');
});

test('/status/ on a 360 px phone: table words stay whole (the table scrolls, words do not break)', async ({ page }) => {
  await page.goto('/status/');
  const broken = await page.locator('#summary th, #summary td').evaluateAll((cells) =>
    cells.filter((c) => {
      // A cell whose text wraps inside a word is taller than one line while one of its words is wider than it.
      const range = document.createRange();
      range.selectNodeContents(c);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return lines.size > 1 && !(c.textContent ?? '').trim().includes(' ');
    }).map((c) => c.textContent),
  );
  expect(broken).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('MDX components from the barrel render inside content', async ({ page }) => {
  await page.goto('/es/guides/pedir-asilo-o-refugio/');
  await expect(page.locator('aside.callout-warning[role="note"]')).toContainText('es una estafa');
});
