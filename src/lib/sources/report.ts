/**
 * The source watch's report for people: in the volunteer's language (es or
 * en), as terminal text or Markdown (for an issue or a pull request), each
 * source with what happened and the facts to re-verify (`file:line — field`).
 */
import type { Citation } from './collect.ts';
import { NEEDS_A_PERSON, type Outcome, type SourceResult } from './watch.ts';

type Lang = 'es' | 'en';

const WORDS: Record<Lang, Record<Outcome | 'title' | 'recheck' | 'none' | 'summary' | 'unreachableNote', string>> = {
  es: {
    title: 'Fuentes citadas',
    new: 'nueva (guardada como referencia)',
    unchanged: 'sin cambios',
    changed: 'CAMBIÓ: vuelve a leer los datos que la citan',
    moved: 'SE MUDÓ: ahora lleva a otra dirección',
    dead: 'NO EXISTE (error o página borrada)',
    unreachable: 'no se pudo leer esta vez (error de red; no es un cambio)',
    recheck: 'Datos que hay que volver a verificar',
    none: 'Ninguna fuente necesita a una persona.',
    summary: '{{n}} fuentes: {{needs}} necesitan a una persona, {{unreachable}} no se pudieron leer esta vez.',
    unreachableNote: 'Cuando vuelvas a leer los datos, actualiza su fecha `verified` (o `reviewed`) y ejecuta `npm run sources:check -- --accept <dirección>`.',
  },
  en: {
    title: 'Cited sources',
    new: 'new (recorded as the baseline)',
    unchanged: 'unchanged',
    changed: 'CHANGED: re-read the facts that cite it',
    moved: 'MOVED: it now leads to another address',
    dead: 'DEAD (error or page removed)',
    unreachable: 'could not be read this time (network error; not a change)',
    recheck: 'Facts to re-verify',
    none: 'No source needs a person.',
    summary: '{{n}} sources: {{needs}} need a person, {{unreachable}} could not be read this time.',
    unreachableNote: 'When you have re-read the facts, update their `verified` (or `reviewed`) date and run `npm run sources:check -- --accept <address>`.',
  },
};

function detail(r: SourceResult): string {
  const bits: string[] = [];
  if (r.status) bits.push(`HTTP ${r.status}`);
  if (r.code) bits.push(r.code);
  if (r.finalUrl && r.finalUrl !== r.fetched && (r.outcome === 'moved' || r.outcome === 'dead')) bits.push(`→ ${r.finalUrl}`);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

const cite = (c: Citation) => `${c.file}${c.line ? `:${c.line}` : ''} — ${c.field}`;

/** Counts per outcome. */
export function tally(results: readonly SourceResult[]): Record<Outcome, number> {
  const out = { new: 0, unchanged: 0, changed: 0, moved: 0, dead: 0, unreachable: 0 };
  for (const r of results) out[r.outcome]++;
  return out;
}

/** The summary line. */
export function summaryLine(results: readonly SourceResult[], lang: Lang): string {
  const t = tally(results);
  return WORDS[lang].summary
    .replace('{{n}}', String(results.length))
    .replace('{{needs}}', String(t.changed + t.moved + t.dead))
    .replace('{{unreachable}}', String(t.unreachable));
}

/** Terminal text: sources that need a person, with their facts; then the unreachable ones; then the summary. */
export function textReport(results: readonly SourceResult[], citations: ReadonlyMap<string, Citation[]>, lang: Lang, all = false): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  const shown = results.filter((r) => all || NEEDS_A_PERSON.includes(r.outcome) || r.outcome === 'unreachable');
  for (const r of shown) {
    lines.push(`${NEEDS_A_PERSON.includes(r.outcome) ? '✗' : r.outcome === 'unreachable' ? '?' : '·'} ${r.url}`);
    lines.push(`  ${w[r.outcome]}${detail(r)}`);
    for (const s of r.excerpt ?? []) lines.push(`  + «${s}»`);
    if (NEEDS_A_PERSON.includes(r.outcome)) for (const c of citations.get(r.url) ?? []) lines.push(`    ${cite(c)}`);
  }
  if (!results.some((r) => NEEDS_A_PERSON.includes(r.outcome))) lines.push(w.none);
  else lines.push('', w.unreachableNote);
  lines.push('', summaryLine(results, lang));
  return lines.join('\n');
}

/** Markdown for an issue or a pull request. */
export function markdownReport(results: readonly SourceResult[], citations: ReadonlyMap<string, Citation[]>, lang: Lang): string {
  const w = WORDS[lang];
  const out = [`## ${w.title}`, '', summaryLine(results, lang), ''];
  const needs = results.filter((r) => NEEDS_A_PERSON.includes(r.outcome));
  if (!needs.length) out.push(w.none);
  for (const r of needs) {
    out.push(`### ${r.url}`, '', `**${w[r.outcome]}**${detail(r)}`, '');
    for (const s of r.excerpt ?? []) out.push(`> ${s}`, '');
    out.push(`${w.recheck}:`, '');
    for (const c of citations.get(r.url) ?? []) out.push(`- [ ] \`${cite(c)}\``);
    out.push('');
  }
  const unreachable = results.filter((r) => r.outcome === 'unreachable');
  if (unreachable.length) {
    out.push(`<details><summary>${w.unreachable}: ${unreachable.length}</summary>`, '');
    for (const r of unreachable) out.push(`- ${r.url}${detail(r)}`);
    out.push('', '</details>');
  }
  if (needs.length) out.push('', w.unreachableNote);
  return out.join('\n') + '\n';
}
