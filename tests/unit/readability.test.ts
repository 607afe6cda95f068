import { describe, it, expect } from 'vitest';
import { syllables, readability, mdxToText } from '../../src/lib/check/readability.ts';

describe('Spanish syllables', () => {
  const cases: [string, number][] = [
    ['casa', 2],
    ['migrante', 3],
    ['refugio', 3], // re-fu-gio (diphthong io)
    ['país', 2], // pa-ís (accented weak vowel: hiatus)
    ['poeta', 3], // po-e-ta (hiatus)
    ['ciudad', 2], // ciu-dad
    ['que', 1],
    ['guitarra', 3],
    ['hoy', 1],
    ['asilo', 3],
    ['Documentos', 4],
    ['Oaxaca', 4], // O-a-xa-ca,
  ];
  for (const [w, n] of cases) it(`${w} → ${n}`, () => expect(syllables(w)).toBe(n));
});

describe('readability', () => {
  it('scores short plain sentences as easy and long dense ones as hard', () => {
    const easy = readability('Tienes derechos. Puedes pedir ayuda. Es gratis. Llama hoy.');
    const hard = readability(
      'La determinación de la condición de refugiado corresponde a la autoridad administrativa competente, conforme a la normativa internacional vigente y a los procedimientos establecidos reglamentariamente.',
    );
    expect(easy.fernandezHuerta).toBeGreaterThan(80);
    expect(hard.fernandezHuerta).toBeLessThan(30);
    expect(easy.inflesz).toBeGreaterThan(hard.inflesz);
  });
  it('counts words, sentences and syllables', () => {
    expect(readability('Tienes derechos. Es gratis.')).toMatchObject({ words: 4, sentences: 2, syllables: 8 });
  });
  it('reads MDX as prose: headings and list items end sentences, links keep their text', () => {
    const text = mdxToText('---\ntitle: x\n---\n## ¿Qué es?\n\n- Uno\n- [Dos](https://a.org/)\n');
    expect(text).toBe('¿Qué es?\nUno.\nDos.');
  });
});
