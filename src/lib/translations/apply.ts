/**
 * Importing a translated XLIFF file: every unit is checked (known page and
 * unit, every placeholder present and none added, nothing missing), then the
 * translation files are rewritten with only the units that changed (other
 * bytes kept), and the lock records which Spanish text each unit follows and
 * who reviewed it. Nothing is written here: the caller writes the result
 * only when there is no problem (and the content check passes). Pure but for
 * reading files.
 */
import { readEntry, patchEntry, BODY } from '../editor/frontmatter-patch.ts';
import { fromInline, usedPlaceholders } from './inline.ts';
import { pageUnits, unitHash, type Unit } from './units.ts';
import { frontMatter, readIf, sourcePages } from './pages.ts';
import type { TranslationLock } from './lock.ts';
import type { XFile } from './xliff.ts';

/** One thing wrong: file — unit — problem — fix. */
export interface ImportProblem {
  file: string;
  unit: string;
  problem: string;
  fix: string;
}

export interface ImportResult {
  writes: Map<string, string>;
  lock: TranslationLock;
  problems: ImportProblem[];
  /** Units whose text changed, per file. */
  changed: Map<string, string[]>;
}

const setIn = (obj: Record<string, unknown>, path: (string | number)[], value: unknown) => {
  let at = obj as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
};

/** Checks the placeholders of a target against its source. */
function placeholderProblem(unit: Unit, parts: Parameters<typeof usedPlaceholders>[0]): string | null {
  const used = usedPlaceholders(parts);
  const want = new Map(unit.placeholders.map((p) => [p.id, p.tag]));
  for (const u of used) {
    if (!want.has(u.id)) return `placeholder ${u.id} was added (it is not in the Spanish text)`;
    if (want.get(u.id) !== u.tag) return `placeholder ${u.id} was changed`;
  }
  for (const [id] of want) {
    const n = used.filter((u) => u.id === id).length;
    if (n === 0) return `placeholder ${id} is missing (${unit.placeholders.find((p) => p.id === id)?.raw ?? 'a link or emphasis'})`;
    if (n > 1) return `placeholder ${id} appears ${n} times`;
  }
  return null;
}

