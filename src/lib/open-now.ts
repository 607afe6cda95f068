/**
 * Is a service open at a given instant? From its weekly schedule (local
 * times) and its country's IANA timezone, so daylight-saving changes
 * (Canada, Chile) are handled by the platform's time zone data. Pure.
 */

/** Day codes in schedule order (Monday first). */
const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayCode = (typeof DAY_CODES)[number];

/** One schedule row: these days, from `opens` to `closes` ("HH:MM", local). */
export interface ScheduleRow {
  days: readonly DayCode[];
  opens: string;
  closes: string;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local weekday (0 = Monday) and minute of the day at `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): { day: number; minute: number } {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/**
 * True when one of the rows covers `instant`. A row whose `closes` is
 * earlier than `opens` runs past midnight into the next day; "24:00"
 * closes at the end of the day. An empty schedule is never "open now"
 * (unknown hours are not shown as open).
 */
export function isOpenAt(schedule: readonly ScheduleRow[], timeZone: string, instant: Date): boolean {
  if (!schedule.length) return false;
  const { day, minute } = localTime(instant, timeZone);
  const today = DAY_CODES[day];
  const yesterday = DAY_CODES[(day + 6) % 7];
  return schedule.some((row) => {
    const opens = minutes(row.opens);
    const closes = minutes(row.closes);
    if (closes > opens) return row.days.includes(today) && minute >= opens && minute < closes;
    // Overnight: open from `opens` today until `closes` tomorrow.
    return (row.days.includes(today) && minute >= opens) || (row.days.includes(yesterday) && minute < closes);
  });
}
