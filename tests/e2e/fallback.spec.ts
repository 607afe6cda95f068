import { test, expect } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { copyProject, build, cleanup, ROOT } from '../../bench/site-copy.mjs';
import { siteHandler } from '../../scripts/serve.mjs';

/**
 * Every guide is translated now (issue 25), but a new Spanish page always starts untranslated: a copy
 * of the site is built with one Kreyòl guide taken out, and served here.
 */
const SLUG = 'salud-para-migrantes';
const REVIEWED = 'derechos-en-el-trabajo';
let server: Server;
let base = '';
let copy = '';

test.describe('a copy of the site with one Kreyòl guide missing and one reviewed through XLIFF', () => {
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    copy = copyProject();
    rmSync(join(copy, `content/guides/ht/${SLUG}.mdx`));
    // A Kreyòl guide reviewed through XLIFF (issue 25): export, approve every unit in translate-toolkit, import.
    const xlf = join(copy, 'ht.xlf');
    const run = (...a: string[]) => execFileSync(process.execPath, a, { cwd: copy, encoding: 'utf8' });
    run(join(ROOT, 'scripts/translations-export.mjs'), '--root', copy, '--lang', 'ht', '--page', REVIEWED, '--out', xlf);
    const py = `import sys\nfrom translate.storage import xliff\ns = xliff.xlifffile.parsefile(sys.argv[1])\nfor u in s.units:\n    u.isheader() or u.markapproved(True)\ns.savefile(sys.argv[1])\n`;
    execFileSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', ['-c', py, xlf]);
    run(join(ROOT, 'scripts/translations-import.mjs'), '--root', copy, xlf, '--reviewer', 'Equipo de revisión Kreyòl');
    build(copy, { PORTAL_CACHE_DIR: join(copy, '.astro-cache') });
    const handler = siteHandler(() => join(copy, 'dist'));
    server = createServer((req, res) => handler(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://localhost:${(server.address() as { port: number }).port}`;
  });
  test.afterAll(() => {
    server?.close();
    if (copy) cleanup(copy);
  });

  test('the missing page is shown from Spanish with a notice and <main lang="es">', async ({ page }) => {
    const res = await page.goto(`${base}/ht/guides/${SLUG}/`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ht');
    await expect(page.locator('main')).toHaveAttribute('lang', 'es');
    await expect(page.locator('[data-notice="fallback"]')).toHaveText('Paj sa a poko tradui nan lang ou. Nou montre l an panyòl.');
    // The UI stays in the reader's language.
    await expect(page.getByRole('link', { name: 'Sòti vit' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    // /status/ shows it missing, and coverage drops below 100 %.
    await page.goto(`${base}/status/`);
    await expect(page.locator(`#matrix tr[data-page="guides/${SLUG}"] td[data-lang="ht"]`)).toHaveAttribute('data-status', 'missing');
    await expect(page.locator('#coverage tr[data-type="guides"] td[data-lang="ht"]')).not.toHaveText('100 %');
  });

  test('a Kreyòl guide reviewed through XLIFF says who reviewed it and when, and no longer says "machine"', async ({ page }) => {
    await page.goto(`${base}/ht/guides/${REVIEWED}/`);
    const notice = page.locator('[data-notice="reviewed"]');
    await expect(notice).toContainText('Yon moun (Equipo de revisión Kreyòl) revize tradiksyon an');
    await expect(notice.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('[data-notice="machine"]')).toHaveCount(0);
  });
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
