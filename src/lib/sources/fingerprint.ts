/**
 * A page's main text reduced to what a reader would call its content, so a
 * new date line, a visit counter or a changed menu is not a change: dates
 * and counters are removed, spacing and case are normalized. The fingerprint
 * is a hash of that; sentence hashes let a report show what is new.
 */
import { createHash } from 'node:crypto';

const MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic';

/** Date expressions in the languages our sources use, and "updated on"/"visits" lines. */
const NOISE: RegExp[] = [
  // "Última actualización: …", "Last updated …", "Fecha de publicación …" up to the end of the line.
  /\b(última actualización|ultima actualizacion|actualizado el|actualizado|fecha de (?:publicación|publicacion|modificación|modificacion|actualización|actualizacion)|last (?:updated|modified|reviewed)|updated on|date modified|mis à jour le|mise à jour|atualizado em|última atualização)\b[^\n]*/giu,
  // 6 de diciembre de 2026, December 6, 2026, 6 December 2026, 6 déc. 2026
  new RegExp(`\\b\\d{1,2}(?:º|°)?\\s+(?:de\\s+)?(?:${MONTHS})\\.?(?:\\s+(?:de\\s+|del\\s+)?\\d{4})?\\b`, 'giu'),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'giu'),
  // 2026-12-06, 06/12/2026, 6.12.2026, 14:05 (times)
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b/gu,
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/gu,
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|hrs?\.?|h)?\b/giu,
  // 1.234 visitas, 12 views, 3 comentarios, 5 min de lectura
  /\b\d[\d.,]*\s+(?:visitas|vistas|views|visits|lecturas|reads|comentarios|comments|compartidos|shares|me gusta|likes|min(?:utos)? de lectura|min read)\b/giu,
];

/** The text without dates, counters and extra spacing, in lower case. */
export function normalizeText(text: string): string {
  let t = text.normalize('NFC');
  for (const re of NOISE) t = t.replace(re, ' ');
  return t
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/** Sentences (or short lines) of a normalized text. */
export function sentences(normalized: string): string[] {
  return normalized
    .split(/(?<=[.!?;:])\s+|\s*\n\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12);
}

const hash = (s: string, n = 64) => createHash('sha256').update(s).digest('hex').slice(0, n / 4);

/** What the lock file keeps of a page's text. */
export interface Fingerprint {
  /** Hash of the whole normalized text. */
  hash: string;
  /** Short hashes of its sentences (at most 400), to tell which are new. */
  sentences: string[];
  /** The first words, for a person to recognize the page. */
  excerpt: string;
}

/** The fingerprint of a page's main text. */
export function fingerprint(text: string): Fingerprint {
  const normalized = normalizeText(text);
  const list = sentences(normalized);
  return { hash: hash(normalized), sentences: list.slice(0, 400).map((s) => hash(s, 32)), excerpt: normalized.slice(0, 160) };
}

/** Up to `max` sentences of `text` that were not in the old fingerprint: what a person should read. */
export function newSentences(old: Pick<Fingerprint, 'sentences'>, text: string, max = 3): string[] {
  const known = new Set(old.sentences);
  return sentences(normalizeText(text))
    .filter((s) => !known.has(hash(s, 32)))
    .slice(0, max)
    .map((s) => (s.length > 200 ? `${s.slice(0, 197)}…` : s));
}
