/** Warnings about age: unreviewed and outdated translations, stale guides, unverified services. */
import { SOURCE_LANG } from '../../i18n/locales.ts';
import type { ContentProblem } from '../content-problems.ts';
import type { CheckedEntry } from './types.ts';

const MONTH = 30.44 * 24 * 3600 * 1000;

/** Warnings: unreviewed machine translations, outdated translations, stale guides, unverified services. */
export function staleness(entries: CheckedEntry[], now: Date): ContentProblem[] {
  const out: ContentProblem[] = [];
  const source = new Map(entries.filter((e) => e.lang === SOURCE_LANG).map((e) => [`${e.collection}/${e.course ?? ''}/${e.slug}`, e]));
  const months = (iso: string) => Math.floor((now.getTime() - Date.parse(iso)) / MONTH);
  for (const e of entries) {
    const tr = e.data.translation as { machine: boolean; reviewed: boolean; source?: string } | undefined;
    if (tr?.machine && !tr.reviewed) {
      out.push({ file: e.file, field: 'translation.reviewed', problem: 'machine translation not yet reviewed by a person', fix: 'ask someone who reads both languages to check it, then set translation.reviewed: true', severity: 'warning' });
    }
    const es = e.lang && e.lang !== SOURCE_LANG ? source.get(`${e.collection}/${e.course ?? ''}/${e.slug}`) : undefined;
    const esReviewed = es?.data.reviewed as string | undefined;
    if (tr?.source && esReviewed && esReviewed > tr.source) {
      out.push({ file: e.file, field: 'translation.source', problem: `the Spanish page was reviewed on ${esReviewed}, after this translation (${tr.source})`, fix: 'update the translation from the Spanish page, then set translation.source to its reviewed date', severity: 'warning' });
    }
    if ((e.collection === 'guides' || e.collection === 'scams') && e.lang === SOURCE_LANG && typeof e.data.reviewed === 'string' && months(e.data.reviewed) >= 12) {
      out.push({ file: e.file, field: 'reviewed', problem: `not reviewed for ${months(e.data.reviewed)} months (since ${e.data.reviewed})`, fix: 'check the facts and sources, then update `reviewed`', severity: 'warning' });
    }
    if (e.collection === 'directory' && typeof e.data.assured === 'string' && months(e.data.assured) >= 6) {
      out.push({ file: e.file, field: 'assured', problem: `not verified for ${months(e.data.assured)} months (since ${e.data.assured})`, fix: 'call or check the service, then update `assured`', severity: 'warning' });
    }
  }
  return out;
}
