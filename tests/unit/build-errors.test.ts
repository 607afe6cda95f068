import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

describe('a volunteer who breaks a field', () => {
  it('`npm run check` names the file and field, exits 1, and prints no stack trace', () => {
    const r = spawnSync(process.execPath, ['scripts/check-content.mjs', '--root', 'tests/fixtures/bad-content/service-bad-phone'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('content/directory/ejemplo.yaml:8 — phones[0].number — found "011 4444-5555"');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('`astro build` stops with the same message and no stack trace', () => {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/bad-build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_CONTENT_ROOT: 'tests/fixtures/bad-content/guide-bad-topic', FORCE_COLOR: '0' },
    });
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    expect(out).toContain('content/guides/es/pedir-asilo.mdx:4 — topic — found "vivienda" — topic must be one of: asylum');
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('`--json` gives the same problems to other tools', () => {
    const r = spawnSync(process.execPath, ['scripts/check-content.mjs', '--json', '--root', 'tests/fixtures/bad-content/lesson-bad-answer'], {
      cwd: root,
      encoding: 'utf8',
    });
    const json = JSON.parse(r.stdout);
    expect(json.errors).toBe(1);
    expect(json.problems[0]).toMatchObject({ file: 'courses/curso/es/01-intro.mdx', field: 'quiz[0].answer', line: 7 });
  });
});
