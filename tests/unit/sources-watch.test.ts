import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { minimalPdf } from './minimal-pdf.ts';
import { normalizeText, fingerprint, newSentences } from '../../src/lib/sources/fingerprint.ts';
import { collectCitations, citingField } from '../../src/lib/sources/collect.ts';
import { samePlace, mapUrl } from '../../src/lib/sources/watch.ts';

/**
 * The source watch against a local HTTP server serving fixtures (issue 24):
 * a page that changes, one that only changes its date line and counter, a
 * 404, a redirect, a PDF, a slow host and a dropped connection.
 */
const project = resolve(__dirname, '../..');
const fixture = resolve(__dirname, '../fixtures/sources-watch');
let version = 1;
let server: Server;
let base = '';

const page = (body: string) =>
  `<!doctype html><html><head><title>Ley de refugio</title></head><body><nav>Inicio · Trámites · Contacto</nav><main><h1>Procedimiento</h1>${body}</main><footer>© Gobierno</footer></body></html>`;
const para = (s: string) => `<p>${s} ${'Este texto explica el procedimiento con detalle para las personas que piden protección. '.repeat(3)}</p>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/cambia') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(para('La solicitud se presenta dentro de 7 días hábiles.') + (version > 1 ? para('Desde ahora el plazo es de 15 días hábiles para completar la solicitud.') : '')));
    } else if (url === '/fecha') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const day = version > 1 ? '6 de diciembre de 2026' : '5 de diciembre de 2026';
      const visits = version > 1 ? '1.240 visitas' : '1.234 visitas';
      res.end(page(`<p>Última actualización: ${day}</p>${para('Los números de emergencia son gratuitos.')}<p>${visits}</p><p>Publicado el ${version > 1 ? '2026-12-06' : '2026-12-05'}</p>`));
    } else if (url === '/borrada') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>No encontrada</h1>');
    } else if (url === '/mudada') {
      res.writeHead(301, { location: version > 1 ? '/otro-sitio/portada' : '/mudada-aqui' });
      res.end();
    } else if (url === '/mudada-aqui' || url === '/otro-sitio/portada') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(para('Página de destino.')));
    } else if (url === '/ley.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(Buffer.from(minimalPdf(['Articulo 2. La solicitud se presenta ante el Servicio.', version > 1 ? 'Articulo 3. El plazo es de 10 dias habiles.' : 'Articulo 3. El plazo es de 7 dias habiles.'])));
    } else if (url === '/lenta') {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(page(para('Tarde.')));
      }, 2500);
    } else if (url === '/cortada') {
      // Headers, half a page, then the connection drops: never "changed".
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': '5000' });
      res.write(page(para(version > 1 ? 'Otro texto completamente distinto.' : 'Texto.')).slice(0, 120));
      setTimeout(() => res.socket?.destroy(), 50);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const lock = join(mkdtempSync(join(tmpdir(), 'sources-')), 'sources.lock.json');
/** Runs the CLI without blocking this process (the fixture server lives here). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['scripts/sources-check.mjs', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      done({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
function run(...extra: string[]) {
  return cli(['--root', fixture, '--lock', lock, '--timeout', '1000', '--retries', '1', '--backoff', '50', '--json', ...extra.filter((a) => a !== '--day2')], {
    SOURCES_TODAY: extra.includes('--day2') ? '2026-12-07' : '2026-12-06',
  });
}
const outcomes = (stdout: string) => Object.fromEntries((JSON.parse(stdout).results as { url: string; outcome: string }[]).map((r) => [r.url.replace('https://fuente.example/', ''), r.outcome]));

describe('npm run sources:check against a local server', () => {
  it('first run: everything readable is recorded as new (not changed); errors are dead or unreachable', async () => {
    version = 1;
    const r = await run('--map', `https://fuente.example/=${base}`);
    expect(r.stderr).toBe('');
    expect(outcomes(r.stdout)).toEqual({ borrada: 'dead', cambia: 'new', cortada: 'unreachable', fecha: 'new', lenta: 'unreachable', 'ley.pdf': 'new', mudada: 'moved' });
    expect(r.status).toBe(1); // the dead and the moved page need a person
    const saved = JSON.parse(readFileSync(lock, 'utf8'));
    expect(Object.keys(saved.sources).sort()).toEqual(['https://fuente.example/cambia', 'https://fuente.example/fecha', 'https://fuente.example/ley.pdf']);
  });

  it('second run: a real change is reported with what is new and the facts to re-verify; a date-only change is not', async () => {
    version = 2;
    const r = await run('--map', `https://fuente.example/=${base}`);
    const o = outcomes(r.stdout);
    expect(o.fecha).toBe('unchanged');
    expect(o.cambia).toBe('changed');
    expect(o['ley.pdf']).toBe('changed');
    expect(o.cortada).toBe('unreachable');
    expect(o.lenta).toBe('unreachable');
    expect(o.borrada).toBe('dead');
    expect(o.mudada).toBe('moved');
    const results = JSON.parse(r.stdout).results as { url: string; excerpt?: string[]; citedBy: { file: string; line?: number; field: string }[]; finalUrl?: string }[];
    const cambia = results.find((x) => x.url.endsWith('/cambia'))!;
    expect(cambia.excerpt!.join(' ')).toContain('15 días hábiles');
    const pdf = results.find((x) => x.url.endsWith('/ley.pdf'))!;
    expect(pdf.excerpt!.join(' ')).toContain('10 dias habiles');
    // The legal facts that rest on the PDF, with their lines.
    expect(pdf.citedBy).toEqual([
      { file: 'content/countries/CL.yaml', line: 14, field: 'asylum.authority' },
      { file: 'content/countries/CL.yaml', line: 23, field: 'asylum.deadlines[0]' },
    ]);
    expect(results.find((x) => x.url.endsWith('/mudada'))!.finalUrl).toContain('/otro-sitio/portada');
    expect(r.status).toBe(1);
    // A changed source keeps its old fingerprint until a person accepts it.
    const again = await run('--map', `https://fuente.example/=${base}`);
    expect(outcomes(again.stdout).cambia).toBe('changed');
  });

  it('the text report says it in the volunteer’s language, with file:line — field', async () => {
    const es = await cli(['--root', fixture, '--lock', lock, '--timeout', '1000', '--retries', '0', '--map', `https://fuente.example/=${base}`]);
    expect(es.stdout).toContain('CAMBIÓ: vuelve a leer los datos que la citan');
    expect(es.stdout).toContain('content/countries/CL.yaml:23 — asylum.deadlines[0]');
    expect(es.stdout).toContain('no se pudo leer esta vez (error de red; no es un cambio)');
    const en = await cli(['--root', fixture, '--lock', lock, '--timeout', '1000', '--retries', '0', '--lang', 'en', '--markdown', '--map', `https://fuente.example/=${base}`]);
    expect(en.stdout).toContain('## Cited sources');
    expect(en.stdout).toContain('- [ ] `content/guides/es/pedir-asilo.mdx:8 — sources`');
  });

  it('--accept records a source a person re-read; the next run finds it unchanged', async () => {
    const a = await cli(['--root', fixture, '--lock', lock, '--accept', 'https://fuente.example/cambia', '--map', `https://fuente.example/=${base}`]);
    expect(a.status).toBe(0);
    expect(JSON.parse(readFileSync(lock, 'utf8')).sources['https://fuente.example/cambia'].accepted).toBe('2026-12-06');
    expect(outcomes((await run('--map', `https://fuente.example/=${base}`)).stdout).cambia).toBe('unchanged');
  });

  it('with no network, every source is unreachable, nothing is written and nothing needs a person', async () => {
    const before = readFileSync(lock, 'utf8');
    const r = await run('--map', 'https://fuente.example/=http://127.0.0.1:9/', '--day2');
    expect(new Set(Object.values(outcomes(r.stdout)))).toEqual(new Set(['unreachable']));
    expect(readFileSync(lock, 'utf8')).toBe(before);
    expect(r.status).toBe(0);
  });

  it('a lock that does not exist yet is not an error (the first run with network fills it)', async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'sources-')), 'lock.json');
    const r = await cli(['--root', fixture, '--lock', fresh, '--json', '--retries', '0', '--map', 'https://fuente.example/=http://127.0.0.1:9/']);
    expect(r.status).toBe(0);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('fingerprints and citations', () => {
  it('dates, times, "updated on" lines and counters are not content', () => {
    const a = normalizeText('Última actualización: 5 de diciembre de 2026\nEl plazo es de 30 días hábiles. 1.234 visitas. 14:05 hrs');
    const b = normalizeText('Última actualización: 6 de diciembre de 2026\nEl plazo es de 30 días hábiles. 1.240 visitas. 09:30 hrs');
    expect(a).toBe(b);
    expect(normalizeText('El plazo es de 30 días hábiles.')).not.toBe(normalizeText('El plazo es de 15 días hábiles.'));
    expect(normalizeText('Updated on December 6, 2026. Claims within 14 days.')).toBe(normalizeText('Updated on December 7, 2026. Claims within 14 days.'));
  });
  it('tells which sentences are new', () => {
    const old = fingerprint('El plazo es de 7 días hábiles desde la entrada. Se presenta en persona ante la oficina.');
    expect(newSentences(old, 'El plazo es de 7 días hábiles desde la entrada. Se presenta en línea desde ahora.')).toEqual(['se presenta en línea desde ahora.']);
  });
  it('collects every cited address with the fact it supports and its line', () => {
    const cites = collectCitations(
      [{ file: 'content/countries/CL.yaml', data: { emergency: [{ source: 'https://a.org/x' }], asylum: { authority: { sources: [{ title: 'L', url: 'https://a.org/x' }] } } } }],
      () => 'emergency:\n  - source: https://a.org/x\nasylum:\n  authority:\n    sources:\n      - url: https://a.org/x\n',
    );
    expect(cites.get('https://a.org/x')).toEqual([
      { file: 'content/countries/CL.yaml', line: 2, field: 'emergency[0]' },
      { file: 'content/countries/CL.yaml', line: 6, field: 'asylum.authority' },
    ]);
    expect(citingField(['institutions', 2, 'enforcesMigrationSource', 'url'])).toBe('institutions[2].enforcesMigration');
  });
  it('a move is more than a scheme, www. or trailing slash; --map rewrites prefixes', () => {
    expect(samePlace('http://www.bcn.cl/ley/', 'https://bcn.cl/ley')).toBe(true);
    expect(samePlace('https://bcn.cl/ley', 'https://bcn.cl/otra')).toBe(false);
    expect(mapUrl('https://fuente.example/a', [['https://fuente.example/', 'http://127.0.0.1:8080/']])).toBe('http://127.0.0.1:8080/a');
  });
});
