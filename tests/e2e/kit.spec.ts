/**
 * The shelter kit (issue 15), with the real tools a shelter uses: every
 * archive passes `zimcheck -A`; the Spanish one, served by `kiwix-serve`,
 * is crawled in Chromium (every page and asset resolves, nothing is
 * requested from another host), a quiz works and Kiwix's own search finds
 * the asylum guide; the Spanish and Arabic directories are read back from
 * the PDFs with `pdftotext` and list every service's name and phone.
 */
import { test, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const PORT = 4336;
const LANGS = ['es', 'en', 'fr', 'pt', 'ht', 'ar'];
let out: string;
let kiwix: ChildProcess;
let book: string;
let kitLog = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  out = mkdtempSync(join(tmpdir(), 'portal-kit-'));
  const r = spawnSync(process.execPath, ['scripts/kit.mjs', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  kitLog = r.stdout + r.stderr;
  expect(r.status, kitLog).toBe(0);
  book = readdirSync(out).find((f) => /^migrar-con-derechos_es_all_\d{4}-\d{2}\.zim$/.test(f))!.replace(/\.zim$/, '');
  kiwix = spawn('kiwix-serve', ['--address', '127.0.0.1', '--port', String(PORT), join(out, `${book}.zim`)], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null))?.status, { timeout: 20_000 }).toBe(200);
});

test.afterAll(() => {
  kiwix?.kill();
  if (out) rmSync(out, { recursive: true, force: true });
});

test('npm run kit writes an archive, a directory and posters per language, and says what it made', () => {
  for (const lang of LANGS) {
    expect(readdirSync(out).some((f) => new RegExp(`^migrar-con-derechos_${lang}_all_\\d{4}-\\d{2}\\.zim$`).test(f)), lang).toBe(true);
    expect(existsSync(join(out, `directory_${lang}.pdf`)), lang).toBe(true);
    expect(existsSync(join(out, `emergency_mx_${lang}.pdf`)), lang).toBe(true);
  }
  const readme = readFileSync(join(out, 'README.txt'), 'utf8');
  for (const word of ['Kiwix', 'kiwix-serve', 'USB', 'ESPAÑOL', 'ENGLISH', 'FRANÇAIS', 'PORTUGUÊS', 'KREYÒL', 'العربية']) expect(readme).toContain(word);
  // The latest changes readers should know, in each language (issue 24).
  expect(readme).toMatch(/Últimos cambios que debes conocer:\n- \d{4}-\d{2}-\d{2}: /);
  expect(readme).toMatch(/آخر التغييرات التي يجب أن تعرفها:\n- \d{4}-\d{2}-\d{2}: /);
  expect(kitLog).toMatch(/migrar-con-derechos_es_all_\d{4}-\d{2}\.zim\s+\d+\.\d MB\s+\d+\.\d s/);
});

test('every archive passes zimcheck -A, with its metadata (language, title, illustration, main page)', () => {
  for (const lang of LANGS) {
    const zim = join(out, readdirSync(out).find((f) => f.startsWith(`migrar-con-derechos_${lang}_all_`))!);
    const r = spawnSync('zimcheck', ['-A', zim], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Overall Test Status: Pass');
    const dump = spawnSync('zimdump', ['info', zim], { encoding: 'utf8' }).stdout;
    expect(dump, lang).toMatch(/main page: .*index\.html/i);
  }
});

test('the Spanish archive in kiwix-serve: 30+ pages crawled, every page and asset resolves, no other host', async ({ page }) => {
  test.setTimeout(240_000);
  const base = `http://127.0.0.1:${PORT}`;
  const prefix = `/${book}/`;
  const failures: string[] = [];
  const foreign: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.host !== `127.0.0.1:${PORT}`) foreign.push(r.url());
  });
  const seen = new Set<string>();
  const queue = [`${base}${prefix}es/index.html`];
  while (queue.length && seen.size < 45) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const l of links) {
      const u = new URL(l);
      u.hash = '';
      if (u.origin === base && u.pathname.startsWith(prefix) && u.pathname.endsWith('.html') && !seen.has(u.href)) queue.push(u.href);
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(30);
  expect(failures).toEqual([]);
  expect(foreign).toEqual([]);
});

