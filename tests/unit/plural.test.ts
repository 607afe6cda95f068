import { describe, it, expect } from 'vitest';
import { plural, pluralForms } from '../../src/i18n/plural.ts';

/** The number as `Intl` writes it for `locale` (never hard-coded: ICU versions differ). */
const num = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);

/**
 * A fake Spanish translator, like `n => t('search.results', { count: n })`
 * with `_one`, `_many` and `_other` keys. i18next interpolates the raw number.
 */
const esWithMany = (n: number) => (n === 1 ? `${n} resultado` : n === 1_000_000 ? `${n} de resultados` : `${n} resultados`);
/** The same without a `_many` key (most catalogs): i18next then uses `_other`. */
const esWithoutMany = (n: number) => (n === 1 ? `${n} resultado` : `${n} resultados`);

/**
 * A fake Arabic translator with the six CLDR categories written out by hand
 * (not via Intl.PluralRules, so the test does not check Intl against itself):
 * zero 0; one 1; two 2; few n%100 in 3..10; many n%100 in 11..99; other the rest.
 */
function arCategory(n: number): string {
  const r = n % 100;
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  if (r >= 3 && r <= 10) return 'few';
  if (r >= 11 && r <= 99) return 'many';
  return 'other';
}
const arTemplates: Record<string, string> = {
  zero: 'لا توجد نتائج ({{n}})',
  one: 'نتيجة واحدة ({{n}})',
  two: 'نتيجتان ({{n}})',
  few: '{{n}} نتائج',
  many: '{{n}} نتيجة',
  other: '{{n}} نتيجةً',
};
const arFormat = (n: number) => arTemplates[arCategory(n)].replace('{{n}}', String(n));
/** What `plural` should say for `n`: the category's text with the number as Intl writes it in Arabic. */
const arExpected = (n: number) => arTemplates[arCategory(n)].replace('{{n}}', num('ar', n));

describe('pluralForms + plural: Spanish', () => {
  const forms = pluralForms('es', esWithMany);

  it('builds one/other templates with {{count}} in place of the number', () => {
    expect(forms.one).toBe('{{count}} resultado');
    expect(forms.other).toBe('{{count}} resultados');
    expect(forms.zero).toBeUndefined();
    expect(forms.two).toBeUndefined();
  });

  it('1 is singular, 0 and 2 are plural', () => {
    expect(plural('es', forms, 1)).toBe('1 resultado');
    expect(plural('es', forms, 0)).toBe('0 resultados');
    expect(plural('es', forms, 2)).toBe('2 resultados');
    expect(plural('es', forms, 21)).toBe('21 resultados');
  });

  it('a million uses the `many` form when the translator gives one', () => {
    expect(forms.many).toBe('{{count}} de resultados');
    expect(plural('es', forms, 1_000_000)).toBe(`${num('es', 1_000_000)} de resultados`);
    expect(plural('es', forms, 2_000_000)).toBe(`${num('es', 2_000_000)} de resultados`);
    // Not a round million: back to `other`.
    expect(plural('es', forms, 1_000_001)).toBe(`${num('es', 1_000_001)} resultados`);
  });

  it('without a `many` text, a million reads as `other`', () => {
    const plain = pluralForms('es', esWithoutMany);
    expect(plural('es', plain, 1_000_000)).toBe(`${num('es', 1_000_000)} resultados`);
  });

  it('formats the number the Spanish way (grouping from Intl)', () => {
    const text = plural('es', forms, 12_345);
    expect(text).toBe(`${num('es', 12_345)} resultados`);
    // Intl groups five-digit numbers in Spanish, so the raw digits must not appear.
    expect(num('es', 12_345)).not.toBe('12345');
    expect(text).not.toContain('12345');
  });
});

describe('pluralForms + plural: Arabic, six categories', () => {
  const forms = pluralForms('ar', arFormat);

  it('builds a template for each of zero, one, two, few, many, other', () => {
    expect(forms).toEqual({
      zero: 'لا توجد نتائج ({{count}})',
      one: 'نتيجة واحدة ({{count}})',
      two: 'نتيجتان ({{count}})',
      few: '{{count}} نتائج',
      many: '{{count}} نتيجة',
      other: '{{count}} نتيجةً',
    });
  });

  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [10, 'few'],
    [11, 'many'],
    [99, 'many'],
    [100, 'other'],
    [102, 'other'],
    [103, 'few'],
    [111, 'many'],
    [1000, 'other'],
  ])('%i picks the %s form', (n, cat) => {
    expect(arCategory(n)).toBe(cat);
    expect(plural('ar', forms, n)).toBe(arExpected(n));
  });

  it('formats the number as Intl does for ar', () => {
    const n = 1_234_567; // 1234567 % 100 = 67: many
    expect(plural('ar', forms, n)).toBe(`${num('ar', n)} نتيجة`);
    // Whatever ICU's Arabic digits or separators are, they are not the bare digits.
    expect(num('ar', n)).not.toBe(String(n));
    expect(plural('ar', forms, n)).not.toContain(String(n));
  });
});

describe('pluralForms + plural: Haitian Creole (not in ICU)', () => {
  const ht = (n: number) => (n === 1 ? `${n} rezilta` : `${n} rezilta yo`);

  it('builds one/other templates without throwing', () => {
    expect(() => pluralForms('ht', ht)).not.toThrow();
    const forms = pluralForms('ht', ht);
    expect(Object.keys(forms).sort()).toEqual(['one', 'other']);
    expect(forms).toEqual({ one: '{{count}} rezilta', other: '{{count}} rezilta yo' });
  });

  it('1 is singular; 0, 2 and a million are plural (one/other, not French 0-is-singular)', () => {
    const forms = pluralForms('ht', ht);
    expect(plural('ht', forms, 1)).toBe('1 rezilta');
    expect(plural('ht', forms, 0)).toBe('0 rezilta yo');
    expect(plural('ht', forms, 2)).toBe('2 rezilta yo');
    expect(plural('ht', forms, 1_000_000)).toBe(`${num('fr', 1_000_000)} rezilta yo`);
  });

  it('formats numbers the French way (ICU has no Haitian number format)', () => {
    const forms = pluralForms('ht', ht);
    expect(num('fr', 1234)).not.toBe('1234');
    expect(plural('ht', forms, 1234)).toBe(`${num('fr', 1234)} rezilta yo`);
  });
});

describe('pluralForms + plural: French', () => {
  const fr = (n: number) => (n <= 1 ? `${n} résultat` : n === 1_000_000 ? `${n} de résultats` : `${n} résultats`);
  const forms = pluralForms('fr', fr);

  it('0 and 1 are singular, 2 plural, a million `many`', () => {
    expect(plural('fr', forms, 0)).toBe('0 résultat');
    expect(plural('fr', forms, 1)).toBe('1 résultat');
    expect(plural('fr', forms, 2)).toBe('2 résultats');
    expect(plural('fr', forms, 1_000_000)).toBe(`${num('fr', 1_000_000)} de résultats`);
  });

  it('formats the number as Intl does for fr', () => {
    expect(plural('fr', forms, 4321)).toBe(`${num('fr', 4321)} résultats`);
    expect(plural('fr', forms, 4321)).not.toContain('4321');
  });
});
