/**
 * The web editor (issue 14), for real: Decap CMS at /admin/ with its local
 * backend (decap-server, through `npm run edit`) writing into a temporary
 * git copy of the content. A volunteer changes a summary, creates a guide,
 * adds its English translation side by side, changes a phone, and types an
 * invalid one; `git diff` shows exactly what they did and nothing else.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PORT = 4334;
const BASE = `http://localhost:${PORT}`;
const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE = 'content/guides/es/pedir-asilo-o-refugio.mdx';
const SERVICE = 'content/directory/ircc-client-support-centre.yaml';
const NEW_TITLE = 'Cómo pedir una cita sin pagar a intermediarios';
const NEW_SLUG = 'como-pedir-una-cita-sin-pagar-a-intermediarios';

let work: string;
let repo: string;
let editor: ChildProcess;
let output = '';

const git = (...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).stdout;
/** `git status`, one `XY path` per line, with untracked files listed one by one. */
const changed = () => git('status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort();
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);

test.describe.configure({ mode: 'serial' });
// Volunteers edit on a laptop: Decap's editor is a desktop app (two languages side by side).
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'portal-editor-'));
  repo = join(work, 'repo');
  for (const dir of ['content', 'courses', 'public']) cpSync(join(ROOT, dir), join(repo, dir), { recursive: true });
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'content']]) {
    expect(spawnSync('git', ['-C', repo, ...args]).status).toBe(0);
  }
  // `npm run edit`, on the copy, serving the site built by the test run.
  editor = spawn(process.execPath, ['scripts/edit.mjs', '--root', repo, '--dir', join(ROOT, 'dist'), '--port', String(PORT), '--no-rebuild', '--lang', 'es'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  editor.stdout!.on('data', (d) => (output += d));
  editor.stderr!.on('data', (d) => (output += d));
  await expect.poll(() => output, { timeout: 30_000 }).toContain(`${BASE}/admin/`);
});

test.afterAll(() => {
  editor?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every request the page makes to another host (there must be none) and every CSP violation. */
function watch(page: Page) {
  const external: string[] = [];
  const csp: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !url.protocol.startsWith('blob') && !url.protocol.startsWith('data')) external.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  return { external, csp };
}

async function login(page: Page) {
  await page.goto(`${BASE}/admin/`);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page.getByText('Guías de derechos').first()).toBeVisible({ timeout: 30_000 });
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publicar', exact: true }).click();
  await page.getByText('Publicar ahora', { exact: true }).click();
}

/** Logs in and opens the service's form; returns its first phone field, holding the saved number. */
async function openServicePhone(page: Page) {
  await login(page);
  await page.goto(`${BASE}/admin/#/collections/directory/entries/ircc-client-support-centre`);
  const phone = page.locator('[id^="number-field-"]').first();
  await expect(phone).toHaveValue('+18882422100');
  return phone;
}

/** The Spanish pane (`pane` 0) or the other language's pane (1): the editor shows them side by side. */
const paneOf = (page: Page, pane: number) =>
  page
    .getByText(pane === 0 ? 'Writing in ES' : 'Writing in EN', { exact: true })
    .locator('xpath=ancestor::*[.//*[starts-with(@id, "title-field-")]][1]');
/** A top-level field of a pane (the first with that name: a guide's title, not a source's). */
const field = (page: Page, name: string, pane = 0) => paneOf(page, pane).locator(`[id^="${name}-field-"]`).first();
/** The Markdown body, in raw mode (the text as written). */
const body = (page: Page, pane = 0) => paneOf(page, pane).locator('.cms-editor-raw [data-slate-editor="true"]');

