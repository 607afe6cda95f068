import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What changed, for readers (issue 24): a page per language, an Atom feed, notices. */

test('the changes page lists this round’s corrections, newest first, linked to where to read more (es)', async ({ page }) => {
  await page.goto('/es/changes/');
  await expect(page.getByRole('heading', { level: 1, name: 'Qué cambió' })).toBeVisible();
  const items = page.locator('[data-changes] > li');
  expect(await items.count()).toBeGreaterThanOrEqual(5);
  const text = await page.locator('[data-changes]').innerText();
  expect(text).toContain('19 de mayo de 2026'); // Canada: unaccompanied minors exempt from C-12
  expect(text).toContain('Decreto 089'); // Colombia
  expect(text).toContain('días hábiles'); // Mexico: business days
  const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect([...dates].sort().reverse()).toEqual(dates);
  await items.filter({ hasText: '19 de mayo de 2026' }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/es\/guides\/pedir-asilo-o-refugio\/#asilo-ca$/);
});

test('the changes page exists in every language, Arabic right to left; home and footer link to it', async ({ page }) => {
  const counts: number[] = [];
  for (const lang of ['es', 'en', 'fr', 'pt', 'ht', 'ar']) {
    await page.goto(`/${lang}/changes/`);
    counts.push(await page.locator('[data-changes] > li').count());
    if (lang === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }
  expect(new Set(counts).size).toBe(1);
  await page.goto('/ar/changes/');
  await expect(page.locator('[data-changes]')).toContainText('القاصرون غير المصحوبين');
  await page.goto('/en/');
  await expect(page.locator('main a[href="/en/changes/"]')).toBeVisible();
  await expect(page.locator('footer a[href="/en/changes/"]')).toHaveCount(1);
});

test('a page changed in the last 90 days says so at the top', async ({ page }) => {
  await page.goto('/es/guides/violencia-de-genero-ayuda/');
  const notice = page.locator('[data-page-changes]');
  await expect(notice).toContainText('Cambió el');
  await expect(notice.locator('time[datetime]').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('the Atom feed is valid for a real feed parser (Python feedparser) and lists the same changes', async ({ request, page }) => {
  const res = await request.get('/es/changes.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/atom+xml');
  const file = join(mkdtempSync(join(tmpdir(), 'feed-')), 'changes.xml');
  writeFileSync(file, await res.body());
  // Debian's python3 carries python3-feedparser (.ci/run installs it); another python3 on PATH may not.
  const py = spawnSync(
    existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3',
    ['-c', 'import feedparser,json,sys; d=feedparser.parse(sys.argv[1]); print(json.dumps({"bozo": d.bozo, "version": d.version, "title": d.feed.get("title"), "entries": [{"id": e.id, "link": e.link, "summary": e.summary, "updated": e.updated} for e in d.entries]}))', file],
    { encoding: 'utf8' },
  );
  expect(py.status, `python3-feedparser is needed (apt-get install python3-feedparser): ${py.stderr}`).toBe(0);
  const feed = JSON.parse(py.stdout);
  expect(feed.bozo, "feedparser found the feed malformed").toBeFalsy();
  expect(feed.version).toBe('atom10');
  expect(feed.title).toContain('Qué cambió');
  await page.goto('/es/changes/');
  expect(feed.entries.length).toBe(await page.locator('[data-changes] > li').count());
  for (const e of feed.entries) {
    expect(e.id).toMatch(/^tag:/);
    expect(e.link).toMatch(/\/es\/(guides|scams|directory)\//);
    expect(e.summary.length).toBeGreaterThan(10);
  }
});
