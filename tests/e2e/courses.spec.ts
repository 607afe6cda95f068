import { test, expect, type Page, type Locator } from '@playwright/test';

const COURSE = '/en/courses/tus-derechos-como-migrante/';

/** All non-empty subsets of 0..n-1, smallest first (trial order for checkboxes). */
function subsets(n: number): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) out.push([...Array(n).keys()].filter((i) => mask & (1 << i)));
  return out.sort((a, b) => a.length - b.length);
}

/** Answers one question by trial; returns the right choice indices. */
async function solveByTrial(q: Locator): Promise<number[]> {
  const inputs = q.locator('input');
  const n = await inputs.count();
  const multiple = (await inputs.first().getAttribute('type')) === 'checkbox';
  const tries = multiple ? subsets(n) : [...Array(n).keys()].map((i) => [i]);
  for (const pick of tries) {
    for (let i = 0; i < n; i++) {
      const want = pick.includes(i);
      if (multiple) await inputs.nth(i).setChecked(want);
      else if (want) await inputs.nth(i).check();
    }
    await q.getByRole('button', { name: 'Check answer' }).click();
    const fb = q.locator('.feedback');
    await expect(fb).not.toBeEmpty();
    if ((await fb.textContent())!.includes('Correct!')) return pick;
  }
  throw new Error('no combination was right');
}

async function answer(q: Locator, pick: number[]) {
  const inputs = q.locator('input');
  for (let i = 0; i < (await inputs.count()); i++) {
    if ((await inputs.nth(i).getAttribute('type')) === 'checkbox') await inputs.nth(i).setChecked(pick.includes(i));
    else if (pick.includes(i)) await inputs.nth(i).check();
  }
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.feedback')).toContainText('Correct!');
}

/** The course progress once the island has read the device's storage (not the server's 0). */
async function progress(page: Page) {
  await page.locator('.course-progress[data-ready]').waitFor({ state: 'attached' });
  return Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));
}

test('a fresh profile starts every course at 0 %', async ({ page }) => {
  await page.goto('/en/courses/');
  const links = await page.locator('main .cards a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const href of links) {
    await page.goto(href);
    expect(await progress(page)).toBe(0);
    // The link names the lesson it opens (descriptive link text).
    const first = (await page.locator('ol.lessons a').first().textContent())!;
    await expect(page.getByRole('link', { name: `Start: ${first}`, exact: true })).toBeVisible();
  }
});

test('take a whole course by trial: 100 %, kept after reload and offline, then the certificate', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto(COURSE);
  const lessonLinks = await page.locator('ol.lessons a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const [i, href] of lessonLinks.entries()) {
    await page.goto(href);
    await expect(page.getByText(`Lesson ${i + 1} of ${lessonLinks.length}`)).toBeVisible();
    const questions = page.locator('.quiz fieldset');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const right: number[][] = [];
    for (let q = 0; q < count; q++) right.push(await solveByTrial(questions.nth(q)));
    const result = page.locator('.quiz-result');
    if (!(await result.textContent())!.includes('You passed')) {
      // Trial and error is not a pass: take the quiz again, now knowing the answers.
      await expect(result).toContainText('You need 70 % to pass');
      await result.getByRole('button', { name: 'Take the quiz again' }).click();
      for (let q = 0; q < count; q++) await answer(questions.nth(q), right[q]);
    }
    await expect(result).toContainText('You passed this lesson!');
    await page.goto(COURSE);
    expect(await progress(page)).toBe(Math.floor(((i + 1) / lessonLinks.length) * 100));
    await expect(page.locator('ol.lessons li').nth(i)).toContainText('✓ done');
  }
  await page.reload();
  expect(await progress(page)).toBe(100);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await context.setOffline(true);
  await page.reload();
  expect(await progress(page)).toBe(100);
  await context.setOffline(false);

  await page.getByRole('link', { name: 'See your certificate' }).click();
  await page.getByLabel('Your name, as you want it to appear').fill('Ana María Pérez');
  const cert = page.locator('.certificate');
  await expect(cert).toContainText('Ana María Pérez');
  await expect(cert).toContainText('Certificate of participation');
  await expect(cert.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await page.reload();
  await expect(page.locator('.certificate')).toContainText('Ana María Pérez');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  // "Start this course again" asks first.
  await page.goto(COURSE);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Start this course again' }).click();
  expect(await progress(page)).toBe(0);
});

test('a quiz can be completed with the keyboard only', async ({ page }) => {
  await page.goto('/en/courses/tus-derechos-como-migrante/');
  const first = await page.locator('ol.lessons a').first().getAttribute('href');
  await page.goto(first!);
  const questions = page.locator('.quiz fieldset');
  // Learn the answers by trial first (with the mouse), then redo by keyboard only.
  const right: number[][] = [];
  for (let q = 0; q < (await questions.count()); q++) right.push(await solveByTrial(questions.nth(q)));
  await page.reload();
  for (let q = 0; q < (await questions.count()); q++) {
    const fs = questions.nth(q);
    const inputs = fs.locator('input');
    const multiple = (await inputs.first().getAttribute('type')) === 'checkbox';
    await inputs.first().focus();
    if (multiple) {
      for (let i = 0; i < (await inputs.count()); i++) {
        if (right[q].includes(i)) await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
    } else {
      // Arrow keys move within a radio group and select.
      await page.keyboard.press('Space');
      for (let i = 0; i < right[q][0]; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
    }
    await expect(fs.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(fs.locator('.feedback')).toContainText('Correct!');
  }
  await expect(page.locator('.quiz-result')).toContainText('You passed this lesson!');
});

test('progress saved to a file restores on another device; a wrong file changes nothing', async ({ page, browser }) => {
  await page.goto('/en/courses/tus-derechos-como-migrante/');
  await page.evaluate(() =>
    localStorage.setItem(
      'portal.progress',
      JSON.stringify({ version: 1, courses: { 'tus-derechos-como-migrante': { startedAt: '2026-11-20T00:00:00Z', lessons: { 'migrar-es-un-derecho': { progress: 1, completedAt: '2026-11-20T00:00:00Z', attempts: [] } } } } }),
    ),
  );
  await page.goto('/en/courses/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save my progress to a file' }).click();
  const file = await (await download).path();

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('/en/courses/');
  await page2.getByLabel('Restore my progress from a file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page2.getByRole('alert')).toHaveText('That file is not a progress file from this site. Nothing was changed.');
  await page2.getByLabel('Restore my progress from a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "migr') });
  await expect(page2.getByRole('alert')).toHaveText('That file is damaged and cannot be read. Nothing was changed.');
  await page2.getByLabel('Restore my progress from a file').setInputFiles(file);
  await expect(page2.getByRole('status').filter({ hasText: 'restored' })).toHaveText('Done: your progress was restored.');
  await page2.goto('/en/courses/tus-derechos-como-migrante/');
  expect(await progress(page2)).toBe(20);
  await other.close();
});
