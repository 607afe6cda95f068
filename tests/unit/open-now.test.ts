import { describe, it, expect } from 'vitest';
import { isOpenAt, localTime, type ScheduleRow } from '../../src/lib/directory/open-now.ts';
import { distanceKm, byDistance } from '../../src/lib/directory/distance.ts';

const weekdays: ScheduleRow[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }];

describe('isOpenAt', () => {
  it('uses the service country time, not the device time', () => {
    // Tuesday 2026-11-24 15:30 UTC = 12:30 in Buenos Aires (UTC-3, no DST).
    const t = new Date('2026-11-24T15:30:00Z');
    expect(localTime(t, 'America/Argentina/Buenos_Aires')).toEqual({ day: 1, minute: 12 * 60 + 30 });
    expect(isOpenAt(weekdays, 'America/Argentina/Buenos_Aires', t)).toBe(true);
    // 21:30 UTC = 18:30 in Buenos Aires: closed; but 16:30 in Lima? No: Lima is UTC-5 → 16:30, open.
    const late = new Date('2026-11-24T21:30:00Z');
    expect(isOpenAt(weekdays, 'America/Argentina/Buenos_Aires', late)).toBe(false);
    expect(isOpenAt(weekdays, 'America/Lima', late)).toBe(true);
  });

  it('opens at the opening minute and closes at the closing minute', () => {
    expect(isOpenAt(weekdays, 'UTC', new Date('2026-11-24T09:00:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, 'UTC', new Date('2026-11-24T08:59:00Z'))).toBe(false);
    expect(isOpenAt(weekdays, 'UTC', new Date('2026-11-24T17:00:00Z'))).toBe(false);
  });

  it('is closed on days not listed', () => {
    // Sunday 2026-11-29 at noon.
    expect(isOpenAt(weekdays, 'UTC', new Date('2026-11-29T12:00:00Z'))).toBe(false);
  });

  it('handles overnight hours into the next day', () => {
    const night: ScheduleRow[] = [{ days: ['fri'], opens: '22:00', closes: '06:00' }];
    expect(isOpenAt(night, 'UTC', new Date('2026-11-27T23:00:00Z'))).toBe(true); // Friday 23:00
    expect(isOpenAt(night, 'UTC', new Date('2026-11-28T05:59:00Z'))).toBe(true); // Saturday 05:59
    expect(isOpenAt(night, 'UTC', new Date('2026-11-28T06:00:00Z'))).toBe(false); // Saturday 06:00
    expect(isOpenAt(night, 'UTC', new Date('2026-11-27T05:00:00Z'))).toBe(false); // Friday 05:00 (Thursday not listed)
  });

  it('treats 00:00–24:00 as the whole day', () => {
    const always: ScheduleRow[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' }];
    expect(isOpenAt(always, 'America/Mexico_City', new Date('2026-11-29T03:33:00Z'))).toBe(true);
  });

  it('follows daylight saving in Canada (Toronto, spring forward 2026-03-08)', () => {
    // 09:30 local both days: EST (UTC-5) on Friday 03-06, EDT (UTC-4) on Monday 03-09.
    expect(isOpenAt(weekdays, 'America/Toronto', new Date('2026-03-06T14:30:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, 'America/Toronto', new Date('2026-03-09T13:30:00Z'))).toBe(true);
    // 13:30 UTC on 03-06 is 08:30 EST: still closed before DST; the same UTC time is open after.
    expect(isOpenAt(weekdays, 'America/Toronto', new Date('2026-03-06T13:30:00Z'))).toBe(false);
    // On the day of the change itself (Sunday) nothing is open, and Monday morning is correct.
    expect(localTime(new Date('2026-03-08T12:00:00Z'), 'America/Toronto')).toEqual({ day: 6, minute: 8 * 60 });
  });

  it('follows daylight saving in Chile (Santiago)', () => {
    // Chile is UTC-3 in its summer (November) and UTC-4 in winter (July).
    expect(localTime(new Date('2026-11-24T12:00:00Z'), 'America/Santiago').minute).toBe(9 * 60);
    expect(localTime(new Date('2026-07-14T12:00:00Z'), 'America/Santiago').minute).toBe(8 * 60);
    expect(isOpenAt(weekdays, 'America/Santiago', new Date('2026-11-24T12:00:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, 'America/Santiago', new Date('2026-07-14T12:00:00Z'))).toBe(false);
  });

  it('never says open for unknown hours', () => {
    expect(isOpenAt([], 'UTC', new Date())).toBe(false);
  });
});

describe('distance', () => {
  it('measures known distances', () => {
    const lima = { lat: -12.0464, lon: -77.0428 };
    const santiago = { lat: -33.4489, lon: -70.6693 };
    expect(distanceKm(lima, santiago)).toBeGreaterThan(2450);
    expect(distanceKm(lima, santiago)).toBeLessThan(2470);
    expect(distanceKm(lima, lima)).toBe(0);
  });
  it('sorts located items first, nearest first', () => {
    const items = [
      { id: 'far', location: { lat: 10, lon: 10 } },
      { id: 'none', location: null },
      { id: 'near', location: { lat: 0.1, lon: 0 } },
    ];
    expect(byDistance(items, { lat: 0, lon: 0 }).map((i) => i.id)).toEqual(['near', 'far', 'none']);
  });
});
