/**
 * The lunr-languages stemmers the directory search uses, by stemmer id
 * (the locale registry, src/i18n/locales.ts, says which language uses
 * which). Loaded on demand in the browser, so a phone downloads only its
 * own language's stemmer.
 */
import type lunrType from 'lunr';
import { LOCALES, type Lang } from '../../i18n/locales.ts';

/** Stemmer ids that come from lunr-languages. */
export const STEMMERS = ['es', 'fr', 'pt', 'ar'] as const;
export type StemmerId = (typeof STEMMERS)[number];

/** Browser loaders (static imports, so the bundler can split them). */
const LOADERS: Record<StemmerId, () => Promise<unknown>> = {
  es: () => import('lunr-languages/lunr.es.js'),
  fr: () => import('lunr-languages/lunr.fr.js'),
  pt: () => import('lunr-languages/lunr.pt.js'),
  ar: () => import('lunr-languages/lunr.ar.js'),
};

/** The lunr-languages stemmers `lang` needs, in the order they must be applied (empty for builtin/none). */
export function stemmersFor(lang: Lang): StemmerId[] {
  const info = LOCALES[lang] as { stemmer: string; alsoStem?: readonly StemmerId[] };
  if (info.stemmer === 'builtin' || info.stemmer === 'none') return [];
  return [...(info.alsoStem ?? []), info.stemmer as StemmerId];
}

type Lunr = typeof lunrType;

/** lunr with `lang`'s stemmers registered, loaded on demand (browser). */
export async function loadLunrFor(lang: Lang): Promise<Lunr> {
  const lunr = ((await import('lunr')) as unknown as { default: Lunr }).default;
  const ids = stemmersFor(lang);
  if (!ids.length) return lunr;
  const apply = async (m: Promise<unknown>) => ((await m) as { default: (l: Lunr) => void }).default(lunr);
  await apply(import('lunr-languages/lunr.stemmer.support.js'));
  for (const id of ids) await apply(LOADERS[id]());
  if (ids.length > 1) await apply(import('lunr-languages/lunr.multi.js'));
  return lunr;
}
