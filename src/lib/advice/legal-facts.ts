/**
 * Age of the legal facts that decide a case (docs/architecture.md "Legal facts"):
 * each fact of a country's `asylum` block carries the date a person last
 * checked it against its sources; past 12 months it is stale. Pure.
 */

/** A fact is stale once this many months have passed since it was verified. */
const STALE_AFTER_MONTHS = 12;

/** The shape of the asylum block this module reads (see src/schemas/asylum.ts). */
export interface DatedFacts {
  authority: { verified: string };
  deadlines?: { verified: string }[];
  noDeadline?: { verified: string };
  conditions?: { verified: string }[];
}

/** One dated fact: its field path in the country file and its `verified` date. */
export interface DatedFact {
  /** Path of the `verified` field, e.g. `asylum.deadlines[0].verified`. */
  field: string;
  /** Path as keys, for finding the line in the YAML file. */
  path: (string | number)[];
  verified: string;
}

/** Every dated fact of an asylum block, in the order of the file. */
export function datedFacts(asylum: DatedFacts): DatedFact[] {
  const out: DatedFact[] = [{ field: 'asylum.authority.verified', path: ['asylum', 'authority', 'verified'], verified: asylum.authority.verified }];
  (asylum.deadlines ?? []).forEach((d, i) => out.push({ field: `asylum.deadlines[${i}].verified`, path: ['asylum', 'deadlines', i, 'verified'], verified: d.verified }));
  if (asylum.noDeadline) out.push({ field: 'asylum.noDeadline.verified', path: ['asylum', 'noDeadline', 'verified'], verified: asylum.noDeadline.verified });
  (asylum.conditions ?? []).forEach((c, i) => out.push({ field: `asylum.conditions[${i}].verified`, path: ['asylum', 'conditions', i, 'verified'], verified: c.verified }));
  return out;
}

/** The day a fact verified on `iso` (YYYY-MM-DD) becomes stale: the same day 12 months later. */
export function staleFrom(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + STALE_AFTER_MONTHS, d));
  // 29 February + 12 months rolls into March: keep the last day of February.
  if (date.getUTCDate() !== d) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** True when a fact verified on `iso` is more than 12 months old on `now`. */
export function isStale(iso: string, now: Date): boolean {
  return now.toISOString().slice(0, 10) > staleFrom(iso);
}

/** The stale facts of an asylum block on `now`. */
export function staleFacts(asylum: DatedFacts, now: Date): DatedFact[] {
  return datedFacts(asylum).filter((f) => isStale(f.verified, now));
}
