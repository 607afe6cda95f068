// Benchmarks work on a temporary copy of the project with generated
// content; nothing generated is ever written into the repository.
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '..');

/** Copies the project (without node_modules, dist) to a temp folder; node_modules is linked. */
export function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
  for (const name of ['src', 'public', 'content', 'courses', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function cleanup(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Words from the real Spanish guides, to make generated text look like ours, less every
 * word of the name of an institution that enforces migration: the content check refuses
 * those names outside `<Report>` (src/lib/check/institutions.ts), and random sentences
 * ("Carabineros …", "… migraciones perú …") would otherwise fail the build.
 */
export function vocabulary() {
  const dir = join(ROOT, 'content/guides/es');
  const text = readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8').split('---').slice(2).join(' '))
    .join(' ');
  const banned = new Set();
  const countries = join(ROOT, 'content/countries');
  for (const f of readdirSync(countries).filter((x) => /\.ya?ml$/.test(x))) {
    for (const i of parseYaml(readFileSync(join(countries, f), 'utf8'))?.institutions ?? []) {
      if (!i.enforcesMigration) continue;
      for (const name of [...Object.values(i.name ?? {}), ...(i.aliases ?? [])]) {
        for (const w of String(name).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) banned.add(w);
      }
    }
  }
  return [...new Set(text.toLowerCase().match(/[a-záéíóúñü]{3,}/g))].filter((w) => !banned.has(w));
}

/** A seeded pseudo-random generator, so runs are comparable. */
export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const TOPICS = ['asylum', 'documents', 'health', 'education', 'work', 'housing', 'family', 'safety', 'rights', 'money'];

/** Writes `n` generated Spanish guides (about 300 words each) into the copy. */
export function generateGuides(dir, n, seed = 1) {
  const words = vocabulary();
  const r = rng(seed);
  const pick = () => words[Math.floor(r() * words.length)];
  const sentence = (k) => {
    const s = Array.from({ length: k }, pick).join(' ');
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  const out = join(dir, 'content/guides/es');
  mkdirSync(out, { recursive: true });
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: 4 }, (_, h) => `## ¿${sentence(4).slice(0, -1)}?\n\n${Array.from({ length: 6 }, () => sentence(10 + Math.floor(r() * 5))).join(' ')}\n`).join('\n');
    writeFileSync(
      join(out, `generada-${String(i).padStart(5, '0')}.mdx`),
      `---\ntitle: ${sentence(5).slice(0, -1)} ${i}\nsummary: ${sentence(12).slice(0, 190)}\ntopic: ${TOPICS[i % TOPICS.length]}\nreviewed: 2026-11-01\nsources:\n  - title: Fuente de prueba\n    url: https://example.org/\n---\n\n${body}`,
    );
  }
}

/** Runs `astro build` in `dir` (with extra environment `env`); returns wall time (ms) and peak memory (KB, from /usr/bin/time when present). */
export function build(dir, env = {}) {
  const started = performance.now();
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const useTime = spawnSync('sh', ['-c', 'command -v /usr/bin/time']).status === 0;
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime ? ['-f', 'MAXRSS %M', process.execPath, astro, 'build'] : [astro, 'build'];
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`build failed in ${dir}:\n${r.stdout}\n${r.stderr}`);
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? NaN);
  return { ms, peakKb: rss, pages };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Writes services until the copy's directory holds `n`: each a copy of one of
 * the listed services (round robin, so countries, cities, time zones and
 * institutions stay valid) under a new id and a numbered name.
 */
export function generateServices(dir, n) {
  const folder = join(dir, 'content/directory');
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
  const listed = files.filter((f) => !/^draft: true$/m.test(readFileSync(join(folder, f), 'utf8')));
  for (let i = 0; files.length + i < n; i++) {
    const from = listed[i % listed.length];
    const id = `generado-${String(i).padStart(4, '0')}-${from.replace(/\.yaml$/, '')}`.slice(0, 80).replace(/-+$/, '');
    const text = readFileSync(join(folder, from), 'utf8')
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^(name:\n {2}es: )(.*)$/m, (_, head, name) => `${head}${name} ${i}`);
    writeFileSync(join(folder, `${id}.yaml`), text);
  }
}