test('(1) a new Spanish summary changes one line of one file; the MDX body is byte-identical', async ({ page }) => {
  test.setTimeout(90_000);
  const seen = watch(page);
  const before = read(GUIDE);
  await login(page);
  await page.goto(`${BASE}/admin/#/collections/guides/entries/pedir-asilo-o-refugio`);
  const summary = field(page, 'summary');
  await expect(summary).toHaveValue(/^Si tienes miedo/);
  const newSummary = 'Si temes volver a tu país, puedes pedir protección. Es gratis y no necesitas abogado para empezar.';
  await summary.fill(newSummary);
  await publish(page);
  await expect.poll(changed, { timeout: 20_000 }).toEqual([` M ${GUIDE}`]);
  expect(git('diff', '--numstat').trim()).toBe(`1\t1\t${GUIDE}`);
  const after = read(GUIDE);
  expect(after).toContain(`summary: ${newSummary}\n`);
  expect(bodyOf(after)).toBe(bodyOf(before));
  // The check ran on the saved file and said so, in the editor and in the terminal.
  await expect(page.locator('#portal-editor-check')).toContainText('La revisión no encontró problemas');
  expect(output).toContain(`Guardado: ${GUIDE}`);
  expect(seen.external).toEqual([]);
  expect(seen.csp).toEqual([]);
  git('commit', '-qam', 'summary');
});