/** Applies `files` to the project at `root`. `reviewer` names the person whose "final" units are reviewed, on `today`. */
export function applyXliff(root: string, files: readonly XFile[], lock: TranslationLock, o: { reviewer?: string; today: string; langs: readonly string[] }): ImportResult {
  const problems: ImportProblem[] = [];
  const writes = new Map<string, string>();
  const changed = new Map<string, string[]>();
  const next: TranslationLock = { version: 1, files: structuredClone(lock.files) };
  const pages = new Map(sourcePages(root).map((p) => [p.file, p]));
  for (const f of files) {
    const page = pages.get(f.original);
    const lang = f.targetLanguage;
    if (!page) {
      problems.push({ file: f.original, unit: '—', problem: 'this is not a page of the site', fix: 'export the file again with npm run translations:export' });
      continue;
    }
    if (!o.langs.includes(lang) || lang === 'es') {
      problems.push({ file: f.original, unit: '—', problem: `target-language "${lang}" is not one of the site's languages`, fix: `use one of ${o.langs.filter((l) => l !== 'es').join(', ')}` });
      continue;
    }
    const target = page.translation(lang);
    const esText = readIf(root, page.file)!;
    const trText = readIf(root, target);
    const units = new Map(pageUnits(esText).map((u) => [u.id, u]));
    const current = new Map(trText ? pageUnits(trText).map((u) => [u.id, u]) : []);
    const present = new Set(f.units.map((u) => u.id));
    for (const id of f.exported) if (!present.has(id)) problems.push({ file: target, unit: id, problem: 'this unit is missing from the file', fix: 'put the unit back (export again if it was deleted by mistake)' });
    const news = new Map<string, string>();
    const entry = next.files[target] ?? { units: {} };
    const reviewedHere: string[] = [];
    for (const xu of f.units) {
      const unit = units.get(xu.id);
      if (!unit) {
        problems.push({ file: target, unit: xu.id, problem: 'no such unit in the Spanish page (it changed since the export)', fix: 'export again and translate the new file' });
        continue;
      }
      const parts = xu.targetParts ?? [];
      if (!parts.some((p) => !('text' in p) || p.text.trim())) continue; // not translated
      const bad = placeholderProblem(unit, parts);
      if (bad) {
        problems.push({ file: target, unit: xu.id, problem: bad, fix: 'keep every tag of the source once, as it is (your tool shows them as numbered tags)' });
        continue;
      }
      const md = fromInline(parts, unit.placeholders, lang, !unit.range).trim();
      const old = current.get(xu.id);
      if (!old || old.text.trim() !== md) news.set(xu.id, md);
      entry.units[xu.id] = xu.hash || unitHash(unit.text);
      if (xu.approved || xu.state === 'final' || xu.state === 'signed-off') reviewedHere.push(xu.id);
    }
    if (reviewedHere.length && !o.reviewer) {
      problems.push({ file: target, unit: reviewedHere[0], problem: 'units are marked final (reviewed) but no reviewer is named', fix: 'run the import with --reviewer "Name" (the person or team who reviewed it)' });
      continue;
    }
    if (!trText) {
      const missing = [...units.keys()].filter((id) => !news.has(id));
      if (missing.length) {
        problems.push({ file: target, unit: missing.slice(0, 5).join(', ') + (missing.length > 5 ? '…' : ''), problem: `a new page needs every unit translated (${missing.length} without a translation)`, fix: 'translate every unit, then import again' });
        continue;
      }
    }
    for (const id of reviewedHere) (entry.reviewed ??= {})[id] = `${o.reviewer}, ${o.today}`;
    next.files[target] = entry;
    const everyUnitReviewed = [...units.values()].every((u) => entry.reviewed?.[u.id] && entry.units[u.id] === unitHash(u.text));
    if (!news.size && !reviewedHere.length) continue;
    writes.set(target, rewrite(esText, trText, units, current, news, lang, { reviewed: everyUnitReviewed, reviewer: o.reviewer, today: o.today, machine: f.units.some((u) => u.state === 'needs-review-translation') }));
    changed.set(target, [...news.keys()]);
  }
  return { writes, lock: next, problems, changed };
}

/** The translation file with the new units in place, other bytes kept. */
function rewrite(
  esText: string,
  trText: string | null,
  units: Map<string, Unit>,
  current: Map<string, Unit>,
  news: Map<string, string>,
  lang: string,
  r: { reviewed: boolean; reviewer?: string; today: string; machine: boolean },
): string {
  const base = trText ?? esText;
  const placed = trText ? current : units;
  // Body units, from the end so earlier offsets stay right.
  let text = base;
  const bodyEdits = [...news].map(([id, md]) => ({ u: placed.get(id)!, md })).filter((e) => e.u?.range).sort((a, b) => b.u.range![0] - a.u.range![0]);
  for (const { u, md } of bodyEdits) text = text.slice(0, u.range![0]) + md + text.slice(u.range![1]);
  if (!trText) text = text.replace(/\]\(\/es\//g, `](/${lang}/`);
  const data = readEntry(text);
  for (const [id, md] of news) {
    const u = units.get(id)!;
    if (u.path) setIn(data, u.path, md);
  }
  const es = frontMatter(esText);
  const before = (frontMatter(base).translation ?? {}) as Record<string, unknown>;
  const info: Record<string, unknown> = { machine: trText ? (before.machine ?? r.machine) : r.machine, reviewed: r.reviewed || before.reviewed === true };
  if (es.reviewed) info.source = es.reviewed instanceof Date ? es.reviewed.toISOString().slice(0, 10) : es.reviewed;
  if (r.reviewed && r.reviewer) Object.assign(info, { reviewed: true, reviewer: r.reviewer, reviewedOn: r.today });
  else {
    if (before.reviewer) info.reviewer = before.reviewer;
    if (before.reviewedOn) info.reviewedOn = before.reviewedOn;
  }
  data.translation = info;
  if (!trText) delete data.changes;
  return patchEntry(text, { ...data, [BODY]: data[BODY] });
}
