import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Runs `npm run check`'s script on a fixture site, in a system locale that says nothing about the language. */
const checkCli = (site: string, ...extra: string[]) =>
  spawnSync(process.execPath, ['scripts/check-content.mjs', '--root', site, ...extra], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
  });

describe('a volunteer who breaks a field', () => {
  it('`npm run check` names the file and field, exits 1, and prints no stack trace', () => {
    const run = (...extra: string[]) => checkCli('tests/fixtures/bad-content/service-bad-phone', ...extra);
    const es = run();
    expect(es.status).toBe(1);
    // Spanish by default.
    expect(es.stdout).toContain('content/directory/ejemplo.yaml:8 — phones[0].number — se encontró "011 4444-5555" — escribe el teléfono en formato internacional');
    expect(es.stdout).toContain('✗ 1 error(es) para corregir en 1 archivo(s)');
    const en = run('--lang', 'en');
    expect(en.stdout).toContain('content/directory/ejemplo.yaml:8 — phones[0].number — found "011 4444-5555"');
    expect(es.stdout + es.stderr + en.stdout + en.stderr).not.toMatch(/\n\s+at /);
  });

  it('a legal fact verified over 12 months ago: a warning (exit 0), an error with `npm run check -- --strict` (exit 1)', () => {
    const run = (...extra: string[]) => checkCli('tests/fixtures/stale-legal-fact', ...extra);
    const normal = run();
    expect(normal.status).toBe(0);
    expect(normal.stdout).toContain('aviso: content/countries/CL.yaml:26 — asylum.deadlines[0].verified — verificado el 2023-01-15: hace más de 12 meses');
    expect(normal.stdout).toContain('revísalo con sus fuentes y actualiza verified');
    const strict = run('--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('content/countries/CL.yaml:26 — asylum.deadlines[0].verified');
    expect(strict.stdout).toContain('✗ 1 error(es)');
  });

  it('`astro build` stops with the same message and no stack trace', () => {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/bad-build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_CONTENT_ROOT: 'tests/fixtures/bad-content/guide-bad-topic', FORCE_COLOR: '0', LANG: 'en_US.UTF-8', LC_ALL: '' },
    });
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    expect(out).toContain('content/guides/es/pedir-asilo.mdx:4 — topic — found "vivienda" — topic must be one of: asylum');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('a wrong web-editor setting stops `astro build` before any page is written, saying what to write', () => {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/bad-editor-build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_CMS_BACKEND: 'github', PORTAL_CMS_REPO: '', FORCE_COLOR: '0' },
    });
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    expect(out).toContain('PORTAL_CMS_BACKEND=github needs PORTAL_CMS_REPO, the repository as owner/name');
    expect(out).not.toMatch(/\n\s+at /);
    expect(out).not.toContain('page(s) built');
  });

  it('`--json` gives the same problems to other tools', () => {
    const r = spawnSync(process.execPath, ['scripts/check-content.mjs', '--json', '--lang', 'en', '--root', 'tests/fixtures/bad-content/lesson-bad-answer'], {
      cwd: root,
      encoding: 'utf8',
    });
    const json = JSON.parse(r.stdout);
    expect(json.errors).toBe(1);
    expect(json.problems[0]).toMatchObject({ file: 'courses/curso/es/01-intro.mdx', field: 'quiz[0].answer', line: 7 });
  });
});
