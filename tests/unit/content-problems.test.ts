import { describe, it, expect } from 'vitest';
import { fieldPath, lineOf, formatProblems } from '../../src/lib/content-problems.ts';

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
    const out = formatProblems([
      { file: 'a.yaml', line: 9, field: 'b', problem: 'p2', fix: 'f2', severity: 'error' },
      { file: 'a.yaml', line: 2, field: 'a', problem: 'p1', fix: 'f1', severity: 'warning' },
    ]);
    expect(out.split('\n')).toEqual(['a.yaml', '  warning: a.yaml:2 — a — p1 — f1', '  a.yaml:9 — b — p2 — f2']);
  });
});
