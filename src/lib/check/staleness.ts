/** Warnings about age: unreviewed and outdated translations, stale guides, unverified services. */
import { SOURCE_LANG } from '../../i18n/locales.ts';
import type { ContentProblem } from './problems.ts';
import type { CheckedEntry } from './types.ts';
import { msg } from '../../i18n/check/messages.ts';
import { monthsSince } from '../directory/records.ts';

/**
 * Warnings: unreviewed machine translations, outdated translations, stale
 * guides, services not verified for 6 months. With `strict` (releases), a
 * service not verified for 12 months is an error: people would act on it.
 */
export function staleness(entries: CheckedEntry[], now: Date, strict = false): ContentProblem[] {
  const out: ContentProblem[] = [];
  const source = new Map(entries.filter((e) => e.lang === SOURCE_LANG).map((e) => [`${e.collection}/${e.course ?? ''}/${e.slug}`, e]));
  const months = (iso: string) => monthsSince(iso, now);
  for (const e of entries) {
    const tr = e.data.translation as { machine: boolean; reviewed: boolean; source?: string } | undefined;
    if (tr?.machine && !tr.reviewed) {
      out.push({ file: e.file, field: 'translation.reviewed', problem: msg('machine-translation-not-yet-reviewed'), fix: msg('ask-someone-who-reads-both'), severity: 'warning' });
    }
    const es = e.lang && e.lang !== SOURCE_LANG ? source.get(`${e.collection}/${e.course ?? ''}/${e.slug}`) : undefined;
    const esReviewed = es?.data.reviewed as string | undefined;
    if (tr?.source && esReviewed && esReviewed > tr.source) {
      out.push({ file: e.file, field: 'translation.source', problem: msg('spanish-page-was-reviewed-after', esReviewed, tr.source), fix: msg('update-translation-from-spanish-page'), severity: 'warning' });
    }
    if ((e.collection === 'guides' || e.collection === 'scams') && e.lang === SOURCE_LANG && typeof e.data.reviewed === 'string' && months(e.data.reviewed) >= 12) {
      out.push({ file: e.file, field: 'reviewed', problem: msg('not-reviewed-months-since', months(e.data.reviewed), e.data.reviewed), fix: msg('check-facts-sources-then-update'), severity: 'warning' });
    }
    if (e.collection === 'directory' && typeof e.data.assured === 'string' && months(e.data.assured) >= 6) {
      const severity = strict && months(e.data.assured) >= 12 ? 'error' : 'warning';
      out.push({ file: e.file, field: 'assured', problem: msg('not-verified-months-since', months(e.data.assured), e.data.assured), fix: msg('call-check-service-then-update'), severity });
    }
  }
  return out;
}
