#!/usr/bin/env node
// Checks every content file against the content schemas, links, images and
// Markdown, without a build. Messages are in Spanish by default; English
// with `--lang en` (or an English system locale).
// Usage: npm run check:content [-- --lang en] [--root <dir>] [--json] [--strict]
// --strict (releases): legal facts verified more than 12 months ago are errors.
// --types (what `npm run check` passes): then type-check the code with `astro check`.
// Options go to this script, so `npm run check -- --strict` reaches it.
// Exit code 1 when there is an error (warnings alone exit 0).
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblems, volunteerLang } from '../src/lib/content-problems.ts';
import { msg, say } from '../src/lib/check-messages.ts';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = resolve(opt('--root') ?? (process.env.PORTAL_CONTENT_ROOT || '.'));
const lang = volunteerLang(opt('--lang'));

const started = performance.now();
const { problems, fileCount } = checkContent(root, { strict: args.includes('--strict') });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.length - errors.length;
const ms = Math.round(performance.now() - started);

if (args.includes('--json')) {
  const localized = problems.map((p) => ({ ...p, problem: say(p.problem, lang), fix: say(p.fix, lang), problemId: p.problem.id, fixId: p.fix.id }));
  process.stdout.write(JSON.stringify({ files: fileCount, errors: errors.length, warnings, ms, problems: localized }, null, 2) + '\n');
} else {
  const showWarnings = !args.includes('--errors-only');
  const shown = showWarnings ? problems : errors;
  if (shown.length) console.log(formatProblems(shown, lang) + '\n');
  const files = new Set(errors.map((p) => p.file)).size;
  console.log(
    say(errors.length ? msg('cli.summary-errors', errors.length, files, warnings, fileCount, ms) : msg('cli.summary-ok', fileCount, ms, warnings), lang),
  );
}
process.exitCode = errors.length ? 1 : 0;

if (args.includes('--types') && !errors.length && !args.includes('--json')) {
  const r = spawnSync('npx', ['astro', 'check'], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
