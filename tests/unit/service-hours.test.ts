/**
 * Hours as they really are (issue 18): several periods a day, seasons,
 * exceptions (holidays, "closed until", shorter hours), the service's own
 * time zone, and the same hours exported as HSDS 3.0 schedules that an
 * RFC 5545 parser (rrule) reads back to the same days.
 */
import { describe, it, expect } from 'vitest';
import Ajv from 'ajv';
import rrulePkg from 'rrule';
import { isOpenAt, periodsOn, utcOffset, differentClock, zoneName, localClock, type Hours } from '../../src/lib/directory/open-now.ts';
import { serviceSchema, countrySchema } from '../../src/schemas/index.ts';
import { toRecords, serviceTimeZone } from '../../src/lib/directory/records.ts';
import { toHsdsSchedules, toHsdsService, fixedOffsetHours } from '../../src/lib/directory/hsds.ts';

const { rrulestr } = rrulePkg as unknown as typeof import('rrule');

const at = (iso: string) => new Date(iso);

const mexico = countrySchema.parse({
  code: 'MX',
  name: { es: 'México' },
  timezone: 'America/Mexico_City',
  emergency: [{ kind: 'emergency', label: { es: 'Emergencias' }, number: '911', source: 'https://www.gob.mx/911' }],
});

const base = {
  id: 'albergue-ejemplo',
  organization: { name: 'Albergue de ejemplo' },
  name: { es: 'Albergue de ejemplo' },
  description: { es: 'Un albergue para probar horarios.' },
  categories: ['shelter'],
  country: 'MX',
  city: 'Tijuana',
  sources: [{ title: 'Ejemplo', url: 'https://example.org/' }],
  assured: '2026-11-01',
  assuredMethod: 'published-sources',
};

/** A day centre: mornings and afternoons on weekdays; in winter, also Saturdays; closed for Christmas; shorter on New Year's Eve. */
const centre: Hours = {
  schedule: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '13:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '15:00', closes: '18:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '08:00', closes: '20:00', from: '2026-12-01', until: '2027-02-28' },
  ],
  exceptions: [
    { from: '2026-12-24', until: '2026-12-26' },
    { from: '2026-12-31', opens: '20:00', closes: '02:00' },
    { from: '2027-03-10', until: '2027-03-20' },
  ],
};

describe('several periods a day', () => {
  it('is open in each period and closed at lunch', () => {
    // Tuesday 2026-11-24, UTC clock.
    expect(isOpenAt(centre, 'UTC', at('2026-11-24T10:00:00Z'))).toBe(true);
    expect(isOpenAt(centre, 'UTC', at('2026-11-24T14:00:00Z'))).toBe(false);
    expect(isOpenAt(centre, 'UTC', at('2026-11-24T17:59:00Z'))).toBe(true);
    expect(isOpenAt(centre, 'UTC', at('2026-11-24T18:00:00Z'))).toBe(false);
    expect(periodsOn(centre, '2026-11-24', 1)).toEqual([
      [540, 780],
      [900, 1080],
    ]);
  });
});

describe('seasons', () => {
  it('replace the all-year rows on the days they cover', () => {
    // Saturday 2026-11-28: no Saturday hours before winter.
    expect(isOpenAt(centre, 'UTC', at('2026-11-28T10:00:00Z'))).toBe(false);
    // Saturday 2026-12-05: winter hours, Saturdays too, and no lunch break.
    expect(isOpenAt(centre, 'UTC', at('2026-12-05T10:00:00Z'))).toBe(true);
    expect(isOpenAt(centre, 'UTC', at('2026-12-07T14:00:00Z'))).toBe(true);
    // The last day of the season is included; the day after is back to the year's hours.
    expect(periodsOn(centre, '2027-02-27', 5)).toEqual([[480, 1200]]);
    expect(periodsOn(centre, '2027-03-01', 0)).toEqual([
      [540, 780],
      [900, 1080],
    ]);
  });
});

describe('exceptions', () => {
  it('closes on holidays even inside a season', () => {
    expect(isOpenAt(centre, 'UTC', at('2026-12-24T10:00:00Z'))).toBe(false); // Thursday
    expect(isOpenAt(centre, 'UTC', at('2026-12-26T10:00:00Z'))).toBe(false); // last day included
    expect(isOpenAt(centre, 'UTC', at('2026-12-28T10:00:00Z'))).toBe(true);
  });
  it('gives other hours for a date, past midnight too', () => {
    expect(isOpenAt(centre, 'UTC', at('2026-12-31T10:00:00Z'))).toBe(false);
    expect(isOpenAt(centre, 'UTC', at('2026-12-31T21:00:00Z'))).toBe(true);
    expect(isOpenAt(centre, 'UTC', at('2027-01-01T01:30:00Z'))).toBe(true);
    expect(isOpenAt(centre, 'UTC', at('2027-01-01T02:00:00Z'))).toBe(false);
  });
  it('"closed until" keeps it closed for the whole range, then the usual hours return', () => {
    expect(isOpenAt(centre, 'UTC', at('2027-03-15T10:00:00Z'))).toBe(false); // Monday inside
    expect(isOpenAt(centre, 'UTC', at('2027-03-22T10:00:00Z'))).toBe(true); // Monday after
  });
  it('special hours open a service that has no weekly schedule', () => {
    const campaign: Hours = { schedule: [], exceptions: [{ from: '2026-12-05', until: '2026-12-06', opens: '10:00', closes: '16:00' }] };
    expect(isOpenAt(campaign, 'UTC', at('2026-12-06T11:00:00Z'))).toBe(true);
    expect(isOpenAt(campaign, 'UTC', at('2026-12-07T11:00:00Z'))).toBe(false);
  });
});

