/**
 * The translatable pages of a project and their translations: which Spanish
 * file each translation follows, its address, and, per unit, whether it is
 * untranslated, outdated (its Spanish text changed since), machine-made or
 * reviewed. Node (fs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { pageUnits, splitFile, unitHash, type Unit } from './units.ts';
import type { FileLock } from './lock.ts';

/** A Spanish page (guide, scam page, content page or lesson). */
export interface SourcePage {
  /** content/guides/es/x.mdx or courses/<course>/es/NN-x.mdx */
  file: string;
  /** Its address in a language. */
  url: (lang: string) => string;
  /** The translation's path in a language. */
  translation: (lang: string) => string;
}

/** Every Spanish page that can be translated, sorted. */
export function sourcePages(root: string): SourcePage[] {
  const out: SourcePage[] = [];
  const mdx = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => /\.mdx?$/.test(f)).sort() : []);
  for (const [coll, base] of [['guides', 'guides/'], ['scams', 'scams/'], ['pages', '']] as const) {
    for (const f of mdx(`content/${coll}/es`)) {
      const slug = f.replace(/\.mdx?$/, '');
      out.push({ file: `content/${coll}/es/${f}`, url: (l) => `/${l}/${base}${slug}/`, translation: (l) => `content/${coll}/${l}/${f}` });
    }
  }
  const courses = existsSync(join(root, 'courses')) ? readdirSync(join(root, 'courses')).sort() : [];
  for (const c of courses) {
    for (const f of mdx(`courses/${c}/es`)) {
      out.push({ file: `courses/${c}/es/${f}`, url: (l) => `/${l}/courses/${c}/${f.replace(/\.mdx?$/, '').replace(/^\d+-/, '')}/`, translation: (l) => `courses/${c}/${l}/${f}` });
    }
  }
  return out;
}

/** The front matter of a file, as data. */
export function frontMatter(text: string): Record<string, unknown> {
  const parts = splitFile(text);
  return parts ? ((parseDocument(parts.yaml).toJS() ?? {}) as Record<string, unknown>) : {};
}

export type UnitState = 'untranslated' | 'outdated' | 'machine' | 'translated' | 'reviewed';

/** One unit of a page in one language. */
export interface UnitStatus {
  unit: Unit;
  hash: string;
  /** The translation's text of this unit (XLIFF inline), when there is one. */
  target?: string;
  state: UnitState;
}

const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined);

/**
 * Per-unit status of `lang`'s translation of a Spanish page. Units are matched
 * by id (the n-th paragraph of the body, a front matter field). Without a
 * lock entry for the file, a translation whose `translation.source` is older
 * than the Spanish `reviewed` date counts as outdated (the old rule).
 */
export function unitStatuses(esText: string, trText: string | null, lock: FileLock | undefined): UnitStatus[] {
  const units = pageUnits(esText);
  if (trText === null) return units.map((unit) => ({ unit, hash: unitHash(unit.text), state: 'untranslated' }));
  const es = frontMatter(esText);
  const tr = frontMatter(trText);
  const info = (tr.translation ?? {}) as { machine?: boolean; reviewed?: boolean; source?: unknown };
  const byId = new Map(pageUnits(trText).map((u) => [u.id, u]));
  const staleByDate = !lock && !!date(es.reviewed) && (!date(info.source) || date(info.source)! < date(es.reviewed)!);
  return units.map((unit): UnitStatus => {
    const hash = unitHash(unit.text);
    const target = byId.get(unit.id);
    if (!target) return { unit, hash, state: 'untranslated' };
    const outdated = lock ? lock.units[unit.id] !== hash : staleByDate;
    const state: UnitState = outdated ? 'outdated' : lock?.reviewed?.[unit.id] || info.reviewed ? 'reviewed' : info.machine ? 'machine' : 'translated';
    return { unit, hash, target: target.inline, state };
  });
}

/** Reads a project file, or null. */
export const readIf = (root: string, file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null);
