// Benchmarks work on a temporary copy of the project with generated
// content; nothing generated is ever written into the repository.
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

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

/** Words from the real Spanish guides, to make generated text look like ours. */
export function vocabulary() {
  const dir = join(ROOT, 'content/guides/es');
  const text = readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8').split('---').slice(2).join(' '))
    .join(' ');
  return [...new Set(text.toLowerCase().match(/[a-záéíóúñü]{3,}/g))];
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
