import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { asylumSchema, countrySchema } from '../../src/schemas/index.ts';
import { datedFacts, isStale, staleFacts, staleFrom } from '../../src/lib/advice/legal-facts.ts';
import { checkContent } from '../../src/lib/check/content-check.ts';
import { formatProblems } from '../../src/lib/check/problems.ts';

const src = [{ title: 'Ley 21.655 (BCN)', url: 'https://www.bcn.cl/leychile/navegar?idNorma=1201169' }];
const fact = (verified = '2026-11-29') => ({ text: { es: 'El Servicio Nacional de Migraciones.' }, sources: src, verified });
const asylum = {
  authority: fact(),
  deadlines: [{ amount: 7, unit: 'business-days', from: 'entry', ...fact() }],
  conditions: [{ id: 'arriving-directly', ...fact('2025-10-01') }],
};

describe('asylum facts schema', () => {
  it('accepts authority, deadlines and conditions, each sourced and dated', () => {
    const a = asylumSchema.parse(asylum);
    expect(a.deadlines?.[0]).toMatchObject({ amount: 7, unit: 'business-days', from: 'entry' });
    expect(asylumSchema.parse({ authority: fact() }).conditions).toEqual([]);
  });
  it('refuses a fact without a source, a date in the future, an unknown unit or a fractional amount', () => {
    expect(asylumSchema.safeParse({ ...asylum, authority: { ...fact(), sources: [] } }).success).toBe(false);
    expect(asylumSchema.safeParse({ ...asylum, authority: { text: { es: 'x' }, verified: '2026-11-01' } }).success).toBe(false);
    expect(asylumSchema.safeParse({ ...asylum, authority: fact('2999-01-01') }).success).toBe(false);
    expect(asylumSchema.safeParse({ ...asylum, deadlines: [{ ...asylum.deadlines[0], unit: 'weeks' }] }).success).toBe(false);
    expect(asylumSchema.safeParse({ ...asylum, deadlines: [{ ...asylum.deadlines[0], amount: 7.5 }] }).success).toBe(false);
    expect(asylumSchema.safeParse({ ...asylum, conditions: [{ ...asylum.conditions[0], id: 'Llegar Directo' }] }).success).toBe(false);
  });
  it('a law without a deadline is `noDeadline` with its source, never an empty list alone, never both', () => {
    expect(asylumSchema.safeParse({ authority: fact(), deadlines: [], noDeadline: fact() }).success).toBe(true);
    expect(asylumSchema.safeParse({ authority: fact(), deadlines: [] }).success).toBe(false);
    expect(asylumSchema.safeParse({ ...asylum, noDeadline: fact() }).success).toBe(false);
  });
  it('every country of the portal carries asylum facts whose authority has a source and a verified date', () => {
    for (const cc of ['AR', 'CA', 'CL', 'CO', 'MX', 'PE']) {
      const data = countrySchema.parse(parse(readFileSync(resolve(__dirname, `../../content/countries/${cc}.yaml`), 'utf8')));
      expect(data.asylum, cc).toBeDefined();
      expect(data.asylum!.authority.sources.length, cc).toBeGreaterThan(0);
      expect(data.asylum!.authority.verified, cc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('staleness of legal facts (12 months)', () => {
  it('a fact is stale the day after the same date a year later', () => {
    expect(staleFrom('2025-11-29')).toBe('2026-11-29');
    expect(isStale('2025-11-29', new Date('2026-11-29T12:00:00Z'))).toBe(false);
    expect(isStale('2025-11-29', new Date('2026-11-30T00:00:00Z'))).toBe(true);
    expect(isStale('2026-06-01', new Date('2026-11-29T00:00:00Z'))).toBe(false);
  });
  it('29 February plus a year is 28 February', () => {
    expect(staleFrom('2024-02-29')).toBe('2025-02-28');
  });
  it('names each dated fact by its field, and finds the stale ones', () => {
    expect(datedFacts(asylum).map((f) => f.field)).toEqual(['asylum.authority.verified', 'asylum.deadlines[0].verified', 'asylum.conditions[0].verified']);
    expect(staleFacts(asylum, new Date('2026-10-01')).length).toBe(0);
    expect(staleFacts(asylum, new Date('2026-10-02')).map((f) => f.field)).toEqual(['asylum.conditions[0].verified']);
    expect(staleFacts(asylum, new Date('2027-11-30')).length).toBe(3);
  });
});

describe('npm run check on a stale legal fact', () => {
  const root = resolve(__dirname, '../fixtures/stale-legal-fact');
  const now = new Date('2026-11-29T12:00:00Z');
  it('is a warning naming the file, the line and the field, with what to do', () => {
    const { problems } = checkContent(root, { now });
    const p = problems.find((x) => x.field === 'asylum.deadlines[0].verified');
    expect(p, formatProblems(problems)).toMatchObject({ file: 'content/countries/CL.yaml', severity: 'warning', line: 26 });
    expect(`${p!.problem} — ${p!.fix}`).toBe('verified 2023-01-15: more than 12 months ago (stale since 2024-01-15) — check it against its sources and update verified');
    // The authority, checked recently, is not reported.
    expect(problems.some((x) => x.field === 'asylum.authority.verified')).toBe(false);
    expect(problems.filter((x) => x.severity === 'error')).toEqual([]);
  });
  it('is an error with --strict (releases)', () => {
    const { problems } = checkContent(root, { now, strict: true });
    const errors = problems.filter((x) => x.severity === 'error');
    expect(errors.map((x) => x.field)).toEqual(['asylum.deadlines[0].verified']);
    expect(formatProblems(errors, 'es')).toMatch(/content\/countries\/CL\.yaml:26 — asylum\.deadlines\[0\]\.verified — verificado el 2023-01-15/);
  });
});