describe("the service's own time zone", () => {
  const tijuana = serviceSchema.parse({ ...base, timezone: 'America/Tijuana', schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] });
  const records = toRecords([tijuana], new Map([['MX', mexico]]), 'es', at('2026-11-24T12:00:00Z'));

  it('wins over the country’s', () => {
    expect(serviceTimeZone(tijuana, mexico)).toBe('America/Tijuana');
    expect(serviceTimeZone({ timezone: undefined }, mexico)).toBe('America/Mexico_City');
    expect(records[0].timezone).toBe('America/Tijuana');
  });
  it('decides "open now": 08:30 in Tijuana is 10:30 in Mexico City', () => {
    const t = at('2026-11-24T16:30:00Z'); // Tuesday
    expect(localClock(t, 'America/Tijuana')).toEqual({ date: '2026-11-24', day: 1, minute: 8 * 60 + 30 });
    expect(isOpenAt(records[0].schedule, 'America/Tijuana', t)).toBe(false);
    expect(isOpenAt(records[0].schedule, 'America/Mexico_City', t)).toBe(true);
  });
  it('is shown when the reader’s clock differs', () => {
    const t = at('2026-11-24T16:30:00Z');
    expect(utcOffset(t, 'America/Tijuana')).toBe('UTC\u22128');
    expect(utcOffset(t, 'America/Mexico_City')).toBe('UTC\u22126');
    expect(utcOffset(t, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(differentClock('America/Tijuana', 'America/Mexico_City', t)).toBe(true);
    // Lima and Bogotá share a clock: nothing to point out.
    expect(differentClock('America/Lima', 'America/Bogota', t)).toBe(false);
    expect(zoneName('es', 'America/Tijuana', t)).not.toMatch(/^(GMT|UTC)/);
  });
  it('a bad zone name is refused by the schema', () => {
    expect(serviceSchema.safeParse({ ...base, timezone: 'America/Tapachula' }).success).toBe(false);
  });
});

describe('the schema', () => {
  const row = (r: object) => ({ days: ['mon'], opens: '09:00', closes: '13:00', ...r });
  it('lets a season overlap the all-year rows, not another row of the same season', () => {
    expect(serviceSchema.safeParse({ ...base, schedule: [row({}), row({ opens: '08:00', closes: '20:00', from: '2026-12-01', until: '2027-02-28' })] }).success).toBe(true);
    expect(serviceSchema.safeParse({ ...base, schedule: [row({ from: '2026-12-01' }), row({ opens: '12:00', closes: '14:00', from: '2027-01-01' })] }).success).toBe(false);
    // Two seasons that do not meet may give the same day different hours.
    expect(serviceSchema.safeParse({ ...base, schedule: [row({ from: '2026-12-01', until: '2026-12-31' }), row({ opens: '12:00', closes: '14:00', from: '2027-01-01', until: '2027-01-31' })] }).success).toBe(true);
  });
  it('refuses exceptions that share a day, reversed dates, and half-given hours', () => {
    expect(serviceSchema.safeParse({ ...base, exceptions: [{ from: '2026-12-24', until: '2026-12-26' }, { from: '2026-12-26' }] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...base, exceptions: [{ from: '2026-12-26', until: '2026-12-24' }] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...base, exceptions: [{ from: '2026-12-24', opens: '09:00' }] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...base, exceptions: [{ from: '2030-01-01', note: { es: 'Año nuevo' } }] }).success).toBe(true);
  });
  it('the finder only gets exceptions still to come', () => {
    const s = serviceSchema.parse({ ...base, exceptions: [{ from: '2026-01-01' }, { from: '2026-12-24', until: '2026-12-26' }] });
    const [r] = toRecords([s], new Map([['MX', mexico]]), 'es', at('2026-11-29T12:00:00Z'));
    expect(r.exceptions).toEqual([{ from: '2026-12-24', until: '2026-12-26' }]);
  });
});

/**
 * The fields of an HSDS 3.0 schedule and their types, as published in
 * openreferral/specification `schema/schedule.json` (read 2026-11-29):
 * dates YYYY-MM-DD, times HH:MM, `freq` WEEKLY|MONTHLY, `wkst` a day code,
 * `timezone` a number (UTC offset). Our ids are readable slugs, not the
 * UUIDs HSDS recommends (noted in docs/architecture.md), so `id` is checked
 * as a non-empty string.
 */
const HSDS_SCHEDULE = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: { type: 'string', minLength: 1 },
    service_id: { type: 'string' },
    location_id: { type: 'string' },
    service_at_location_id: { type: 'string' },
    valid_from: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    valid_to: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    dtstart: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    timezone: { type: 'number' },
    until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    count: { type: 'number' },
    wkst: { enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
    freq: { enum: ['WEEKLY', 'MONTHLY'] },
    interval: { type: 'number' },
    byday: { type: 'string', pattern: '^(-?\\d?(MO|TU|WE|TH|FR|SA|SU))(,-?\\d?(MO|TU|WE|TH|FR|SA|SU))*$' },
    byweekno: { type: 'string' },
    bymonthday: { type: 'string' },
    byyearday: { type: 'string' },
    description: { type: 'string' },
    opens_at: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' },
    closes_at: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' },
    schedule_link: { type: 'string' },
    attending_type: { type: 'string' },
    notes: { type: 'string' },
    attributes: { type: 'array' },
    metadata: { type: 'array' },
  },
} as const;

