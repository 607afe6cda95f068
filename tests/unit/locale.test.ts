import { describe, it, expect } from 'vitest';
import { dirOf, formatDate, pick, telHref, whatsappHref, displayPhone, isLang } from '../../src/i18n/locale.ts';
import { localize } from '../../src/i18n/localize.ts';

describe('locale helpers', () => {
  it('writes Arabic right to left and the others left to right', () => {
    expect(dirOf('ar')).toBe('rtl');
    for (const l of ['es', 'en', 'fr', 'pt', 'ht']) expect(dirOf(l)).toBe('ltr');
  });
  it('formats dates per language, Haitian Creole by hand', () => {
    expect(formatDate('es', '2026-11-24')).toBe('24 de noviembre de 2026');
    expect(formatDate('en', '2026-11-24')).toBe('November 24, 2026');
    expect(formatDate('fr', '2026-01-05')).toBe('5 janvier 2026');
    expect(formatDate('ht', '2026-11-24')).toBe('24 novanm 2026');
    expect(formatDate('ar', '2026-11-24')).toMatch(/نوفمبر/);
  });
  it('falls back to Spanish for a missing translation and says so', () => {
    expect(pick({ es: 'Hola', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en' });
    expect(pick({ es: 'Hola' }, 'ar')).toEqual({ text: 'Hola', lang: 'es' });
  });
  it('builds phone links', () => {
    expect(telHref('911')).toBe('tel:911');
    expect(whatsappHref('+5491127716463')).toBe('https://wa.me/5491127716463');
    expect(displayPhone('+56322123456')).toBe('+56 322123456');
    expect(displayPhone('+18339001010')).toBe('+1 8339001010');
  });
  it('knows the portal languages', () => {
    expect(isLang('ht')).toBe(true);
    expect(isLang('de')).toBe(false);
  });
});

describe('localize', () => {
  const e = (id: string, draft = false) => ({ id, data: { draft } });
  const entries = [e('es/a'), e('es/b'), e('en/a'), e('es/c', true), e('en/c'), e('fr/b', true)];
  it('uses the translation when there is one, else the Spanish page marked as fallback', () => {
    const en = localize(entries, 'en');
    expect(en.map((p) => [p.slug, p.entry.id, p.fallback])).toEqual([
      ['a', 'en/a', false],
      ['b', 'es/b', true],
    ]);
  });
  it('never shows drafts, in any language', () => {
    expect(localize(entries, 'es').map((p) => p.slug)).toEqual(['a', 'b']);
    expect(localize(entries, 'fr').map((p) => [p.slug, p.fallback])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });
});

describe('latinRuns: Latin names inside right-to-left text', () => {
  it('marks the Latin run inside brackets, not the brackets', async () => {
    const { latinRuns } = await import('../../src/i18n/locale.ts');
    expect(latinRuns('النيابة العامة (Fiscalía de Chile)')).toEqual([
      { text: 'النيابة العامة (', latin: false },
      { text: 'Fiscalía de Chile', latin: true },
      { text: ')', latin: false },
    ]);
    expect(latinRuns('شرطة التحقيقات (PDI)')).toEqual([
      { text: 'شرطة التحقيقات (', latin: false },
      { text: 'PDI', latin: true },
      { text: ')', latin: false },
    ]);
  });

  it('leaves text without Latin letters whole, and a Latin-only name one run', async () => {
    const { latinRuns } = await import('../../src/i18n/locale.ts');
    expect(latinRuns('خط الأطفال 147')).toEqual([{ text: 'خط الأطفال 147', latin: false }]);
    expect(latinRuns('Legal Aid BC')).toEqual([{ text: 'Legal Aid BC', latin: true }]);
  });
});
