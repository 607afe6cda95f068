import { describe, it, expect } from 'vitest';
import { msg } from '../../src/i18n/check/messages.ts';
import { fieldPath, lineOf, formatProblems } from '../../src/lib/check/problems.ts';

describe('fieldPath', () => {
  it('writes array indexes in brackets', () => {
    expect(fieldPath(['phones', 0, 'number'])).toBe('phones[0].number');
    expect(fieldPath(['title'])).toBe('title');
    expect(fieldPath([])).toBe('');
  });
});

describe('lineOf', () => {
  const yaml = 'id: x\nphones:\n  - number: "1"\n    source: y\n  - number: "2"\nname:\n  es: Hola\n';
  it('finds nested keys and list items', () => {
    expect(lineOf(yaml, ['id'])).toBe(1);
    expect(lineOf(yaml, ['phones', 1, 'number'])).toBe(5);
    expect(lineOf(yaml, ['name', 'es'])).toBe(7);
  });
  it('falls back to the nearest parent for a missing key', () => {
    expect(lineOf(yaml, ['phones', 0, 'whatsapp'])).toBe(3);
    expect(lineOf(yaml, ['nothing'])).toBe(1);
  });
});

describe('formatProblems', () => {
  it('groups by file, one line per problem in line order', () => {
    const problems = [
      { file: 'a.yaml', line: 9, field: 'b', problem: msg('found', '"x"'), fix: msg('use-one', 'es, en'), severity: 'error' as const },
      { file: 'a.yaml', line: 2, field: 'a', problem: msg('field-missing'), fix: msg('add', 'a:'), severity: 'warning' as const },
    ];
    expect(formatProblems(problems).split('\n')).toEqual(['a.yaml', '  warning: a.yaml:2 — a — this field is missing — add `a:`', '  a.yaml:9 — b — found "x" — use one of: es, en']);
    // The same problems in Spanish come from the Spanish catalog, by id.
    expect(formatProblems(problems, 'es').split('\n')).toEqual(['a.yaml', '  aviso: a.yaml:2 — a — falta este campo — agrega `a:`', '  a.yaml:9 — b — se encontró "x" — usa uno de: es, en']);
  });
});

describe('message ids', () => {
  it('every message id the schemas use is in the catalogs (a typo would show zod’s own words)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { isMessageId } = await import('../../src/i18n/check/messages.ts');
    const dir = new URL('../../src/schemas/', import.meta.url);
    const ids = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/(?:error|message): '([a-z0-9-]+)'/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id) => !isMessageId(id))).toEqual([]);
  });
});
