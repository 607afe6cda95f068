/**
 * Readability of Spanish text: Fernández-Huerta (1959, corrected) and
 * INFLESZ / Szigriszt-Pazos (1993). Both want high scores; 65+ is
 * "bastante fácil" on the INFLESZ scale. Pure.
 */

const VOWEL = /[aeiouáéíóúü]/;
const STRONG = /[aeoáéíóú]/;

/** Spanish syllable count of one word (heuristic: vowel nuclei with diphthongs and hiatus). */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-záéíóúüñy]/g, '');
  if (!w) return 0;
  // Silent u in que/qui/gue/gui; final y sounds as a vowel (hoy, muy).
  w = w.replace(/([qg])u([eiéí])/g, '$1$2').replace(/y$/, 'i');
  let count = 0;
  let prev = '';
  for (const ch of w) {
    if (VOWEL.test(ch)) {
      // Two strong vowels together are a hiatus: a new syllable.
      if (!prev || (STRONG.test(prev) && STRONG.test(ch))) count++;
      prev = ch;
    } else {
      prev = '';
    }
  }
  return Math.max(1, count);
}

/** Plain prose from MDX: no frontmatter, markup, links' addresses or code. */
export function mdxToText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\n?/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^\s*(#{1,6}|[-*+]|\d+\.)\s+/, '').replace(/[*_]{1,2}/g, '').trim())
    .filter(Boolean)
    // A heading or list item without final punctuation still ends a sentence.
    .map((line) => (/[.!?…:;]$/.test(line) ? line : `${line}.`))
    .join('\n');
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Fernández-Huerta: 206.84 − 0.60·P − 1.02·F (P syllables per 100 words, F words per sentence). */
  fernandezHuerta: number;
  /** INFLESZ / Szigriszt-Pazos: 206.835 − 62.3·(syllables/words) − (words/sentences). */
  inflesz: number;
}

/** Scores a Spanish text (already plain). */
export function readability(text: string): Readability {
  const words = text.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+/g) ?? [];
  const sentences = Math.max(1, text.split(/[.!?…:;]+(?:\s|$)/).filter((s) => /[A-Za-zÁÉÍÓÚáéíóúñ]/.test(s)).length);
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  const n = Math.max(1, words.length);
  const P = (syl / n) * 100;
  const F = n / sentences;
  return {
    words: words.length,
    sentences,
    syllables: syl,
    fernandezHuerta: 206.84 - 0.6 * P - 1.02 * F,
    inflesz: 206.835 - 62.3 * (syl / n) - n / sentences,
  };
}
