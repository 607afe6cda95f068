#!/usr/bin/env node
// The source watch: every web address the content cites is fetched and compared with
// data/sources.lock.json. Says which sources changed, moved or died, and the facts to re-verify.
//
// Usage: npm run sources:check [-- options]
//   --lang en             report in English (Spanish by default)
//   --json                results as JSON (for machines)
//   --markdown            a Markdown report (for an issue or a pull request)
//   --all                 list unchanged and new sources too
//   --map <from>=<to>     rewrite addresses before fetching (a mirror, an archive, a local server); repeatable
//   --accept <url>        a person re-read the facts citing <url>: record today's text as the baseline; repeatable
//   --only <prefix>       check only addresses that start with <prefix>
//   --concurrency N, --per-host N, --timeout MS, --retries N
//   --root <dir>          content root (default: here); --lock <file> (default: <root>/data/sources.lock.json)
// Exit status: 0 nothing needs a person (unreachable sources do not count), 1 something changed,
// moved or died, 2 bad usage.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/lib/check/content-check.ts';
import { collectCitations } from '../src/lib/sources/collect.ts';
import { politeFetcher } from '../src/lib/sources/fetch.ts';
import { mainText } from '../src/lib/sources/extract.ts';
import { readLock, writeLock } from '../src/lib/sources/lock.ts';
import { accept, classify, mapUrl, NEEDS_A_PERSON } from '../src/lib/sources/watch.ts';
import { markdownReport, textReport } from '../src/lib/sources/report.ts';

const args = process.argv.slice(2);
const flag = (n) => args.includes(n);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const many = (n) => args.flatMap((a, i) => (a === n && args[i + 1] ? [args[i + 1]] : []));
const lang = opt('--lang', 'es') === 'en' ? 'en' : 'es';
const root = resolve(opt('--root', '.'));
const lockPath = resolve(opt('--lock', join(root, 'data/sources.lock.json')));
const maps = many('--map').map((m) => {
  const i = m.indexOf('=');
  if (i < 1) {
    console.error(lang === 'es' ? `--map se escribe desde=hacia, por ejemplo --map https://www.bcn.cl/=http://localhost:8080/bcn/ (recibí "${m}")` : `--map is written from=to, e.g. --map https://www.bcn.cl/=http://localhost:8080/bcn/ (got "${m}")`);
    process.exit(2);
  }
  return [m.slice(0, i), m.slice(i + 1)];
});
const today = process.env.SOURCES_TODAY ?? new Date().toISOString().slice(0, 10);
const get = politeFetcher({
  concurrency: Number(opt('--concurrency', 4)),
  perHost: Number(opt('--per-host', 1)),
  timeoutMs: Number(opt('--timeout', 20000)),
  retries: Number(opt('--retries', 2)),
  backoffMs: Number(opt('--backoff', 1000)),
});

const { entries } = checkContent(root);
const texts = new Map();
const textOf = (file) => {
  if (!texts.has(file)) texts.set(file, existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined);
  return texts.get(file);
};
const citations = collectCitations(entries, textOf);
const lock = readLock(lockPath);

// --accept: a person checked the facts; today's text becomes the baseline.
const toAccept = many('--accept');
if (toAccept.length) {
  let failed = 0;
  for (const url of toAccept) {
    if (!citations.has(url)) {
      console.error(lang === 'es' ? `✗ ${url}: ningún contenido cita esta dirección` : `✗ ${url}: no content cites this address`);
      failed++;
      continue;
    }
    const fetched = mapUrl(url, maps);
    const ok = await accept(url, fetched, await get(fetched), lock, today, mainText);
    if (ok) writeLock(lockPath, lock);
    else failed++;
    console.log(ok ? `✓ ${url}` : `✗ ${url}: ${lang === 'es' ? 'no se pudo leer; nada cambió' : 'could not be read; nothing changed'}`);
  }
  process.exit(failed ? 1 : 0);
}

const only = opt('--only');
const urls = [...citations.keys()].filter((u) => !only || u.startsWith(only));
let answered = 0;
const results = await Promise.all(
  urls.map(async (url) => {
    const fetched = mapUrl(url, maps);
    const result = await get(fetched);
    if (result.kind !== 'network') answered++;
    const r = await classify(url, fetched, result, lock, today, mainText, () => answered > 0);
    // Saved after each source: an interrupted run keeps what it learnt.
    if (r.outcome === 'new' || r.outcome === 'unchanged') writeLock(lockPath, lock);
    if (!flag('--json') && !flag('--markdown') && process.stderr.isTTY) process.stderr.write('.');
    return r;
  }),
);
if (process.stderr.isTTY) process.stderr.write('\n');
results.sort((a, b) => a.url.localeCompare(b.url));
if (flag('--json')) {
  console.log(JSON.stringify({ checked: today, results: results.map((r) => ({ ...r, citedBy: citations.get(r.url) ?? [] })) }, null, 2));
} else if (flag('--markdown')) {
  process.stdout.write(markdownReport(results, citations, lang));
} else {
  console.log(textReport(results, citations, lang, flag('--all')));
}
process.exit(results.some((r) => NEEDS_A_PERSON.includes(r.outcome)) ? 1 : 0);
