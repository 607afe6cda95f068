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
import { checkContent } from '../src/lib/check/content-check.ts';
import { formatProblems, volunteerLang } from '../src/lib/check/problems.ts';
import { msg, say } from '../src/i18n/check/messages.ts';
import { unannouncedLegalChanges } from '../src/lib/check/legal-changes.ts';
import { parse as parseYaml } from 'yaml';

/**
 * Legal facts changed without a `changes` entry: each country file against the version before
 * its last change in Git (its last commit, or HEAD when the file has uncommitted edits).
 * Without Git (a copy of the files) there is nothing to compare with, and nothing is said.
 */
function legalFactsChangedInGit(entries) {
  const out = [];
  for (const e of entries.filter((x) => x.collection === 'countries')) {
    const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8' });
    const dirty = git('diff', '--quiet', 'HEAD', '--', e.file).status === 1;
    const log = git('log', '-2', '--format=%H', '--', e.file);
    if (log.status !== 0) return out;
    const [last, previous] = log.stdout.trim().split('\n').filter(Boolean);
    const base = dirty ? last : previous;
    if (!base) continue;
    const old = git('show', `${base}:${e.file}`);
    if (old.status !== 0) continue;
    let before;
    try {
      before = parseYaml(old.stdout)?.asylum;
    } catch {
      continue;
    }
    out.push(...unannouncedLegalChanges(e.file, before, e.data.asylum));
  }
  return out;
}

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = resolve(opt('--root') ?? (process.env.PORTAL_CONTENT_ROOT || '.'));
const lang = volunteerLang(opt('--lang'));

const started = performance.now();
const { problems, entries, fileCount } = checkContent(root, { strict: args.includes('--strict') });
problems.push(...legalFactsChangedInGit(entries));
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