test('(2) a new Spanish guide made in the form lands in content/guides/es/, passes the check and builds', async ({ page }) => {
  test.setTimeout(180_000);
  const seen = watch(page);
  await login(page);
  await page.goto(`${BASE}/admin/#/collections/guides/new`);
  await field(page, 'title').fill(NEW_TITLE);
  await field(page, 'summary').fill('Las citas de migración son gratis. Nadie puede cobrarte por conseguir una.');
  await field(page, 'topic').fill('documents');
  await page.keyboard.press('Enter');
  await field(page, 'reviewed').fill('2026-11-29');
  const sources = field(page, 'sources');
  await sources.getByRole('button', { name: /^Add fuentes/i }).click();
  await sources.locator('[id^="title-field-"]').fill('Servicio Nacional de Migraciones de Chile');
  await sources.locator('[id^="url-field-"]').fill('https://serviciomigraciones.cl');
  await body(page).click();
  await page.keyboard.type('## Lo que debes saber\n\nPide tu cita solo en la página oficial. Es gratis.\n');
  await publish(page);
  const file = `content/guides/es/${NEW_SLUG}.mdx`;
  // Only the Spanish file: no empty English, French… files.
  await expect.poll(changed, { timeout: 20_000 }).toEqual([`?? ${file}`]);
  const text = read(file);
  expect(text).toMatch(/^---\ntitle: Cómo pedir una cita sin pagar a intermediarios\n/);
  expect(text).toContain('countries: all\n');
  expect(text).toContain('Pide tu cita solo en la página oficial. Es gratis.');
  await expect(page.locator('#portal-editor-check')).toContainText('La revisión no encontró problemas');

  const check = spawnSync(process.execPath, ['scripts/check-content.mjs', '--root', repo, '--errors-only'], { cwd: ROOT, encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  const out = join(work, 'site');
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_CONTENT_ROOT: repo, PORTAL_OUT_DIR: out, PORTAL_CACHE_DIR: join(work, 'cache') },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  expect(readFileSync(join(out, 'es/guides', NEW_SLUG, 'index.html'), 'utf8')).toContain(NEW_TITLE);
  expect(seen.external).toEqual([]);
  git('add', '-A');
  git('commit', '-qm', 'new guide');
});

test('(3) its English translation, written side by side, is a new file next to it; the Spanish file is untouched', async ({ page }) => {
  test.setTimeout(90_000);
  await login(page);
  await page.goto(`${BASE}/admin/#/collections/guides/entries/${NEW_SLUG}`);
  await expect(field(page, 'title')).toHaveValue(NEW_TITLE);
  // The second pane is English.
  await field(page, 'title', 1).fill('How to get an appointment without paying middlemen');
  await field(page, 'summary', 1).fill('Migration appointments are free. Nobody can charge you for getting one.');
  await field(page, 'topic', 1).fill('documents');
  await page.keyboard.press('Enter');
  await field(page, 'reviewed', 1).fill('2026-11-29');
  const sources = field(page, 'sources', 1);
  await sources.getByRole('button', { name: /^Add fuentes/i }).click();
  await sources.locator('[id^="title-field-"]').fill('Servicio Nacional de Migraciones de Chile');
  await sources.locator('[id^="url-field-"]').fill('https://serviciomigraciones.cl');
  await body(page, 1).click();
  await page.keyboard.type('## What you should know\n\nBook only on the official page. It is free.\n');
  await publish(page);
  const file = `content/guides/en/${NEW_SLUG}.mdx`;
  await expect.poll(changed, { timeout: 20_000 }).toEqual([`?? ${file}`]);
  expect(read(file)).toMatch(/^---\ntitle: How to get an appointment without paying middlemen\n/);
  const check = spawnSync(process.execPath, ['scripts/check-content.mjs', '--root', repo, '--errors-only'], { cwd: ROOT, encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  git('add', '-A');
  git('commit', '-qm', 'translation');
});

test('(4) a new phone number for a service changes one line of its YAML file', async ({ page }) => {
  test.setTimeout(90_000);
  const phone = await openServicePhone(page);
  await phone.fill('+18882422101');
  await publish(page);
  await expect.poll(changed, { timeout: 20_000 }).toEqual([` M ${SERVICE}`]);
  expect(git('diff', '--numstat').trim()).toBe(`1\t1\t${SERVICE}`);
  expect(read(SERVICE)).toContain('- number: "+18882422101"\n');
  git('checkout', '-q', '--', SERVICE);
});

test('(5) an invalid phone is refused in the form, nothing is written, and what was typed stays', async ({ page }) => {
  test.setTimeout(90_000);
  const phone = await openServicePhone(page);
  await phone.fill('888 242 2100');
  await publish(page);
  await expect(page.getByText(/formato internacional|international form/i).first()).toBeVisible();
  await page.waitForTimeout(1500);
  expect(changed()).toEqual([]);
  await expect(phone).toHaveValue('888 242 2100');
});

test('(6) what only the check can see (a broken link) is reported after the save, naming the page by its title', async ({ page }) => {
  test.setTimeout(90_000);
  await login(page);
  await page.goto(`${BASE}/admin/#/collections/guides/entries/${NEW_SLUG}`);
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nLee también [esta guía](/es/guides/no-existe/).\n');
  await publish(page);
  const report = page.locator('#portal-editor-check');
  await expect(report).toHaveAttribute('role', 'alert');
  await expect(report).toContainText(NEW_TITLE);
  await expect(report).toContainText('/es/guides/no-existe/');
  expect(output).toContain(`«${NEW_TITLE}»`);
  // Saved as typed: nothing the volunteer wrote is lost, and they can fix it and save again.
  expect(read(`content/guides/es/${NEW_SLUG}.mdx`)).toContain('[esta guía](/es/guides/no-existe/)');
  git('checkout', '-q', '--', '.');
});

test('on a static host without the local backend, /admin/ explains how to edit instead of failing', async ({ page }) => {
  // The test run's own server (scripts/serve.mjs) serves the same build, with no /api/v1.
  await page.goto('/admin/');
  await expect(page.getByRole('heading', { name: 'El editor web no está conectado aquí' })).toBeVisible();
  await expect(page.getByText('npm run edit')).toBeVisible();
});

test('public pages never load the editor', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  for (const path of ['/es/', '/es/guides/pedir-asilo-o-refugio/', '/ar/directory/']) {
    await page.goto(`${BASE}${path}`);
    await page.waitForLoadState('networkidle');
  }
  expect(requests.filter((p) => p.startsWith('/admin/') || p.startsWith('/api/'))).toEqual([]);
  expect(readFileSync(join(ROOT, 'dist/es/index.html'), 'utf8')).not.toMatch(/decap|\/admin\//i);
});

test('the editor page asks search engines not to index it and sends its own CSP', async ({ request }) => {
  const r = await request.get(`${BASE}/admin/`);
  expect(r.headers()['x-robots-tag']).toContain('noindex');
  expect(r.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-eval'");
  expect(await r.text()).toContain('<meta name="robots" content="noindex, nofollow">');
  // The rest of the site keeps the strict policy.
  expect((await request.get(`${BASE}/es/`)).headers()['content-security-policy']).not.toContain("'unsafe-eval'");
  expect(existsSync(join(ROOT, 'dist/admin/decap-cms.js'))).toBe(true);
});
