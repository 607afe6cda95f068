/**
 * Institutions that pages send people to (a country's `institutions`):
 * resolving the ids a page names, ordering them so channels that do not
 * enforce migration come first, and finding an enforcing institution's
 * names in page text (the content check refuses them outside `<Report>`).
 * Pure: no Astro, no DOM, no fs.
 */

/** What these helpers need of an institution (src/schemas/institution.ts). */
export interface InstitutionLike {
  id: string;
  enforcesMigration: boolean;
  name: Record<string, string | undefined>;
  aliases?: string[];
}

/**
 * The institutions `ids` names, in the page's order, but with every one that
 * does not enforce migration before any that does (a stable partition), and
 * the ids not found in the registry listed apart.
 */
export function resolveInstitutions<T extends InstitutionLike>(registry: readonly T[], ids: readonly string[]): { list: T[]; missing: string[] } {
  const byId = new Map(registry.map((i) => [i.id, i]));
  const found: T[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const inst = byId.get(id);
    if (inst) found.push(inst);
    else missing.push(id);
  }
  return { list: safeFirst(found), missing };
}

/**
 * `list` with the channels that do not enforce migration first, then those
 * that do not but carry a caution (a police line that may bring in a force
 * that does), then those that enforce it; order otherwise kept.
 */
export function safeFirst<T extends { enforcesMigration?: boolean; warning?: unknown; inst?: { warning?: unknown } }>(list: readonly T[]): T[] {
  const rank = (i: T) => (i.enforcesMigration ? 2 : (i.warning ?? i.inst?.warning) ? 1 : 0);
  return [0, 1, 2].flatMap((r) => list.filter((i) => rank(i) === r));
}

/** One place where page text names an institution that enforces migration. */
export interface EnforcerMention {
  /** The words found, as written in the text. */
  found: string;
  /** The institution's id and country. */
  id: string;
  country: string;
  /** 0-based index in the text. */
  index: number;
}

/** An enforcing institution with the country it belongs to. */
export interface Enforcer {
  id: string;
  country: string;
  /** Every name pages may write: its names in all languages and its aliases. */
  names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters and digits in any script: a name only counts when it stands as a whole word. */
const WORD = '\\p{L}\\p{N}';

/**
 * A matcher for the names of `enforcers`. One-word names and acronyms ("PDI",
 * "INM", "Carabineros") match exactly as written; longer names match whatever
 * their case. Names
 * match as whole words, so "PDI" is not found in "PDIs" and a web address
 * is not a name (addresses are removed before matching).
 */
export function enforcerMatcher(enforcers: readonly Enforcer[], ambiguous: readonly string[] = []) {
  const entries: { re: RegExp; id: string; country: string; length: number }[] = [];
  // A name that another country's institution also bears without enforcing migration
  // ("Policía Nacional" is Colombia's and Peru's) says nothing by itself: only the
  // institution's other names ("Policía Nacional del Perú", "PNP") are looked for.
  const shared = new Set(ambiguous.map((n) => n.trim().toLowerCase()));
  for (const e of enforcers) {
    const names = [...new Set(e.names.map((n) => n.trim()).filter((n) => n.length >= 2 && !shared.has(n.toLowerCase())))];
    for (const name of names) {
      // One word ("PDI", "Migraciones", "Carabineros") must match as written: "migraciones" in
      // "la oficina de migraciones" is a common noun, not the institution.
      const oneWord = !/\s/.test(name);
      entries.push({
        re: new RegExp(`(?<![${WORD}])${escape(name)}(?![${WORD}])`, oneWord ? 'gu' : 'giu'),
        id: e.id,
        country: e.country,
        length: name.length,
      });
    }
  }
  // Longest first, across countries, so "Policía de Investigaciones (PDI)" is reported once, as a whole.
  entries.sort((a, b) => b.length - a.length);
  return (text: string): EnforcerMention[] => {
    // Web addresses and Markdown link targets are not prose: "gob.mx/inm" names nothing.
    const prose = text.replace(/\]\([^)]*\)|https?:\/\/\S+|www\.\S+/g, (m) => ' '.repeat(m.length));
    const out: EnforcerMention[] = [];
    const taken: [number, number][] = [];
    for (const { re, id, country } of entries) {
      re.lastIndex = 0;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        taken.push([start, end]);
        out.push({ found: m[0], id, country, index: start });
      }
    }
    return out.sort((a, b) => a.index - b.index);
  };
}

/** The UI string key of the general warning for an institution of `kind` (police, migration, or any other). */
export function warningKey(kind: string): 'institution.warning.police' | 'institution.warning.migration' | 'institution.warning.other' {
  return kind === 'police' ? 'institution.warning.police' : kind === 'migration' ? 'institution.warning.migration' : 'institution.warning.other';
}

/**
 * A country's emergency numbers with the institution that answers each one
 * (when the number names it), those that enforce migration after the rest.
 */
export function emergencyWithInstitutions<I extends { id: string; enforcesMigration: boolean; warning?: unknown }, E extends { institution?: string }>(country: {
  emergency: readonly E[];
  institutions?: readonly I[];
}): (E & { inst?: I; enforcesMigration: boolean })[] {
  const byId = new Map((country.institutions ?? []).map((i) => [i.id, i]));
  const list: (E & { inst?: I; enforcesMigration: boolean })[] = country.emergency.map((e) => {
    const inst = e.institution ? byId.get(e.institution) : undefined;
    return { ...e, inst, enforcesMigration: inst?.enforcesMigration ?? false };
  });
  return safeFirst(list);
}