test('in the archive, search and the service finder run, and a quiz can be answered', async ({ page }) => {
  test.setTimeout(120_000);
  const base = `http://127.0.0.1:${PORT}/${book}`;
  // Our own search (Pagefind), loaded relative to the page.
  await page.goto(`${base}/es/search/index.html?q=asilo`);
  await expect(page.locator('.results a.title').first()).toBeVisible({ timeout: 20_000 });
  const first = await page.locator('.results a.title').first().getAttribute('href');
  expect(first).toMatch(/index\.html$/);
  // The finder loads its index from the archive.
  await page.goto(`${base}/es/directory/index.html?q=refugio`);
  await expect(page.locator('.finder ul.cards a.title').first()).toBeVisible({ timeout: 20_000 });
  expect(await page.locator('.finder ul.cards a.title').first().getAttribute('href')).toMatch(new RegExp(`/${book}/es/directory/[\\w-]+/index\\.html$`));
  // A lesson: answer every question once; the result shows, kept on the device.
  await page.goto(`${base}/es/courses/tus-derechos-como-migrante/index.html`);
  await page.locator('ol.lessons a').first().click();
  const questions = page.locator('.quiz fieldset');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let q = 0; q < count; q++) {
    await questions.nth(q).locator('input').first().check();
    await questions.nth(q).getByRole('button', { name: 'Comprobar respuesta' }).click();
    await expect(questions.nth(q).locator('[role=status], .feedback').first()).not.toBeEmpty();
  }
  await expect(page.locator('.quiz-result')).toBeVisible();
});

test('Kiwix’s own full-text search finds the asylum guide', async ({ request }) => {
  const r = await request.get(`http://127.0.0.1:${PORT}/search?content=${book}&pattern=refugio`);
  expect(r.ok()).toBe(true);
  expect(await r.text()).toContain(`/${book}/es/guides/pedir-asilo-o-refugio/index.html`);
});

/** Every listed service: its name in `lang` (Spanish when untranslated) and its phones' digits. */
function services(lang: string) {
  const dir = join(ROOT, 'content/directory');
  return readdirSync(dir)
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')))
    .filter((s) => s.status !== 'inactive' && !s.draft)
    .map((s) => ({ name: (s.name[lang] ?? s.name.es) as string, phones: (s.phones ?? []).map((p: { number: string }) => p.number.replace(/\D/g, '')) }));
}

for (const lang of ['es', 'ar']) {
  test(`the ${lang} directory PDF, read back with pdftotext, lists every service's name and phone`, () => {
    const r = spawnSync('pdftotext', ['-enc', 'UTF-8', join(out, `directory_${lang}.pdf`), '-'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // pdftotext wraps right-to-left runs in bidi controls and writes the lam-alef ligature back as
    // alef-lam ("الالجئ" for "اللاجئ"): compare without the controls and without alef and lam.
    const norm = (t: string) =>
      t
        .normalize('NFKC')
        .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
        .replace(lang === 'ar' ? /[\u0622\u0623\u0625\u0627\u0644]/g : /(?!)/g, '')
        // pdftotext moves a tanween or other short vowel after the next letter ("سابقًا" comes back as
        // "سابًق ا"): compare Arabic without its short-vowel marks.
        .replace(lang === 'ar' ? /[\u064b-\u065f\u0670]/g : /(?!)/g, '')
        .replace(/\s+/g, ' ');
    const text = norm(r.stdout);
    const digits = r.stdout.replace(/[^\d\n]/g, '');
    const list = services(lang);
    expect(list.length).toBeGreaterThan(20);
    // Mixed Arabic and Latin lines also come back in visual order (brackets mirrored, numbers
    // moved), so in Arabic every word of the name must be there; in Spanish, the whole name.
    const words = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
    const all = new Set(words(text));
    // A long name may wrap at a hyphen, which pdftotext then drops ("Côte-des-\nNeiges" comes back
    // as "Côte-desNeiges"): compare Latin text without spaces and hyphens.
    const bare = (t: string) => t.replace(/[\s\-\u2010\u2011]+/g, '');
    const flat = bare(text);
    const found = (name: string) => (lang === 'ar' ? words(norm(name)).every((w) => all.has(w)) : flat.includes(bare(norm(name))));
    const missing = list.filter((s) => !found(s.name) || s.phones.some((p: string) => !digits.includes(p)));
    expect(missing.map((s) => s.name)).toEqual([]);
    if (lang === 'es') {
      // On paper too: the latest changes, and the warning beside a police force that enforces migration (issues 23, 24).
      expect(text).toContain('Qué cambió');
      expect(text).toContain('también hace control migratorio');
    }
  });
}
