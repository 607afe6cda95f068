#!/usr/bin/env node
// `npm run kit`: the shelter kit in kit/ (issue 15), for places with no reliable internet.
//   kit/migrar-con-derechos_<lang>_all_<YYYY-MM>.zim   the site in one language, for Kiwix
//   kit/directory_<lang>.pdf                           the service directory on A4
//   kit/emergency_<cc>_<lang>.pdf                      a poster of one country's emergency numbers
//   kit/README.txt                                     what each file is and how to open it (6 languages)
// It builds the kit's own variant of the site (PORTAL_KIT=1: no service worker, no install, no
// "save for offline") into .kit/site, copies each language with every internal address made
// relative (src/lib/kit/links.ts), packs it with zimwriterfs and checks it with `zimcheck -A`,
// then prints the sheets with the Chromium the tests use. Needs Debian's zim-tools.
// Usage: npm run kit [-- --lang es,ar] [--no-pdf] [--no-zim]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { siteHandler } from './serve.mjs';
import { rewriteHtml, rewritePreloadHelper } from '../src/lib/kit/links.ts';
import { LANGS, LOCALES } from '../src/i18n/locales.ts';
import { KIT_README } from '../src/lib/kit/readme.ts';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(opt('--out') ?? join(ROOT, 'kit'));
const WORK = join(ROOT, '.kit');
const SITE = join(WORK, 'site');
const langs = (opt('--lang') ?? LANGS.join(',')).split(',').filter(Boolean);
const month = new Date().toISOString().slice(0, 7);
const siteUrl = (process.env.PORTAL_SITE_URL ?? '').replace(/\/+$/, '');
const started = performance.now();
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The file name of a language's archive, as openZIM names them. */
export const zimName = (lang) => `migrar-con-derechos_${lang}_all_${month}.zim`;

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}
function need(tool, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) fail(`${tool} is missing. Install Debian's ${pkg}: sudo apt-get install ${pkg}`);
}

// 1. The kit's variant of the site.
if (!args.includes('--no-zim')) {
  need('zimwriterfs', 'zim-tools');
  need('zimcheck', 'zim-tools');
}
mkdirSync(OUT, { recursive: true });
let t0 = performance.now();
console.log('Building the kit’s variant of the site (PORTAL_KIT=1)…');
const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, PORTAL_KIT: '1', PORTAL_OUT_DIR: SITE, PORTAL_CACHE_DIR: join(WORK, 'cache') },
});
if (build.status !== 0) fail('The site did not build; fix the problems above (npm run check) and run npm run kit again.');
console.log(`  built in ${seconds(t0)} s`);

/** Every file below `dir`, as paths relative to it. */
const walk = (dir, base = dir) =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? walk(full, base) : [full.slice(base.length + 1).split('\\').join('/')];
  });

/** What goes in a language's archive: its pages (not the "save for offline" page), and the shared files they use. */
function archiveFiles(lang) {
  // Pagefind keeps one index per language: only this language's goes in (the others are dead weight).
  const others = LANGS.filter((l) => l !== lang).join('|');
  const otherIndex = new RegExp(`^pagefind/(?:directory/)?(?:(?:index|fragment|filter)/(?:${others})_|pagefind\\.(?:${others})_|wasm\\.(?:${others})\\.)`);
  return walk(SITE).filter(
    (f) =>
      !otherIndex.test(f) &&
      ((f.startsWith(`${lang}/`) && !f.startsWith(`${lang}/offline/`)) ||
      f.startsWith('_astro/') ||
      f.startsWith('pagefind/') ||
      f === `directory/${lang}.json` ||
      f === 'favicon.svg' ||
      f === 'noscript.css' ||
      f.startsWith('icons/')),
  );
}

