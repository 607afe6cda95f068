import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsv, servicesToCsv, csvRecords, rowToService, parseSchedule, formatSchedule, formatException, parseException } from '../../src/lib/directory/csv.ts';

const project = resolve(__dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(project, 'scripts/directory-csv.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });

describe('CSV parsing', () => {
  it('reads quotes, commas, semicolons, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""",2\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', '2'],
    ]);
    expect(parseCsv('a;b\n"1;2";3\n')).toEqual([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
    expect(parseCsv('a,b\n"line1\nline2",c\n')[1]).toEqual(['line1\nline2', 'c']);
  });
  it('writes and reads schedules in one cell', () => {
    const rows = [
      { days: ['mon', 'tue'], opens: '09:00', closes: '17:00' },
      { days: ['sat'], opens: '22:00', closes: '06:00' },
    ];
    expect(formatSchedule(rows)).toBe('mon,tue 09:00-17:00; sat 22:00-06:00');
    expect(parseSchedule(formatSchedule(rows))).toEqual(rows);
  });
});

describe('hours as they really are, in a sheet', () => {
  it('seasons, exceptions with notes and the time zone survive export and import', () => {
    const service = {
      id: 'albergue-ejemplo',
      organization: { name: 'Albergue' },
      name: { es: 'Albergue' },
      description: { es: 'Un albergue.' },
      categories: ['shelter'],
      country: 'MX',
      city: 'Tijuana',
      schedule: [
        { days: ['mon', 'tue'], opens: '09:00', closes: '13:00' },
        { days: ['mon', 'tue'], opens: '15:00', closes: '18:00' },
        { days: ['sat'], opens: '08:00', closes: '20:00', from: '2026-12-01', until: '2027-02-28' },
        { days: ['sun'], opens: '10:00', closes: '12:00', from: '2027-01-01' },
      ],
      exceptions: [
        { from: '2026-12-24', until: '2026-12-26', note: { es: 'Navidad', en: 'Christmas' } },
        { from: '2026-12-31', opens: '10:00', closes: '14:00' },
        { from: '2027-01-06', until: '2027-01-06' },
      ],
      timezone: 'America/Tijuana',
      sources: [{ title: 'Albergue', url: 'https://example.org/' }],
      assured: '2026-11-01',
    };
    const csv = servicesToCsv([service]);
    expect(csv).toContain('sat 08:00-20:00 2026-12-01..2027-02-28; sun 10:00-12:00 2027-01-01..');
    expect(csv.split('\r\n')[0]).toContain('timezone,exception1,exception1_note_es,exception1_note_en,exception2');
    const [{ row }] = csvRecords(csv);
    expect(rowToService(row)).toEqual(service);
    expect(formatException({ from: '2026-12-24', until: '2026-12-26' })).toBe('2026-12-24..2026-12-26 closed');
    expect(parseException('2026-12-31 10:00-14:00')).toEqual({ from: '2026-12-31', opens: '10:00', closes: '14:00' });
    expect(parseException('2026-12-25 cerrado')).toEqual({ from: '2026-12-25' });
  });
});

describe('verification, institution and changes in a sheet (issue 23)', () => {
  it('survive export and import', () => {
    const service = {
      id: 'linea-144',
      organization: { name: 'Ministerio' },
      name: { es: 'Línea 144' },
      description: { es: 'Atención a mujeres en situación de violencia.' },
      categories: ['gbv'],
      country: 'AR',
      phones: [{ number: '144', whatsapp: false, source: 'https://www.argentina.gob.ar/' }],
      sources: [{ title: 'Línea 144', url: 'https://www.argentina.gob.ar/' }],
      assured: '2026-12-06',
      assuredMethod: 'phone',
      assuredNote: { es: 'Llamamos y atendieron.', en: 'We called and they answered.' },
      institution: 'linea-144',
      changes: [{ date: '2026-12-06', text: { es: 'Ahora tiene un número para tocar y llamar.', en: 'It now has a number you can tap to call.' } }],
    };
    const csv = servicesToCsv([service]);
    const header = csv.split('\r\n')[0].split(',');
    for (const col of ['assured_method', 'assured_note_es', 'institution', 'change1_date', 'change1_es']) expect(header).toContain(col);
    const [{ row }] = csvRecords(csv);
    expect(rowToService(row)).toEqual(service);
  });
});

