#!/usr/bin/env node
// Whole-pipeline benchmark against a plain Starlight site (product contract: "the whole
// pipeline (pages, Pagefind, directory index, packs, service worker) no slower than a
// plain Starlight site on the same content, measured side by side").
// Our side: a temporary copy of the project with GUIDES generated Spanish guides, built
// with the same helper as bench:build. Starlight's side: a cached plain Starlight project
// in bench/.starlight/ (same Astro version as ours, Starlight 0.42.x, its own Pagefind
// search on) whose docs are the same Markdown: every guide, scam and page of every
// language plus the generated guides, with our MDX components turned into plain text.
// Both are cold builds (no dist, no content cache), alternated run by run; median of RUNS.
// Usage: npm run bench:starlight   (GUIDES=900 RUNS=3 by default)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { copyProject, cleanup, generateGuides, build, median, ROOT } from './site-copy.mjs';

const GUIDES = Number(process.env.GUIDES ?? 900);
const RUNS = Number(process.env.RUNS ?? 3);
const STARLIGHT = join(ROOT, 'bench/.starlight');
const ASTRO_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
const STARLIGHT_RANGE = '~0.42.9'; // newest line whose peer range covers Astro 7 (npm view @astrojs/starlight peerDependencies)
const LOCALES = {
  es: { label: 'Español', lang: 'es' },
  en: { label: 'English', lang: 'en' },
  fr: { label: 'Français', lang: 'fr' },
  pt: { label: 'Português', lang: 'pt' },
  ht: { label: 'Kreyòl ayisyen', lang: 'ht' },
  ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
};