// 2. One archive per language.
const rows = [];
for (const lang of args.includes('--no-zim') ? [] : langs) {
  t0 = performance.now();
  const stage = join(WORK, `stage-${lang}`);
  rmSync(stage, { recursive: true, force: true });
  const files = archiveFiles(lang);
  const have = new Set(files);
  const dirs = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const lookup = (p) => (have.has(p) ? 'file' : dirs.has(p.replace(/\/$/, '')) ? 'dir' : null);
  // A page that is not in this archive (another language, the language chooser) opens on the public site when its address is known.
  const external = (path) => (siteUrl ? `${siteUrl}${path}` : null);
  let outside = 0;
  for (const f of files) {
    const to = join(stage, f);
    mkdirSync(dirname(to), { recursive: true });
    if (f.endsWith('.html')) {
      const r = rewriteHtml(readFileSync(join(SITE, f), 'utf8'), f, lookup, external);
      outside += r.outside.length;
      writeFileSync(to, r.html);
    } else if (/^_astro\/preload-helper\.[\w-]+\.js$/.test(f)) {
      const js = rewritePreloadHelper(readFileSync(join(SITE, f), 'utf8'));
      if (js === null) fail(`${f}: Vite's preload helper changed; update rewritePreloadHelper in src/lib/kit/links.ts.`);
      writeFileSync(to, js);
    } else cpSync(join(SITE, f), to);
  }
  cpSync(join(ROOT, 'public/icons/illustration-48.png'), join(stage, 'illustration-48.png'));
  const zim = join(OUT, zimName(lang));
  rmSync(zim, { force: true });
  const l = LOCALES[lang];
  const title = JSON.parse(readFileSync(join(ROOT, `src/i18n/${lang}.json`), 'utf8'))['site.name'];
  const description = JSON.parse(readFileSync(join(ROOT, `src/i18n/${lang}.json`), 'utf8'))['kit.description'];
  const w = spawnSync(
    'zimwriterfs',
    [
      `--welcome=${lang}/index.html`,
      '--illustration=illustration-48.png',
      `--language=${l.iso639_3}`,
      `--title=${title}`,
      `--description=${description}`,
      '--creator=Migrar con derechos',
      '--publisher=Migrar con derechos',
      `--name=migrar-con-derechos_${lang}_all`,
      '--flavour=all',
      '--tags=_category:other;_pictures:no;_videos:no;_details:yes;_ftindex:yes;migration;refugees;human rights',
      ...(siteUrl ? [`--source=${siteUrl}/${lang}/`] : []),
      '--scraper=migrar-con-derechos npm run kit',
      stage,
      zim,
    ],
    { encoding: 'utf8' },
  );
  if (w.status !== 0) fail(`zimwriterfs failed for ${lang}:\n${w.stdout}\n${w.stderr}`);
  const check = spawnSync('zimcheck', ['-A', zim], { encoding: 'utf8' });
  if (check.status !== 0) fail(`zimcheck -A found errors in ${zimName(lang)}:\n${check.stdout}\n${check.stderr}`);
  rows.push({ file: zimName(lang), bytes: statSync(zim).size, s: seconds(t0), note: `${files.filter((f) => f.endsWith('.html')).length} pages, ${outside} links to other languages ${siteUrl ? 'open the public site' : 'kept as text'}; zimcheck -A: no error` });
}

// 3. The printed sheets, with the Chromium the tests use.
if (!args.includes('--no-pdf')) {
  const { chromium } = await import('@playwright/test');
  const { findChromium, CHROMIUM_ARGS } = await import('../tests/e2e/chromium.ts');
  const server = createServer(siteHandler(() => SITE));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const print = async (path, file) => {
    const t1 = performance.now();
    const r = await page.goto(`${base}${path}`, { waitUntil: 'load' });
    if (!r?.ok()) fail(`${path} answered ${r?.status()}`);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(OUT, file), format: 'A4', printBackground: true, preferCSSPageSize: true });
    rows.push({ file, bytes: statSync(join(OUT, file)).size, s: seconds(t1), note: '' });
  };
  try {
    const countries = readdirSync(join(SITE, 'es/emergency')).filter((d) => /^[a-z]{2}$/.test(d));
    for (const lang of langs) {
      await print(`/${lang}/directory/print/`, `directory_${lang}.pdf`);
      for (const cc of countries) await print(`/${lang}/emergency/${cc}/poster/`, `emergency_${cc}_${lang}.pdf`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

// 4. What is in the kit, in the six languages.
// The latest changes readers should know, per language, from the kit build itself.
const changes = Object.fromEntries(
  LANGS.flatMap((l) => (existsSync(join(SITE, l, 'changes.json')) ? [[l, JSON.parse(readFileSync(join(SITE, l, 'changes.json'), 'utf8')).changes]] : [])),
);
writeFileSync(join(OUT, 'README.txt'), KIT_README({ month, langs, zimName, siteUrl, changes }));

console.log(`\nShelter kit in ${OUT} (${seconds(started)} s):`);
for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${mb(r.bytes).padStart(8)}  ${r.s.padStart(5)} s  ${r.note}`);
console.log(`  ${'README.txt'.padEnd(48)}`);
if (!existsSync(join(OUT, 'README.txt'))) fail('README.txt was not written');
