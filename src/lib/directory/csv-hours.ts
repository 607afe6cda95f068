/**
 * Opening hours and exceptions as spreadsheet cells: "mon,tue 09:00-17:00;
 * sat 10:00-13:00", a season's dates after its hours, "2026-12-24..2026-12-26
 * closed". Format and parse are exact inverses. Pure.
 */
type Localized = Partial<Record<string, string>>;
export type Row = { days: string[]; opens: string; closes: string; from?: string; until?: string };
export type Exception = { from: string; until?: string; opens?: string; closes?: string; note?: Localized };

/** A date range as written in a cell: "2026-12-01..2027-02-28", "2026-12-01..", "..2027-02-28", or one day. */
const formatRange = (from?: string, until?: string) => (from && until === undefined ? `${from}..` : `${from ?? ''}..${until ?? ''}`);
function parseRange(text: string): { from?: string; until?: string } {
  const [from, until] = text.split('..');
  return { ...(from && { from }), ...(until && { until }) };
}

/** "mon,tue 09:00-17:00; sat 10:00-13:00 2026-12-01..2027-02-28" (a season's dates after its hours). */
export const formatSchedule = (rows: Row[]) =>
  rows.map((r) => `${r.days.join(',')} ${r.opens}-${r.closes}${r.from || r.until ? ` ${formatRange(r.from, r.until)}` : ''}`).join('; ');
export function parseSchedule(text: string): Row[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^([a-z,\s]+)\s+(\S+)\s*-\s*(\S+?)(?:\s+(\S*\.\.\S*))?$/.exec(part);
      return m ? { days: m[1].split(',').map((d) => d.trim()).filter(Boolean), opens: m[2], closes: m[3], ...(m[4] && parseRange(m[4])) } : { days: [], opens: part, closes: '' };
    });
}

/** One exception as a cell: "2026-12-24..2026-12-26 closed", "2026-12-31 10:00-14:00". */
export const formatException = (e: Exception) => `${e.until === undefined ? e.from : `${e.from}..${e.until}`} ${e.opens ? `${e.opens}-${e.closes}` : 'closed'}`;
export function parseException(text: string): Exception {
  const m = /^(\S+)\s+(?:(closed|cerrado)|(\S+)\s*-\s*(\S+))$/i.exec(text.trim());
  if (!m) return { from: text.trim() };
  const range = m[1].includes('..') ? parseRange(m[1]) : { from: m[1] };
  return { from: range.from ?? '', ...(range.until && { until: range.until }), ...(m[3] && { opens: m[3], closes: m[4] }) };
}
