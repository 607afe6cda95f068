#!/usr/bin/env node
// Brings a translated XLIFF file back: npm run translations:import -- <file.xlf> [--reviewer "Name"]
// Checks the file (XLIFF 1.2, every tag present and none added, no unit missing), rewrites only the
// units that changed (the files' other bytes are kept), and runs the content check on the result.
// Units marked final (or approved="yes") are reviewed by --reviewer today; a page whose every unit
// is reviewed says so to readers. On any problem nothing is written, and the list says
// file — unit — problem — fix.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LANGS } from '../src/i18n/locales.ts';
import { readXliff, XliffError } from '../src/lib/translations/xliff.ts';
import { applyXliff } from '../src/lib/translations/apply.ts';
import { readTranslationLock, writeTranslationLock, TRANSLATION_LOCK } from '../src/lib/translations/lock.ts';
import { checkContent } from '../src/lib/check/content-check.ts';
import { say } from '../src/i18n/check/messages.ts';

const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const root = resolve(opt('--root') ?? '.');
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const today = process.env.TRANSLATIONS_TODAY ?? new Date().toISOString().slice(0, 10);
const report = (problems) => {
  console.error(`✗ Nada se escribió. / Nothing was written. (${problems.length})`);
  for (const p of problems) console.error(`  ${p.file} — ${p.unit} — ${p.problem} — ${p.fix}`);
  process.exit(1);
};
if (!file || !existsSync(file)) {
  console.error('✗ uso / usage: npm run translations:import -- <archivo.xlf> [--reviewer "Nombre"]');
  process.exit(2);
}
let files;
try {
  files = readXliff(readFileSync(file, 'utf8'));
} catch (e) {
  if (!(e instanceof XliffError)) throw e;
  report([{ file, unit: e.line ? `line ${e.line}` : '—', problem: e.message, fix: 'save the file again from your translation tool, or export a new one' }]);
}
const lockPath = join(root, TRANSLATION_LOCK);
const result = applyXliff(root, files, readTranslationLock(lockPath), { reviewer: opt('--reviewer'), today, langs: LANGS });
if (result.problems.length) report(result.problems);

// The pages must still compile and pass the content check: try them in a copy first.
const copy = mkdtempSync(join(tmpdir(), 'portal-import-'));
try {
  for (const d of ['content', 'courses', 'public/images', 'src/i18n']) if (existsSync(join(root, d))) cpSync(join(root, d), join(copy, d), { recursive: true });
  for (const [f, text] of result.writes) {
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    writeFileSync(join(copy, f), text);
  }
  const errors = checkContent(copy).problems.filter((p) => p.severity === 'error' && result.writes.has(p.file));
  if (errors.length) report(errors.map((p) => ({ file: `${p.file}${p.line ? `:${p.line}` : ''}`, unit: p.field || '—', problem: say(p.problem, 'en'), fix: say(p.fix, 'en') })));
} finally {
  rmSync(copy, { recursive: true, force: true });
}
for (const [f, text] of result.writes) {
  mkdirSync(dirname(join(root, f)), { recursive: true });
  writeFileSync(join(root, f), text);
}
writeTranslationLock(lockPath, result.lock);
for (const [f, ids] of result.changed) console.log(`✓ ${f}: ${ids.length} unidades / units`);
if (!result.writes.size) console.log('✓ Nada cambió. / Nothing changed.');
