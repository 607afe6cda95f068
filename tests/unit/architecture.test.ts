/**
 * The house rules of issue 26, checked on every test run: folders by
 * capability, arrows that point one way, no file over 300 lines and no
 * function over 80 (docs/architecture.md "Map of the code").
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const rel = (f: string) => relative(ROOT, f).split('\\').join('/');

/** Source files under `dir` (TypeScript, TSX, and the scripts' .mjs). */
function sources(dir: string, pattern = /\.(ts|tsx|mjs)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}

/** The modules a file imports (static and dynamic), resolved to repository paths when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith('.') ? rel(resolve(file, '..', s)) : s));
}

describe('the house by capability (issue 26)', () => {
  it('the content model imports nothing from src/lib/ or src/components/', () => {
    const wrong = sources(join(ROOT, 'src/schemas')).flatMap((f) => importsOf(f).filter((i) => /^src\/(lib|components)\//.test(i)).map((i) => `${rel(f)} → ${i}`));
    expect(wrong).toEqual([]);
  });

  it('src/lib/ imports nothing from components, pages, islands or Astro, and no DOM globals', () => {
    const wrong = sources(join(ROOT, 'src/lib')).flatMap((f) =>
      importsOf(f)
        .filter((i) => /^src\/(components|pages|islands|layouts)\//.test(i) || i === 'astro' || i.startsWith('astro:') || i.startsWith('preact'))
        .map((i) => `${rel(f)} → ${i}`),
    );
    expect(wrong).toEqual([]);
    // Known and deliberate: the source watch reads pages with linkedom (its own `document`), and
    // siteHref reads the page's `<html data-root>` in the shelter kit, only where a document exists.
    const allowed = new Set(['src/lib/sources/extract.ts', 'src/lib/web/site-href.ts']);
    const dom = sources(join(ROOT, 'src/lib')).filter((f) => /\b(document|window)\./.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(dom.map(rel).filter((f) => !allowed.has(f))).toEqual([]);
  });

  it('every folder of src/lib/ says what it owns', () => {
    const folders = readdirSync(join(ROOT, 'src/lib')).filter((n) => statSync(join(ROOT, 'src/lib', n)).isDirectory());
    expect(folders.length).toBeGreaterThanOrEqual(8);
    expect(folders.filter((d) => !existsSync(join(ROOT, 'src/lib', d, 'README.md')))).toEqual([]);
    // Nothing left loose beside the folders.
    expect(readdirSync(join(ROOT, 'src/lib')).filter((n) => n.endsWith('.ts'))).toEqual([]);
  });

  it('no source file over 300 lines', () => {
    const long = [...sources(join(ROOT, 'src'), /\.tsx?$/), ...sources(join(ROOT, 'scripts'), /\.tsx?$/)]
      .map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });

  it('no function over 80 lines', () => {
    const long: string[] = [];
    for (const f of [...sources(join(ROOT, 'src'), /\.tsx?$/), ...sources(join(ROOT, 'scripts'))]) {
      const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, f.endsWith('.tsx') ? ts.ScriptKind.TSX : undefined);
      const visit = (n: ts.Node) => {
        if (ts.isFunctionLike(n) && (n as ts.FunctionLikeDeclarationBase).body) {
          const lines = sf.getLineAndCharacterOfPosition(n.end).line - sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
          if (lines > 80) long.push(`${rel(f)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} (${lines} lines)`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});
