/**
 * Is a service open at a given instant? From its weekly schedule (local
 * times), its seasons (rows valid between two dates), its exceptions
 * (holidays, "closed until", special hours) and its IANA time zone, so
 * daylight-saving changes (Canada, Chile, parts of Mexico) are handled by
 * the platform's time zone data. Pure.
 */

/** Day codes in schedule order (Monday first). */
const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayCode = (typeof DAY_CODES)[number];

/**
 * One schedule row: these days, from `opens` to `closes` ("HH:MM", local).
 * With `from`/`until` (YYYY-MM-DD, both days included) the row belongs to
 * a season: on a day some season covers, only that season's rows apply.
 */
export interface ScheduleRow {
  days: readonly DayCode[];
  opens: string;
  closes: string;
  from?: string;
  until?: string;
}

/**
 * A change for some dates (YYYY-MM-DD, `until` included; one day when left
 * out): closed, or open only from `opens` to `closes`.
 */
export interface ScheduleException {
  from: string;
  until?: string;
  opens?: string;
  closes?: string;
}

/** The whole of a service's hours. */
export interface Hours {
  schedule: readonly ScheduleRow[];
  exceptions?: readonly ScheduleException[];
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date (YYYY-MM-DD), weekday (0 = Monday) and minute of the day at `instant` in `timeZone`. */
export function localClock(instant: Date, timeZone: string): { date: string; day: number; minute: number } {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return { date: `${get('year')}-${get('month')}-${get('day')}`, day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** The local weekday (0 = Monday) and minute of the day at `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): { day: number; minute: number } {
  const { day, minute } = localClock(instant, timeZone);
  return { day, minute };
}

/** The calendar day before `iso` (YYYY-MM-DD). */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const covers = (r: { from?: string; until?: string }, date: string) => (!r.from || r.from <= date) && (!r.until || date <= r.until);
const isSeasonal = (r: ScheduleRow) => !!(r.from || r.until);

/**
 * The opening periods that start on local `date` (weekday `day`), as
 * [opens, closes) in minutes from that day's midnight; `closes` above 1440
 * runs into the next day. An exception for the date wins; else the rows of
 * a season covering the date; else the rows without dates.
 */
export function periodsOn(hours: Hours, date: string, day: number): [number, number][] {
  const exception = hours.exceptions?.find((e) => e.from <= date && date <= (e.until ?? e.from));
  if (exception) {
    if (!exception.opens || !exception.closes) return [];
    return [span(exception.opens, exception.closes)];
  }
  const seasonal = hours.schedule.filter((r) => isSeasonal(r) && covers(r, date));
  const rows = seasonal.length ? seasonal : hours.schedule.filter((r) => !isSeasonal(r));
  return rows.filter((r) => r.days.includes(DAY_CODES[day])).map((r) => span(r.opens, r.closes));
}

function span(opens: string, closes: string): [number, number] {
  const o = minutes(opens);
  const c = minutes(closes);
  // Earlier closing than opening: open past midnight; "24:00" is the end of the day.
  return [o, c > o ? c : c + 24 * 60];
}

/**
 * True when the service is open at `instant`. A row whose `closes` is
 * earlier than `opens` runs past midnight into the next day; "24:00"
 * closes at the end of the day. An empty schedule is never "open now"
 * (unknown hours are not shown as open).
 */
export function isOpenAt(schedule: readonly ScheduleRow[] | Hours, timeZone: string, instant: Date): boolean {
  const hours: Hours = Array.isArray(schedule) ? { schedule: schedule as readonly ScheduleRow[] } : (schedule as Hours);
  if (!hours.schedule.length && !hours.exceptions?.some((e) => e.opens)) return false;
  const { date, day, minute } = localClock(instant, timeZone);
  if (periodsOn(hours, date, day).some(([o, c]) => minute >= o && minute < c)) return true;
  // Still inside yesterday's overnight period?
  return periodsOn(hours, dayBefore(date), (day + 6) % 7).some(([, c]) => c > 24 * 60 && minute < c - 24 * 60);
}

/** The zone's offset from UTC at `instant`, e.g. "UTC−6" or "UTC+5:30" (minus sign U+2212). */
export function utcOffset(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!m) return 'UTC';
  return `UTC${m[1] === '-' ? '\u2212' : '+'}${Number(m[2])}${m[3] && m[3] !== '00' ? `:${m[3]}` : ''}`;
}

/** True when two zones have a different UTC offset at `instant` (what a reader would notice). */
export function differentClock(a: string, b: string, instant: Date): boolean {
  return utcOffset(instant, a) !== utcOffset(instant, b);
}

/** The zone's name in the reader's locale (e.g. "hora del Pacífico de México"), else its IANA name. */
export function zoneName(locale: string, timeZone: string, instant: Date): string {
  try {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
    // Where the locale has no name, Intl falls back to an offset ("GMT-6"); the IANA name says more.
    if (name && !/^(GMT|UTC)/.test(name)) return name;
  } catch {
    /* an unknown zone was refused by the check */
  }
  return timeZone.replace(/_/g, ' ');
}
