#!/usr/bin/env node
// Checks every content file against the content schemas, without a build.
// Usage: npm run check:content [-- --root <dir>] [--json]
// Exit code 1 when there is an error (warnings alone exit 0).
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check.ts';
import { formatProblems } from '../src/lib/content-problems.ts';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = resolve(rootArg >= 0 ? args[rootArg + 1] : process.env.PORTAL_CONTENT_ROOT || '.');
const started = performance.now();
const { problems, fileCount } = checkContent(root);
const errors = problems.filter((p) => p.severity === 'error');
const ms = Math.round(performance.now() - started);

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify({ files: fileCount, errors: errors.length, problems }, null, 2) + '\n');
} else {
  if (problems.length) console.log(formatProblems(problems) + '\n');
  console.log(
    errors.length
      ? `✗ ${errors.length} problem(s) to fix in ${new Set(errors.map((p) => p.file)).size} file(s) (${fileCount} files checked in ${ms} ms).`
      : `✓ ${fileCount} content files checked in ${ms} ms: no errors.`,
  );
}
process.exitCode = errors.length ? 1 : 0;
