#!/usr/bin/env node
// `npm run export:courses`: every course, in every language it is fully translated into, for the
// LMSs trainers already use (issue 16), copied from the build into exports/ (git-ignored):
//   exports/<course>_<lang>_scorm12.zip   SCORM 1.2: one SCO per lesson; import it in Moodle, Canvas, Chamilo…
//   exports/<course>_<lang>.gift           the quiz questions for Moodle's question bank
// The build makes them (src/integrations/course-exports.ts); this builds when needed, then copies.
// Usage: npm run export:courses [-- --out <folder>]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { needsBuild } from './build-state.mjs';

const args = process.argv.slice(2);
const ROOT = resolve(import.meta.dirname, '..');
const out = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : join(ROOT, 'exports'));
const started = performance.now();
if (needsBuild(ROOT) || !existsSync(join(ROOT, 'dist/exports'))) {
  console.log('Building the site (the packages are made by the build)…');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
mkdirSync(out, { recursive: true });
const files = readdirSync(join(ROOT, 'dist/exports')).sort();
for (const f of files) cpSync(join(ROOT, 'dist/exports', f), join(out, f));
console.log(`\nCourse exports in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s):`);
for (const f of files) console.log(`  ${f.padEnd(58)} ${(statSync(join(out, f)).size / 1024).toFixed(0).padStart(5)} KB`);
console.log('\nMoodle: Add an activity → SCORM package → upload the .zip. Questions: Question bank → Import → GIFT → upload the .gift.');
