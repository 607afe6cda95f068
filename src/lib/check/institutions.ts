/**
 * Where pages send people, checked against the countries' `institutions`
 * (src/lib/advice/institutions.ts): every id a scam `report`, a `<Report>` tag, a
 * service or an emergency number names exists; and no page text names an
 * institution that enforces migration law outside `<Report>` or `report`,
 * where its warning is shown (so the warning cannot be left out by hand).
 */
import { lineOf, type ContentProblem } from './problems.ts';
import { msg } from '../../i18n/check/messages.ts';
import { enforcerMatcher, type Enforcer, type EnforcerMention } from '../advice/institutions.ts';
import type { Bodies, CheckedEntry } from './types.ts';

interface Registry {
  ids: Set<string>;
  enforcers: Enforcer[];
  /** Names of its institutions that do not enforce migration. */
  others: string[];
}

type Inst = { id: string; enforcesMigration: boolean; name: Record<string, string>; aliases?: string[] };

/** Each country's institutions: their ids, the ones that enforce migration, and the names of the rest. */
function registries(entries: CheckedEntry[]): Map<string, Registry> {
  const out = new Map<string, Registry>();
  for (const e of entries.filter((x) => x.collection === 'countries')) {
    const list = (e.data.institutions ?? []) as Inst[];
    out.set(e.slug, {
      ids: new Set(list.map((i) => i.id)),
      enforcers: list
        .filter((i) => i.enforcesMigration)
        .map((i) => ({ id: i.id, country: e.slug, names: [...Object.values(i.name), ...(i.aliases ?? [])] })),
      others: list.filter((i) => !i.enforcesMigration).flatMap((i) => [...Object.values(i.name), ...(i.aliases ?? [])]),
    });
  }
  return out;
}

/** Text fields of a page's front matter that readers see, with their paths. */
function frontmatterTexts(data: Record<string, unknown>): { path: (string | number)[]; text: string }[] {
  const out: { path: (string | number)[]; text: string }[] = [];
  for (const key of ['title', 'summary']) if (typeof data[key] === 'string') out.push({ path: [key], text: data[key] as string });
  for (const key of ['signs', 'whatToDo']) {
    (Array.isArray(data[key]) ? (data[key] as unknown[]) : []).forEach((t, i) => typeof t === 'string' && out.push({ path: [key, i], text: t }));
  }
  (Array.isArray(data.report) ? (data.report as { text?: string }[]) : []).forEach((r, i) => r.text && out.push({ path: ['report', i, 'text'], text: r.text }));
  (Array.isArray(data.quiz) ? (data.quiz as { question?: string; choices?: string[]; explanation?: string }[]) : []).forEach((q, i) => {
    if (q.question) out.push({ path: ['quiz', i, 'question'], text: q.question });
    (q.choices ?? []).forEach((c, j) => out.push({ path: ['quiz', i, 'choices', j], text: c }));
    if (q.explanation) out.push({ path: ['quiz', i, 'explanation'], text: q.explanation });
  });
  return out;
}

/** The `<Report country="CL" ids="fiscalia pdi" />` tags of a body. */
export function reportTags(body: string): { index: number; country?: string; ids: string[]; length: number }[] {
  return [...body.matchAll(/<Report\b([^>]*?)\/?>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(m[1]);
    const c = attr('country');
    const ids = attr('ids');
    return { index: m.index!, length: m[0].length, country: c ? (c[1] ?? c[2]) : undefined, ids: ids ? (ids[1] ?? ids[2]).split(/[\s,]+/).filter(Boolean) : [] };
  });
}

/** What each step of the check needs: the countries' institutions, the name matcher, and how to report a problem. */
interface InstitutionCheck {
  regs: Map<string, Registry>;
  /** Finds enforcing institutions named in a text. */
  match: (text: string) => EnforcerMention[];
  problems: ContentProblem[];
  /** Refuses an enforcing institution named in text; `data` when the fix is a field of the entry, not a `<Report>` tag. */
  refuse: (file: string, line: number | undefined, field: string, found: string, id: string, country: string, data?: boolean) => void;
  /** An institution id that the country does not list. */
  unknownRef: (file: string, line: number | undefined, field: string, id: string, country: string) => void;
}

