import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../../src/lib/check/content-check.ts';

const project = resolve(__dirname, '../..');
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(project, 'scripts', script), ...args], { encoding: 'utf8' });

describe('scaffolds', () => {
  const root = mkdtempSync(join(tmpdir(), 'portal-new-'));
  mkdirSync(join(root, 'content/countries'), { recursive: true });
  cpSync(join(project, 'content/countries/AR.yaml'), join(root, 'content/countries/AR.yaml'));

  it('write one file of each kind that passes the check', () => {
    for (const args of [['guide', 'prueba'], ['scam', 'prueba'], ['service', 'prueba'], ['course', 'curso'], ['lesson', 'curso/intro'], ['lesson', 'curso/segunda']]) {
      const r = run('new.mjs', ...args, '--root', root);
      expect(r.status, r.stderr).toBe(0);
    }
    const { problems, entries } = checkContent(root);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(entries.map((e) => e.file).sort()).toEqual([
      'content/countries/AR.yaml',
      'content/directory/prueba.yaml',
      'content/guides/es/prueba.mdx',
      'content/scams/es/prueba.mdx',
      'courses/curso/course.yaml',
      'courses/curso/es/01-intro.mdx',
      'courses/curso/es/02-segunda.mdx',
    ]);
    // Today's date, and drafts until a person publishes them.
    const guide = readFileSync(join(root, 'content/guides/es/prueba.mdx'), 'utf8');
    expect(guide).toContain(`reviewed: ${new Date().toISOString().slice(0, 10)}`);
    expect(guide).toContain('draft: true');
  });

  it('refuses to overwrite and explains a bad name', () => {
    expect(run('new.mjs', 'guide', 'prueba', '--root', root).stderr).toMatch(/ya existe/);
    expect(run('new.mjs', 'guide', 'Pedir Asilo', '--root', root).stderr).toMatch(/minúsculas, números y guiones/);
    expect(run('new.mjs', 'poster', 'x', '--root', root).stderr).toMatch(/guide, scam, service, course o lesson/);
  });

  it('translate starts a translation that records the Spanish version it follows', () => {
    const r = run('translate.mjs', 'content/guides/es/prueba.mdx', 'fr', '--root', root);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(root, 'content/guides/fr/prueba.mdx'), 'utf8');
    expect(text).toMatch(/translation:\n  machine: false\n  reviewed: false\n  source: \d{4}-\d{2}-\d{2}/);
    expect(checkContent(root).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(run('translate.mjs', 'content/guides/es/prueba.mdx', 'xx', '--root', root).stderr).toMatch(/no es un idioma/);
  });
});
