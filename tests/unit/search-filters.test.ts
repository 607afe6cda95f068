import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pagefindFilters, SEARCH_TYPES, type SearchInfo } from '../../src/lib/web/search-filters.ts';
import { useT } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/i18n/locale.ts';

/**
 * The filters a page gives Pagefind, as src/layouts/Base.astro writes them:
 * one `type`, an optional `topic`, and one `country` per country code, or
 * the single value `all` for pages that apply everywhere.
 */
function pageFilters(search: SearchInfo): Record<string, string[]> {
  const country = search.countries === undefined ? [] : search.countries === 'all' ? ['all'] : [...search.countries];
  return { type: [search.type], ...(search.topic ? { topic: [search.topic] } : {}), country };
}

/** Pagefind's matching for `{ key: { any: [...] } }`: every key must share at least one value with the page. */
function matches(page: Record<string, string[]>, filters: Record<string, { any: string[] }>): boolean {
  return Object.entries(filters).every(([key, { any }]) => any.some((v) => (page[key] ?? []).includes(v)));
}

const PAGES: Record<string, SearchInfo> = {
  guideEverywhere: { type: 'guide', countries: 'all', topic: 'asylum' },
  guideMxCo: { type: 'guide', countries: ['mx', 'co'], topic: 'work' },
  scamPe: { type: 'scam', countries: ['pe'] },
  serviceMx: { type: 'service', countries: ['mx'] },
  serviceCa: { type: 'service', countries: ['ca'] },
  course: { type: 'course', countries: 'all' },
  emergency: { type: 'page', countries: 'all' },
};
const found = (filters: Record<string, { any: string[] }>) =>
  Object.entries(PAGES)
    .filter(([, s]) => matches(pageFilters(s), filters))
    .map(([name]) => name)
    .sort();

describe('pagefindFilters', () => {
  it('no type and no country: no filter at all (every page matches)', () => {
    expect(pagefindFilters('', '')).toEqual({});
    expect(found(pagefindFilters('', ''))).toEqual(Object.keys(PAGES).sort());
  });

  it('a type alone filters on `type` only', () => {
    expect(pagefindFilters('service', '')).toEqual({ type: { any: ['service'] } });
    expect(found(pagefindFilters('service', ''))).toEqual(['serviceCa', 'serviceMx']);
  });

  it('a country alone also matches pages marked `all` (they apply in every country)', () => {
    expect(pagefindFilters('', 'mx')).toEqual({ country: { any: ['mx', 'all'] } });
    expect(found(pagefindFilters('', 'mx'))).toEqual(['course', 'emergency', 'guideEverywhere', 'guideMxCo', 'serviceMx']);
  });

  it('type and country together narrow on both', () => {
    expect(pagefindFilters('guide', 'co')).toEqual({ type: { any: ['guide'] }, country: { any: ['co', 'all'] } });
    expect(found(pagefindFilters('guide', 'co'))).toEqual(['guideEverywhere', 'guideMxCo']);
    expect(found(pagefindFilters('service', 'mx'))).toEqual(['serviceMx']);
    expect(found(pagefindFilters('scam', 'mx'))).toEqual([]);
  });

  it('uses only filter names the pages are tagged with in Base.astro', () => {
    const base = readFileSync(resolve(__dirname, '../../src/layouts/Base.astro'), 'utf8');
    const tagged = new Set([...base.matchAll(/data-pagefind-filter="(\w+)\[data-value\]"/g)].map((m) => m[1]));
    expect(tagged.has('type')).toBe(true);
    expect(tagged.has('country')).toBe(true);
    for (const key of Object.keys(pagefindFilters('guide', 'mx'))) expect(tagged, key).toContain(key);
    // …and pages for every country are tagged with the same word the filter adds.
    expect(base).toMatch(/countries\s*===\s*'all'\s*\?\s*\[\s*'all'\s*\]/);
    expect(pagefindFilters('', 'mx').country.any).toContain('all');
  });

  it('unknown values are passed through as given: an unknown type finds nothing, an unknown country only `all` pages', () => {
    expect(pagefindFilters('video', '')).toEqual({ type: { any: ['video'] } });
    expect(found(pagefindFilters('video', ''))).toEqual([]);
    expect(pagefindFilters('', 'zz')).toEqual({ country: { any: ['zz', 'all'] } });
    expect(found(pagefindFilters('', 'zz'))).toEqual(['course', 'emergency', 'guideEverywhere']);
    // Values are not trimmed or lower-cased: the select's option values are used verbatim.
    expect(pagefindFilters('Guide', 'MX')).toEqual({ type: { any: ['Guide'] }, country: { any: ['MX', 'all'] } });
  });

  it('returns a new object each time (callers may keep it)', () => {
    const a = pagefindFilters('guide', 'mx');
    a.type.any.push('scam');
    expect(pagefindFilters('guide', 'mx')).toEqual({ type: { any: ['guide'] }, country: { any: ['mx', 'all'] } });
  });
});

describe('SEARCH_TYPES', () => {
  it('lists the five content types, without duplicates', () => {
    expect([...SEARCH_TYPES].sort()).toEqual(['course', 'guide', 'page', 'scam', 'service']);
    expect(new Set(SEARCH_TYPES).size).toBe(SEARCH_TYPES.length);
  });

  it('the types pages tag themselves with are exactly the ones the search can filter on', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.astro')) {
          const src = readFileSync(full, 'utf8');
          for (const m of src.matchAll(/search=\{[^}]*?\{\s*type:\s*'(\w+)'/g)) used.add(m[1]);
          for (const m of src.matchAll(/<Article\b[^>]*\btype="(\w+)"/g)) used.add(m[1]);
        }
      }
    };
    walk(resolve(__dirname, '../../src'));
    for (const t of used) expect(SEARCH_TYPES as readonly string[], t).toContain(t);
    // …and no type in the filter is one that no page carries (it would always find nothing).
    expect([...used].sort()).toEqual([...SEARCH_TYPES].sort());
  });

  it('every type has a label in every language (the type filter and result tags show it)', () => {
    for (const lang of LANGS) {
      // Keys built at run time, as search.astro does: not checked against the catalog type.
      const t = useT(lang) as (key: string) => string;
      for (const type of SEARCH_TYPES) {
        const key = `search.type.${type}`;
        expect(t(key), `${lang} ${key}`).not.toBe(key);
        expect(t(key).trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });
});
