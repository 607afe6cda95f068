import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { useT, UI_STRINGS, missingKeys } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/i18n/locale.ts';

const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('UI strings', () => {
  it('Spanish has every key any language has (es is the complete source)', () => {
    const es = new Set(Object.keys(UI_STRINGS.es).map(base));
    for (const l of LANGS) {
      const extra = Object.keys(UI_STRINGS[l]).map(base).filter((k) => !es.has(k));
      expect(extra, `${l}.json has keys Spanish lacks`).toEqual([]);
    }
  });

  it('every key used in the source code exists in Spanish', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(astro|tsx?)$/.test(name)) {
          for (const m of readFileSync(full, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]);
        }
      }
    };
    walk(resolve(__dirname, '../../src'));
    expect(used.size).toBeGreaterThan(30);
    const es = new Set(Object.keys(UI_STRINGS.es).map(base));
    expect([...used].filter((k) => !es.has(k))).toEqual([]);
  });

  it('a key missing in a language falls back to Spanish', () => {
    const t = useT('ht');
    expect(t('nav.home')).toBe('Akèy');
    // Every catalog is complete today, so a key is taken out of the Haitian
    // one for this test (the catalog object is the one i18next reads) and
    // put back afterwards. Testing only "whatever is missing now" never ran.
    const key = 'nav.search';
    const ht = UI_STRINGS.ht;
    const own = ht[key];
    const spanish = useT('es')(key);
    expect(own, `ht.json has ${key}`).toBeTruthy();
    expect(own, 'the test needs a key whose Haitian and Spanish texts differ').not.toBe(spanish);
    expect(missingKeys('ht')).not.toContain(key);
    try {
      delete ht[key];
      expect(missingKeys('ht')).toContain(key);
      expect(t(key)).toBe(spanish);
    } finally {
      ht[key] = own;
    }
    expect(missingKeys('ht')).not.toContain(key);
    expect(t(key)).toBe(own);
    // A key that exists nowhere comes back as itself, never as undefined.
    expect((t as (key: string) => string)('no.such.key')).toBe('no.such.key');
  });

  it('missingKeys counts a plural key as present when the language has its own forms', () => {
    // Spanish has a _many form (millions) that Haitian, with one/other only, has no use for.
    expect(UI_STRINGS.es['course.minutes_many']).toBeTruthy();
    expect(UI_STRINGS.ht['course.minutes_many']).toBeUndefined();
    expect(UI_STRINGS.ht['course.minutes_other']).toBeTruthy();
    const missing = missingKeys('ht');
    expect(missing).not.toContain('course.minutes');
    expect(missing).not.toContain('course.minutes_many');
  });

  it('plurals follow CLDR: Spanish many, Arabic all six forms', () => {
    expect(useT('es')('course.minutes', { count: 1 })).toBe('1 minuto');
    expect(useT('es')('course.minutes', { count: 5 })).toBe('5 minutos');
    expect(useT('es')('course.minutes', { count: 1_000_000 })).toBe('1000000 minutos');
    const ar = useT('ar');
    expect(ar('course.minutes', { count: 1 })).toBe('دقيقة واحدة');
    expect(ar('course.minutes', { count: 2 })).toBe('دقيقتان');
    expect(ar('course.minutes', { count: 5 })).toBe('5 دقائق');
    expect(ar('course.minutes', { count: 11 })).toBe('11 دقيقة');
  });

  it('the quick exit has the contract name in every language', () => {
    const names = { es: 'Salir rápido', en: 'Quick exit', fr: 'Sortie rapide', pt: 'Saída rápida', ht: 'Sòti vit', ar: 'خروج سريع' };
    for (const l of LANGS) expect(useT(l)('quickExit')).toBe(names[l]);
  });
});