describe('HSDS 3.0 schedules', () => {
  const service = serviceSchema.parse({
    ...base,
    timezone: 'America/Tijuana',
    schedule: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '13:00' },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '15:00', closes: '18:00' },
      { days: ['sat'], opens: '08:00', closes: '24:00', from: '2026-12-01', until: '2027-02-28' },
    ],
    exceptions: [
      { from: '2026-12-24', until: '2026-12-26', note: { es: 'Navidad' } },
      { from: '2026-12-31', opens: '10:00', closes: '14:00' },
    ],
  });
  const schedules = toHsdsSchedules(service, mexico);
  const validate = new Ajv({ allErrors: true }).compile(HSDS_SCHEDULE);

  it('every schedule has HSDS fields of the right types', () => {
    expect(schedules).toHaveLength(5);
    for (const s of schedules) expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
    expect(toHsdsService(service, mexico).schedules).toEqual(schedules);
  });

  it('carries the zone: its name always, a fixed offset only where the zone keeps one all year', () => {
    expect(schedules.every((s) => s.notes === 'Local time (America/Tijuana)')).toBe(true);
    expect(schedules.some((s) => 'timezone' in s)).toBe(false); // Tijuana changes its clocks
    expect(fixedOffsetHours('America/Mexico_City', 2026)).toBe(-6);
    expect(fixedOffsetHours('America/Bogota', 2026)).toBe(-5);
    expect(fixedOffsetHours('America/Toronto', 2026)).toBeNull();
    const inMexicoCity = toHsdsSchedules(serviceSchema.parse({ ...base, schedule: [{ days: ['mon'], opens: '09:00', closes: '13:00' }] }), mexico);
    expect(inMexicoCity[0]).toMatchObject({ timezone: -6, notes: 'Local time (America/Mexico_City)' });
  });

  it('seasons and exceptions keep their dates; a closure has no hours', () => {
    expect(schedules[2]).toMatchObject({ byday: 'SA', valid_from: '2026-12-01', valid_to: '2027-02-28', opens_at: '08:00', closes_at: '23:59' });
    expect(schedules[3]).toMatchObject({ valid_from: '2026-12-24', valid_to: '2026-12-26', description: 'Closed from 2026-12-24 to 2026-12-26: Navidad' });
    expect(schedules[3]).not.toHaveProperty('opens_at');
    expect(schedules[4]).toMatchObject({ valid_from: '2026-12-31', valid_to: '2026-12-31', opens_at: '10:00', closes_at: '14:00' });
  });

  it('an RFC 5545 parser reads each recurrence back to the days our "open now" uses', () => {
    const hours: Hours = { schedule: service.schedule, exceptions: service.exceptions };
    for (const s of schedules.filter((x) => x.freq)) {
      const start = (s.dtstart ?? '2026-12-01').replace(/-/g, '');
      const until = s.until ? `;UNTIL=${s.until.replace(/-/g, '')}T235959Z` : '';
      const rule = rrulestr(`DTSTART:${start}T000000Z\nRRULE:FREQ=${s.freq};WKST=${s.wkst};BYDAY=${s.byday}${until}`);
      const days = rule.between(new Date('2026-12-01T00:00:00Z'), new Date('2027-01-31T00:00:00Z'), true).map((d) => d.toISOString().slice(0, 10));
      expect(days.length).toBeGreaterThan(0);
      for (const day of days) {
        const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
        const opens = Number(s.opens_at!.slice(0, 2)) * 60 + Number(s.opens_at!.slice(3));
        const periods = periodsOn(hours, day, weekday);
        // On each day the rule yields, our hours either have that period or an exception or a season replaced it.
        const replaced = service.exceptions.some((e) => e.from <= day && day <= (e.until ?? e.from)) || (!s.valid_from && service.schedule.some((r) => r.from && r.from <= day && day <= (r.until ?? day)));
        expect(replaced || periods.some(([o]) => o === opens), `${s.id} on ${day}`).toBe(true);
      }
    }
  });
});
