/**
 * A legal fact whose content changed without a new `changes` entry: readers
 * who acted on the old rule would not be told. Compares a country file's
 * asylum facts with an earlier version of the same file (the check takes it
 * from Git: the previous commit that touched the file). A warning, not an
 * error: a typo fix needs no entry. Pure.
 */
import type { ContentProblem } from './problems.ts';
import { msg } from '../../i18n/check/messages.ts';

type Fact = { id?: string; text?: Record<string, string>; amount?: number; unit?: string; from?: string; changes?: unknown[] };
type Asylum = { authority?: Fact; deadlines?: Fact[]; conditions?: Fact[]; noDeadline?: Fact };

/** Facts keyed by where they are: `authority`, `deadlines[0]`, `conditions.<id>`, `noDeadline`. */
function facts(a: Asylum | undefined): Map<string, Fact> {
  const out = new Map<string, Fact>();
  if (!a) return out;
  if (a.authority) out.set('asylum.authority', a.authority);
  (a.deadlines ?? []).forEach((d, i) => out.set(`asylum.deadlines[${i}]`, d));
  (a.conditions ?? []).forEach((c, i) => out.set(`asylum.conditions.${c.id ?? i}`, c));
  if (a.noDeadline) out.set('asylum.noDeadline', a.noDeadline);
  return out;
}

/** What a reader acts on: the Spanish text and the deadline's numbers. */
const value = (f: Fact) => JSON.stringify([f.text?.es?.trim(), f.amount, f.unit, f.from]);

/** Facts of `file` whose value differs from `before` while their `changes` did not grow. */
export function unannouncedLegalChanges(file: string, before: Asylum | undefined, after: Asylum | undefined): ContentProblem[] {
  const old = facts(before);
  const out: ContentProblem[] = [];
  for (const [field, fact] of facts(after)) {
    const was = old.get(field);
    if (!was || value(was) === value(fact)) continue;
    if ((fact.changes?.length ?? 0) > (was.changes?.length ?? 0)) continue;
    out.push({ file, field, problem: msg('legal-fact-changed-without-note'), fix: msg('add-change-entry'), severity: 'warning' });
  }
  return out;
}
