import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { moveStylesheets, relink, stableName } from '../../src/integrations/stable-styles.ts';
import { inPack } from '../../src/lib/offline/manifest.ts';

const logger = { warn: (m: string) => warnings.push(m) } as unknown as Parameters<typeof moveStylesheets>[1];
let warnings: string[] = [];

describe('stylesheets at stable addresses (issue 26)', () => {
  it('drops the content hash from the name', () => {
    expect(stableName('global.lhwyATW-.css')).toBe('global.css');
    expect(stableName('index.B1c_9xYz.css')).toBe('index.css');
    expect(stableName('plain.css')).toBe('plain.css');
  });

  it('relinks pages to the moved stylesheet and leaves scripts and unknown sheets alone', () => {
    const moved = new Map([['global.abcdef12.css', '/styles/global.css']]);
    const html = '<link rel="stylesheet" href="/_astro/global.abcdef12.css"><link rel="stylesheet" href="/_astro/other.zzzzzz99.css"><script src="/_astro/a.12345678.js"></script>';
    expect(relink(html, moved)).toBe('<link rel="stylesheet" href="/styles/global.css"><link rel="stylesheet" href="/_astro/other.zzzzzz99.css"><script src="/_astro/a.12345678.js"></script>');
  });

  it('moves each built stylesheet out of /_astro/, and keeps two that would share a name hashed', () => {
    const out = mkdtempSync(join(tmpdir(), 'styles-'));
    try {
      mkdirSync(join(out, '_astro'));
      for (const f of ['global.aaaaaa11.css', 'index.bbbbbb22.css', 'index.cccccc33.css', 'app.dddddd44.js']) writeFileSync(join(out, '_astro', f), f);
      warnings = [];
      const moved = moveStylesheets(out, logger);
      expect([...moved]).toEqual([['global.aaaaaa11.css', '/styles/global.css']]);
      expect(readdirSync(join(out, 'styles'))).toEqual(['global.css']);
      expect(readdirSync(join(out, '_astro')).sort()).toEqual(['app.dddddd44.js', 'index.bbbbbb22.css', 'index.cccccc33.css']);
      expect(warnings).toHaveLength(1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('puts the stylesheets in every language pack', () => {
    expect(inPack('styles/global.css', 'es')).toBe(true);
    expect(inPack('styles/global.css', 'ar')).toBe(true);
  });
});
