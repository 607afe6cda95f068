#!/usr/bin/env node
// The directory as a spreadsheet (columns: docs/directory-csv.md).
//
//   npm run directory:export [-- --out directory.csv]
//   npm run directory:import -- services.csv [--update]
//
// Import reports, row by row, what it could not import and why. It never
// overwrites an existing service unless --update; with --update, entries
// whose data did not change are left exactly as they are.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { serviceSchema } from '../src/schemas/index.ts';
import { servicesToCsv, csvRecords, rowToService, FIELD_ORDER } from '../src/lib/directory/csv.ts';
import { fieldPath, volunteerLang } from '../src/lib/check/problems.ts';
import { msg, say as sayIn, fromZodMessage } from '../src/i18n/check/messages.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--out', '--root', '--lang'].includes(args[i - 1]));
const [command, file] = positional;
const root = resolve(opt('--root', '.'));
const lang = volunteerLang(opt('--lang'));
const dir = join(root, 'content/directory');
/** A catalog message, or a zod error text (one of our message ids, or zod's own words), in the volunteer's language. */
const say = (message) => (typeof message === 'string' ? (fromZodMessage(message) ? sayIn(fromZodMessage(message), lang) : message) : sayIn(message, lang));

function readServices() {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')));
}

if (command === 'export') {
  const out = resolve(opt('--out', 'directory.csv'));
  const services = readServices();
  writeFileSync(out, servicesToCsv(services));
  console.log(say(msg('csv.exported', services.length, out)));
} else if (command === 'import') {
  if (!file || !existsSync(file)) {
    console.error(say(msg('csv.not-found', file ?? '')));
    process.exit(1);
  }
  const update = args.includes('--update');
  const countries = new Set(existsSync(join(root, 'content/countries')) ? readdirSync(join(root, 'content/countries')).map((f) => f.replace(/\.ya?ml$/, '')) : []);
  const counts = { written: 0, unchanged: 0, skipped: 0, failed: 0 };
  const seen = new Set();
  for (const { line, row } of csvRecords(readFileSync(file, 'utf8'))) {
    const service = rowToService(row);
    const label = `${say(msg('csv.row', line))}${service.id ? ` (${service.id})` : ''}`;
    const problems = [];
    const result = serviceSchema.safeParse(service, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${fieldPath(issue.path) || '(row)'} — ${say(issue.message)}`);
    } else if (!countries.has(service.country)) {
      problems.push(`country — ${say(msg('there-no-country-file', service.country))}`);
    } else if (seen.has(service.id)) {
      problems.push(`id — ${say(msg('two-services-have-id', service.id))}`);
    }
    if (problems.length) {
      counts.failed++;
      for (const p of problems) console.log(`  ✗ ${label}: ${p}`);
      continue;
    }
    seen.add(service.id);
    const target = join(dir, `${service.id}.yaml`);
    if (existsSync(target)) {
      const current = serviceSchema.safeParse(parse(readFileSync(target, 'utf8')));
      if (current.success && isDeepStrictEqual(current.data, result.data)) {
        counts.unchanged++;
        continue;
      }
      if (!update) {
        counts.skipped++;
        console.log(`  · ${say(msg('csv.exists', label, service.id))}`);
        continue;
      }
    }
    const ordered = Object.fromEntries(FIELD_ORDER.filter((k) => service[k] !== undefined).map((k) => [k, service[k]]));
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, stringify(ordered, { lineWidth: 0 }));
    counts.written++;
  }
  console.log(`\n${say(msg('csv.summary', counts.written, counts.unchanged, counts.skipped, counts.failed))}`);
  process.exitCode = counts.failed ? 1 : 0;
} else {
  console.error('Uso / usage: npm run directory:export [-- --out file.csv] | npm run directory:import -- file.csv [--update]');
  process.exit(1);
}