describe('round trip', () => {
  it('export then import changes nothing, and import then export gives the same CSV', () => {
    const work = mkdtempSync(join(tmpdir(), 'portal-csv-'));
    cpSync(join(project, 'content'), join(work, 'content'), { recursive: true });
    const csv = join(work, 'directory.csv');
    expect(cli('export', '--root', work, '--out', csv).status).toBe(0);
    const before = Object.fromEntries(readdirSync(join(work, 'content/directory')).map((f) => [f, readFileSync(join(work, 'content/directory', f), 'utf8')]));
    const r = cli('import', csv, '--update', '--root', work);
    expect(r.stdout).toMatch(/0 escritos, \d+ sin cambios, 0 sin reemplazar, 0 con errores/);
    for (const [f, text] of Object.entries(before)) expect(readFileSync(join(work, 'content/directory', f), 'utf8')).toBe(text);
    // From nothing: every service is written, and exporting them again is identical.
    rmSync(join(work, 'content/directory'), { recursive: true });
    expect(cli('import', csv, '--root', work).status).toBe(0);
    const again = join(work, 'again.csv');
    cli('export', '--root', work, '--out', again);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(csv, 'utf8'));
  });
});

describe('import', () => {
  const work = mkdtempSync(join(tmpdir(), 'portal-csv-'));
  cpSync(join(project, 'content/countries'), join(work, 'content/countries'), { recursive: true });
  const sheet = join(work, 'servicios.csv');
  const header = 'id;organization_name;name_es;description_es;categories;country;phone1_number;phone1_whatsapp;phone1_source;source1_title;source1_url;assured;assured_method';
  it('reports row by row what it could not import and why, and imports the rest', () => {
    writeFileSync(
      sheet,
      [
        header,
        'centro-uno;Centro Uno;Orientación;Orientación jurídica gratuita.;legal;PE;+5114441234;sí;https://uno.org/contacto;Centro Uno;https://uno.org/;2026-11-01;published-sources',
        'centro-dos;Centro Dos;Albergue;Albergue temporal.;comida;PE;;;;Centro Dos;https://dos.org/;2026-11-01;published-sources',
        'centro-tres;Centro Tres;Salud;Atención médica.;health;PE;01 444 1234;no;https://tres.org/;Centro Tres;https://tres.org/;2026-11-01;published-sources',
        'centro-cuatro;Centro Cuatro;Salud;Atención médica.;health;XX;;;;Centro;https://cuatro.org/;2026-11-01;published-sources',
      ].join('\n'),
    );
    const r = cli('import', sheet, '--root', work);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ fila 3 (centro-dos): categories[0] — la categoría debe ser una de:');
    expect(r.stdout).toContain('✗ fila 4 (centro-tres): phones[0].number — escribe el teléfono en formato internacional');
    expect(r.stdout).toMatch(/✗ fila 5 \(centro-cuatro\): country — /);
    expect(r.stdout).toContain('1 escritos, 0 sin cambios, 0 sin reemplazar, 3 con errores.');
    const written = readFileSync(join(work, 'content/directory/centro-uno.yaml'), 'utf8');
    expect(written).toContain('number: "+5114441234"');
    expect(written).toContain('whatsapp: true');
  });
  it('never overwrites a changed entry unless --update', () => {
    writeFileSync(sheet, [header, 'centro-uno;Centro Uno;Orientación legal;Orientación jurídica gratuita.;legal;PE;+5114441234;sí;https://uno.org/contacto;Centro Uno;https://uno.org/;2026-11-02;published-sources'].join('\n'));
    expect(cli('import', sheet, '--root', work).stdout).toContain('ya existe content/directory/centro-uno.yaml; usa --update');
    expect(readFileSync(join(work, 'content/directory/centro-uno.yaml'), 'utf8')).toContain('es: Orientación\n');
    expect(cli('import', sheet, '--update', '--root', work).stdout).toContain('1 escritos');
    expect(readFileSync(join(work, 'content/directory/centro-uno.yaml'), 'utf8')).toContain('es: Orientación legal');
  });
  it('maps a row to the service fields', () => {
    const [{ row }] = csvRecords(servicesToCsv([{ id: 'x', organization: { name: 'O' }, name: { es: 'N' }, description: { es: 'D' }, categories: ['legal', 'food'], country: 'PE', sources: [{ title: 'T', url: 'https://t.org/' }], assured: '2026-11-01', hideLocation: true }]));
    expect(rowToService(row)).toEqual({ id: 'x', organization: { name: 'O' }, name: { es: 'N' }, description: { es: 'D' }, categories: ['legal', 'food'], country: 'PE', hideLocation: true, sources: [{ title: 'T', url: 'https://t.org/' }], assured: '2026-11-01' });
  });
});