/** The line (from 1) of a character in a body. */
const lineAt = (body: string, index: number) => body.slice(0, index).split('\n').length;

/** Reads the countries' institutions once, and sets up the matcher and the two problems this check reports. */
function institutionCheck(entries: CheckedEntry[], problems: ContentProblem[]): InstitutionCheck {
  const regs = registries(entries);
  const enforcers = [...regs.values()].flatMap((r) => r.enforcers);
  const match = enforcerMatcher(enforcers, [...regs.values()].flatMap((r) => r.others));
  const refuse = (file: string, line: number | undefined, field: string, found: string, id: string, country: string, data = false) =>
    problems.push({
      file,
      line,
      field,
      problem: msg('enforcer-named-in-text', found, `${country}: ${id}`),
      fix: data ? msg('set-institution-field', id, country) : msg('use-report-component', country, id),
      severity: 'error',
    });
  const unknownRef = (file: string, line: number | undefined, field: string, id: string, country: string) =>
    problems.push({
      file,
      line,
      field,
      problem: msg('unknown-institution-ref', id, country),
      fix: msg('use-institution-id', country, [...(regs.get(country)?.ids ?? [])].join(', ') || '—'),
      severity: 'error',
    });
  return { regs, match, problems, refuse, unknownRef };
}

/** A page's front matter: no enforcing institution in its texts, and its `report` names institutions that exist. */
function checkPageFrontmatter(e: CheckedEntry, { regs, match, refuse, unknownRef }: InstitutionCheck, yaml: string | undefined) {
  const fmLine = (path: (string | number)[]) => (yaml === undefined ? undefined : lineOf(yaml, path) + 1);
  for (const { path, text } of frontmatterTexts(e.data)) {
    for (const m of match(text)) refuse(e.file, fmLine(path), path.join('.'), m.found, m.id, m.country);
  }
  (Array.isArray(e.data.report) ? (e.data.report as { country: string; institutions?: string[] }[]) : []).forEach((r, i) => {
    (r.institutions ?? []).forEach((id, j) => {
      if (!regs.get(r.country)?.ids.has(id)) unknownRef(e.file, fmLine(['report', i, 'institutions', j]), `report[${i}].institutions`, id, r.country);
    });
  });
}

/** A page's body: each `<Report>` tag names a country and institutions that exist; the prose outside them names no enforcing institution. */
function checkPageBody(file: string, b: { body: string; offset: number }, { regs, match, problems, refuse, unknownRef }: InstitutionCheck) {
  let prose = b.body;
  for (const tag of reportTags(b.body)) {
    prose = prose.slice(0, tag.index) + ' '.repeat(tag.length) + prose.slice(tag.index + tag.length);
    const line = lineAt(b.body, tag.index) + b.offset;
    if (!tag.country || !regs.has(tag.country) || tag.ids.length === 0) {
      problems.push({ file, line, field: '(text)', problem: msg('report-needs-country'), fix: msg('write-report-like'), severity: 'error' });
      continue;
    }
    for (const id of tag.ids) if (!regs.get(tag.country)!.ids.has(id)) unknownRef(file, line, '(text)', id, tag.country);
  }
  for (const m of match(prose)) refuse(file, lineAt(b.body, m.index) + b.offset, '(text)', m.found, m.id, m.country);
}