/** Creates the plain Starlight project once; installs only when missing or when our Astro version changed. */
function ensureStarlight() {
  mkdirSync(join(STARLIGHT, 'src'), { recursive: true });
  const pkg = {
    name: 'portal-bench-starlight',
    private: true,
    type: 'module',
    dependencies: { astro: ASTRO_VERSION, '@astrojs/starlight': STARLIGHT_RANGE },
  };
  writeIfChanged(join(STARLIGHT, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeIfChanged(
    join(STARLIGHT, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  devToolbar: { enabled: false },
  integrations: [
    starlight({
      title: 'Portal (Starlight baseline)',
      defaultLocale: 'es',
      locales: ${JSON.stringify(LOCALES)},
    }),
  ],
});
`,
  );
  writeIfChanged(
    join(STARLIGHT, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const installed = (name) => {
    try {
      return JSON.parse(readFileSync(join(STARLIGHT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  if (installed('astro') !== ASTRO_VERSION || !installed('@astrojs/starlight')) {
    console.log(`Installing astro@${ASTRO_VERSION} and @astrojs/starlight@${STARLIGHT_RANGE} in bench/.starlight/ …`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: STARLIGHT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm install failed in bench/.starlight/');
  }
  return installed('@astrojs/starlight');
}

function writeIfChanged(file, text) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

/** Our MDX as plain Markdown for Starlight: title/description frontmatter, no imports, components as text. */
function toStarlight(source) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!m) throw new Error('no frontmatter');
  const data = parseYaml(m[1]) ?? {};
  const front = { title: String(data.title) };
  if (data.summary) front.description = String(data.summary);
  const attrs = (s) => [...s.matchAll(/=\s*"([^"]*)"/g)].map((a) => a[1]).join(' ');
  const body = m[2]
    .split('\n')
    .filter((line) => !/^(import|export)\s/.test(line))
    .join('\n')
    // <Component ...>text</Component> → text
    .replace(/<([A-Z][\w.]*)\b[^>]*>([\s\S]*?)<\/\1>/g, (_, _name, inner) => inner.trim())
    // <Component a="x" b="y" /> → "Component: x y"
    .replace(/<([A-Z][\w.]*)\b([^>]*?)\/>/g, (_, name, rest) => `${name}${attrs(rest) ? `: ${attrs(rest)}` : ''}`);
  return `---\n${stringifyYaml(front)}---\n${body}`;
}

/** Writes every guide, scam and page of `contentDir` (all languages) into Starlight's docs folder; returns the file count. */
function fillStarlightDocs(contentDir) {
  const docs = join(STARLIGHT, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  let n = 0;
  for (const [kind, sub] of [['guides', 'guides'], ['scams', 'scams'], ['pages', '']]) {
    const base = join(contentDir, kind);
    if (!existsSync(base)) continue;
    for (const lang of readdirSync(base)) {
      if (!LOCALES[lang]) continue;
      for (const file of readdirSync(join(base, lang))) {
        if (!/\.mdx?$/.test(file)) continue;
        const out = join(docs, lang, sub, file.replace(/\.md$/, '.mdx'));
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, toStarlight(readFileSync(join(base, lang, file), 'utf8')));
        n++;
      }
    }
  }
  return n;
}

function cleanStarlightOutputs() {
  for (const p of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(STARLIGHT, p), { recursive: true, force: true });
}

/** Like site-copy.mjs build(), for the Starlight project (its own astro): wall time (ms), peak memory (KB), pages. */
function buildStarlight() {
  cleanStarlightOutputs();
  const astro = join(STARLIGHT, 'node_modules/astro/bin/astro.mjs');
  const useTime = spawnSync('sh', ['-c', 'command -v /usr/bin/time']).status === 0;
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime ? ['-f', 'MAXRSS %M', process.execPath, astro, 'build'] : [astro, 'build'];
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: STARLIGHT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' } });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`Starlight build failed:\n${r.stdout}\n${r.stderr}`);
  if (!/pagefind/i.test(r.stdout + r.stderr)) throw new Error('Starlight build ran without Pagefind');
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? NaN);
  return { ms, peakKb: rss, pages };
}

/** Our whole pipeline, cold: no dist, its own (empty) content cache, never the repository's. */
function buildOurs(dir) {
  for (const p of ['dist', '.astro', '.astro-cache']) rmSync(join(dir, p), { recursive: true, force: true });
  return build(dir, { PORTAL_CACHE_DIR: join(dir, '.astro-cache') });
}

const version = ensureStarlight();
const dir = copyProject();
const ours = [];
const theirs = [];
let files;
try {
  generateGuides(dir, GUIDES);
  files = fillStarlightDocs(join(dir, 'content'));
  for (let i = 0; i < RUNS; i++) {
    // Alternate, and swap which goes first each run, so neither side always builds on a warmer machine.
    const order = i % 2 === 0 ? ['ours', 'starlight'] : ['starlight', 'ours'];
    for (const side of order) {
      const r = side === 'ours' ? buildOurs(dir) : buildStarlight();
      (side === 'ours' ? ours : theirs).push(r);
      console.log(`run ${i + 1}/${RUNS} ${side.padEnd(9)} ${(r.ms / 1000).toFixed(1)} s, ${r.pages} pages`);
    }
  }
} finally {
  cleanup(dir);
  rmSync(join(STARLIGHT, 'src/content/docs'), { recursive: true, force: true });
  cleanStarlightOutputs();
}

const row = (runs) => ({ pages: runs[0].pages, s: median(runs.map((r) => r.ms)) / 1000, peakMb: median(runs.map((r) => r.peakKb)) / 1024 });
const a = row(ours);
const b = row(theirs);
console.log(
  `\nOurs vs plain Starlight — ${new Date().toISOString().slice(0, 10)}, ${GUIDES} generated guides (${files} Markdown files on each side), median of ${RUNS} cold build(s) each, alternated`,
);
console.log(`Astro ${ASTRO_VERSION}, @astrojs/starlight ${version}, Node ${process.version}\n`);
console.log('site                                   built pages  time (s)  peak memory (MB)');
const line = (name, r) => `${name.padEnd(37)}  ${String(r.pages).padStart(11)}  ${r.s.toFixed(1).padStart(8)}  ${Number.isNaN(r.peakMb) ? 'n/a'.padStart(16) : r.peakMb.toFixed(0).padStart(16)}`;
console.log(line('ours (pages+Pagefind+dir+packs+SW)', a));
console.log(line('plain Starlight (pages+Pagefind)', b));
console.log(`\nRatio ours ÷ Starlight: ${(a.s / b.s).toFixed(2)}× (DESIGN: no slower than Starlight, ≤ 1.00)`);
