import { describe, it, expect } from 'vitest';
import { staleness } from '../../src/lib/check/staleness.ts';
import { monthsSince, toRecords, STALE_SERVICE_MONTHS } from '../../src/lib/directory/records.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
const service = (assured: string) => ({ collection: 'directory', file: `content/directory/s-${assured}.yaml`, slug: `s-${assured}`, data: { assured } });

describe('freshness of the directory (issue 18, first part)', () => {
  it('a service not verified for 6 months is a warning; for 12 months, an error in a release check (--strict)', () => {
    const entries = [service('2026-10-01'), service('2026-04-01'), service('2025-10-01')];
    const normal = staleness(entries, NOW).filter((p) => p.field === 'assured');
    expect(normal.map((p) => [p.file, p.severity])).toEqual([
      ['content/directory/s-2026-04-01.yaml', 'warning'],
      ['content/directory/s-2025-10-01.yaml', 'warning'],
    ]);
    const strict = staleness(entries, NOW, true).filter((p) => p.field === 'assured');
    expect(strict.map((p) => p.severity)).toEqual(['warning', 'error']);
    expect(String(strict[1].problem)).toContain('not verified for 13 months (since 2025-10-01)');
    expect(String(strict[1].fix)).toContain('update `assured`');
  });

  it('counts whole months, and says when a service page must warn its readers', () => {
    expect(monthsSince('2026-05-29', NOW)).toBe(6);
    expect(monthsSince('2026-06-15', NOW)).toBe(5);
    expect(monthsSince('2026-05-29', NOW) >= STALE_SERVICE_MONTHS).toBe(true);
  });

  it('the finder gets the day each service was verified', () => {
    const s = {
      id: 'x',
      name: { es: 'Servicio' },
      organization: { name: 'Org' },
      description: { es: 'Descripción del servicio.' },
      categories: ['legal'],
      country: 'MX',
      languages: ['es'],
      phones: [],
      schedule: [],
      status: 'active',
      assured: '2026-11-24',
    };
    const [r] = toRecords([s as never], new Map([['MX', { timezone: 'America/Mexico_City' } as never]]), 'es');
    expect(r.assured).toBe('2026-11-24');
  });
});

describe('npm run content:stats', () => {
  it('prints services per country and city, with the share with coordinates and verified in the last 6 months', async () => {
    const { spawnSync } = await import('node:child_process');
    const { resolve } = await import('node:path');
    const { readdirSync } = await import('node:fs');
    const r = spawnSync(process.execPath, ['scripts/content-stats.mjs'], { cwd: resolve(__dirname, '../..'), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/country\s+city\s+services\s+with coordinates\s+verified in the last 6 months/);
    expect(r.stdout).toMatch(/\nMX\s+—\s+\d+\s+\d+\s+\d+/);
    expect(r.stdout).toMatch(/Local services \(with a city\): \d+ of \d+; with coordinates: \d+ %; verified in the last 6 months: \d+ %\./);
    // Drafts are on no page, so they are not counted (two wait for a volunteer to re-check them).
    const published = Number(/Services: (\d+) published/.exec(r.stdout)?.[1]);
    const drafts = Number(/\(and (\d+) drafts?, not published\)/.exec(r.stdout)?.[1] ?? 0);
    expect(published + drafts).toBe(readdirSync(resolve(__dirname, '../../content/directory')).length);
    expect(r.stdout).toContain(`of ${published}; with coordinates`);
  });
});

describe('/status/ and npm run status: unverified services by country and city', () => {
  it('groups them by place, country then city', async () => {
    const { staleLists } = await import('../../src/lib/translations/status.ts');
    const entries = [
      { collection: 'directory', file: 'content/directory/b.yaml', slug: 'b', data: { country: 'MX', city: 'Tapachula', assured: '2026-01-01' } },
      { collection: 'directory', file: 'content/directory/a.yaml', slug: 'a', data: { country: 'MX', assured: '2026-01-01' } },
      { collection: 'directory', file: 'content/directory/c.yaml', slug: 'c', data: { country: 'CL', city: 'Arica', assured: '2025-01-01' } },
    ];
    const problems = staleness(entries, NOW, true);
    const { services } = staleLists(problems, entries);
    expect(services.map((s) => [s.place, s.file, s.severity])).toEqual([
      ['CL · Arica', 'content/directory/c.yaml', 'error'],
      ['MX', 'content/directory/a.yaml', 'warning'],
      ['MX · Tapachula', 'content/directory/b.yaml', 'warning'],
    ]);
  });
});
