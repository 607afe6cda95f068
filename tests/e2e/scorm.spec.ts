/**
 * Courses for other LMSs (issue 16), with real parts: every package of the
 * build unzips, its manifest is valid against the packaged SCORM 1.2 XSDs
 * (`xmllint --schema`) and every listed file exists; each SCO of the Spanish
 * package of every course runs in an LMS runtime (scorm-again's
 * Scorm12API as `window.API` in a parent page, the SCO in an iframe), and
 * the LMS ends with `passed` and a numeric score (or `completed`); a failed
 * quiz ends as `failed`; opened with no LMS, the lesson says so.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { siteHandler } from '../../scripts/serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const EXPORTS = join(ROOT, 'dist/exports');
let work: string;
let server: Server;
let base: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'portal-scorm-'));
  // Each package unzipped in its own folder, with an LMS page next to it.
  for (const zip of readdirSync(EXPORTS).filter((f) => f.endsWith('_scorm12.zip'))) {
    const dir = join(work, zip.replace(/\.zip$/, ''));
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(EXPORTS, zip))))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      if (!path.endsWith('/')) writeFileSync(join(dir, path), bytes);
    }
  }
  mkdirSync(join(work, 'lms'));
  copyFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm-again.min.js'), join(work, 'lms/scorm-again.js'));
  writeFileSync(join(work, 'lms/run.js'), 'window.API = new window.Scorm12API({ autocommit: false, logLevel: 5 });\n');
  writeFileSync(
    join(work, 'lms/index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>LMS</title><script src="scorm-again.js"></script><script src="run.js"></script></head><body><iframe id="sco" title="SCO" style="width:100%;height:90vh"></iframe></body></html>',
  );
  server = createServer(siteHandler(() => work));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

test.afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const packages = () => readdirSync(EXPORTS).filter((f) => f.endsWith('_scorm12.zip'));

test('every package unzips, its manifest is valid against the packaged XSDs, and every file it lists exists', () => {
  expect(packages().length).toBeGreaterThanOrEqual(3);
  for (const zip of packages()) {
    const dir = join(work, zip.replace(/\.zip$/, ''));
    const manifest = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    for (const x of ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imsmd_rootv1p2p1.xsd']) expect(existsSync(join(dir, x)), `${zip}: ${x}`).toBe(true);
    // One schema that imports the three namespaces the manifest uses (the packaged files, unchanged).
    writeFileSync(
      join(dir, '..', 'all.xsd'),
      `<?xml version="1.0"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">${[
        ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
        ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
        ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
      ]
        .map(([ns, f]) => `<xsd:import namespace="${ns}" schemaLocation="${zip.replace(/\.zip$/, '')}/${f}"/>`)
        .join('')}</xsd:schema>`,
    );
    const lint = spawnSync('xmllint', ['--noout', '--schema', join(dir, '..', 'all.xsd'), join(dir, 'imsmanifest.xml')], { encoding: 'utf8' });
    expect(lint.status, `${zip}: ${lint.stderr}`).toBe(0);
    const hrefs = [...manifest.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(existsSync(join(dir, h)), `${zip}: ${h}`).toBe(true);
    // One SCO per lesson, in order, each an item.
    expect((manifest.match(/adlcp:scormtype="sco"/g) ?? []).length).toBe((manifest.match(/<item /g) ?? []).length);
  }
});

/** The lessons of a course in Spanish, in order, with their right answers. */
function lessons(course: string) {
  const dir = join(ROOT, 'courses', course, 'es');
  return readdirSync(dir)
    .sort()
    .map((f) => {
      const data = parse(readFileSync(join(dir, f), 'utf8').split('\n---\n')[0].replace(/^---\n/, '')) as { quiz?: { answer: number | number[]; choices: string[] }[] };
      return { slug: f.replace(/^\d+-/, '').replace(/\.mdx$/, ''), quiz: data.quiz ?? [] };
    });
}