/** A directory service: the institutions it names exist, and it lists any enforcing institution that runs it or that its texts name. */
function checkService(e: CheckedEntry, { regs, match, problems, refuse, unknownRef }: InstitutionCheck) {
  const country = String(e.data.country);
  const inst = e.data.institution as string | undefined;
  const named = (e.data.institutions ?? []) as string[];
  for (const id of [...(inst ? [inst] : []), ...named]) if (regs.has(country) && !regs.get(country)!.ids.has(id)) unknownRef(e.file, undefined, inst === id ? 'institution' : 'institutions', id, country);
  // A service run by an enforcing institution, or whose texts name one, says so: its warning shows on every card and page.
  const texts = (field: string) => Object.values((e.data[field] ?? {}) as Record<string, string>);
  const org = (e.data.organization as { name: string }).name;
  const known = new Set([...(inst ? [inst] : []), ...named]);
  const ownHit = [org, ...texts('name')].flatMap((t) => match(t)).find((m) => !known.has(m.id));
  if (ownHit) refuse(e.file, undefined, 'institution', ownHit.found, ownHit.id, ownHit.country, true);
  else {
    const hit = ['description', 'eligibility', 'documentsRequired'].flatMap(texts).flatMap((t) => match(t)).find((m) => !known.has(m.id));
    if (hit) problems.push({ file: e.file, field: 'institutions', problem: msg('enforcer-named-in-text', hit.found, `${hit.country}: ${hit.id}`), fix: msg('add-to-institutions', hit.id, hit.country), severity: 'error' });
  }
}

/** A legal fact of a country's asylum section: its text and the institutions it lists. */
type Fact = { text: Record<string, string>; institutions?: string[] };

/** A country's asylum facts, each with its field path. */
function asylumFacts(asylum: Record<string, unknown> | undefined): [string, Fact][] {
  return asylum
    ? [
        ['asylum.authority', asylum.authority as Fact],
        ...((asylum.deadlines ?? []) as Fact[]).map((f, i): [string, Fact] => [`asylum.deadlines[${i}]`, f]),
        ...((asylum.conditions ?? []) as Fact[]).map((f, i): [string, Fact] => [`asylum.conditions[${i}]`, f]),
        ...(asylum.noDeadline ? [['asylum.noDeadline', asylum.noDeadline as Fact] as [string, Fact]] : []),
      ]
    : [];
}

/** A country: the institutions its asylum facts list exist, and its facts and emergency numbers list the enforcing institution their text names. */
function checkCountry(e: CheckedEntry, { regs, match, refuse, unknownRef }: InstitutionCheck) {
  // Legal facts that name an enforcing institution list it (`institutions`), so its warning shows under them.
  for (const [field, fact] of asylumFacts(e.data.asylum as Record<string, unknown> | undefined)) {
    for (const id of fact.institutions ?? []) if (!regs.get(e.slug)?.ids.has(id)) unknownRef(e.file, undefined, `${field}.institutions`, id, e.slug);
    const hit = Object.values(fact.text)
      .flatMap((t) => match(t))
      .find((m) => m.country === e.slug && !(fact.institutions ?? []).includes(m.id));
    if (hit) refuse(e.file, undefined, `${field}.institutions`, hit.found, hit.id, hit.country, true);
  }
  ((e.data.emergency ?? []) as { label: Record<string, string>; institution?: string }[]).forEach((n, i) => {
    if (n.institution) return;
    const hit = Object.values(n.label).flatMap((t) => match(t))[0];
    if (hit) refuse(e.file, undefined, `emergency[${i}].institution`, hit.found, hit.id, hit.country, true);
  });
}

/** Checks institution references and refuses enforcing institutions named in page text. */
export function checkInstitutions(entries: CheckedEntry[], bodies: Bodies, problems: ContentProblem[], frontmatter: Map<string, string>) {
  const check = institutionCheck(entries, problems);
  for (const e of entries) {
    if (['guides', 'scams', 'pages', 'lessons'].includes(e.collection)) {
      checkPageFrontmatter(e, check, frontmatter.get(e.file));
      const b = bodies.get(e.file);
      if (b) checkPageBody(e.file, b, check);
    } else if (e.collection === 'directory') checkService(e, check);
    else if (e.collection === 'countries') checkCountry(e, check);
  }
}