/** Runs one SCO in the LMS page; answers right (or wrong); returns what the LMS holds after the SCO closes. */
async function run(page: Page, pkg: string, slug: string, quiz: { answer: number | number[]; choices: string[] }[], right: boolean) {
  await page.goto(`${base}/lms/index.html`);
  await page.evaluate((src) => ((document.getElementById('sco') as HTMLIFrameElement).src = src), `../${pkg}/${slug}/index.html`);
  const frame = page.frameLocator('#sco');
  await expect(frame.locator('h1')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { API: { isInitialized(): boolean } }).API.isInitialized())).toBe(true);
  for (const [q, item] of quiz.entries()) {
    const fs = frame.locator('.quiz fieldset').nth(q);
    const want = Array.isArray(item.answer) ? item.answer : [item.answer];
    const pick = right ? want : [item.choices.findIndex((_, i) => !want.includes(i))];
    for (const i of pick) await fs.locator('input').nth(i).check();
    await fs.getByRole('button', { name: 'Comprobar respuesta' }).click();
  }
  if (quiz.length) await expect(frame.locator('.quiz-result')).toBeVisible();
  // The learner leaves: the SCO commits and calls LMSFinish.
  await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated())).toBe(true);
  // What the LMS would store (session_time is write-only to the SCO; the LMS reads it in its JSON).
  return page.evaluate(() => {
    const cmi = JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as {
      core: { lesson_status: string; session_time: string; score: { raw: string; min: string; max: string } };
    };
    const core = cmi.core;
    return { status: core.lesson_status, raw: core.score.raw, min: core.score.min, max: core.score.max, time: core.session_time };
  });
}

for (const course of ['tus-derechos-como-migrante', 'identificar-asistir-y-referir', 'seguridad-humana-y-migracion-en-transito']) {
  test(`each SCO of ${course} (es) reports to the LMS: passed with a score, or completed`, async ({ page }) => {
    test.setTimeout(180_000);
    const pkg = `${course}_es_scorm12`;
    for (const l of lessons(course)) {
      const r = await run(page, pkg, l.slug, l.quiz, true);
      if (l.quiz.length) expect(r, l.slug).toMatchObject({ status: 'passed', raw: '100', min: '0', max: '100' });
      else expect(r.status, l.slug).toBe('completed');
      expect(r.time, l.slug).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    }
  });
}

test('a failed quiz ends as failed, with its score', async ({ page }) => {
  const l = lessons('tus-derechos-como-migrante').find((x) => x.quiz.length)!;
  const r = await run(page, 'tus-derechos-como-migrante_es_scorm12', l.slug, l.quiz, false);
  expect(r.status).toBe('failed');
  expect(Number(r.raw)).toBeLessThan(70);
});

test('opened with no LMS, the lesson works and says its progress is not being recorded; nothing is requested from another host', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) foreign.push(r.url());
  });
  await page.goto(`${base}/tus-derechos-como-migrante_es_scorm12/migrar-es-un-derecho/index.html`);
  await expect(page.locator('#sco-no-lms')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.locator('.quiz fieldset').first().locator('input').first().check();
  await page.locator('.quiz fieldset').first().getByRole('button', { name: 'Comprobar respuesta' }).click();
  await expect(page.locator('.quiz fieldset').first().locator('.feedback')).not.toBeEmpty();
  expect(foreign).toEqual([]);
});

test('the course page offers the package and the questions to trainers', async ({ page }) => {
  await page.goto('/es/courses/tus-derechos-como-migrante/');
  const scorm = page.getByRole('link', { name: /SCORM 1\.2 — Español/ });
  await expect(scorm).toHaveAttribute('href', '/exports/tus-derechos-como-migrante_es_scorm12.zip');
  const gift = page.getByRole('link', { name: /GIFT\) — Español/ });
  const r = await page.request.get((await gift.getAttribute('href'))!);
  expect(r.ok()).toBe(true);
  expect(await r.text()).toContain('$CATEGORY:');
});
