/**
 * Audits the real content directly from the files (not through the
 * schemas), so a schema loosened by mistake still cannot let unsourced or
 * malformed contact details through.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(__dirname, '../..');
const yamlFiles = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => ({ file: `${dir}/${f}`, data: parse(readFileSync(join(root, dir, f), 'utf8')) }));
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, file), 'utf8'))![1]);
/** E.164, or a national short code such as 144 (issue 23). */
const PHONE = /^\+[1-9]\d{6,14}$|^\d{3,6}$/;
const URL_RE = /^https?:\/\/[^\s]+\.[^\s]+$/;

describe('directory contact details', () => {
  const services = yamlFiles('content/directory');
  it('has at least 25 services across at least 5 countries', () => {
    expect(services.length).toBeGreaterThanOrEqual(25);
    expect(new Set(services.map((s) => s.data.country)).size).toBeGreaterThanOrEqual(5);
  });
  for (const { file, data } of services) {
    it(`${file}: every phone is E.164 (or a national short code) and every contact detail has a source`, () => {
      for (const p of data.phones ?? []) {
        expect(p.number, `${file} phone`).toMatch(PHONE);
        expect(p.source, `${file} phone ${p.number} source`).toMatch(URL_RE);
      }
      for (const key of ['email', 'website', 'address'] as const) {
        if (data[key]) expect(data[key].source, `${file} ${key} source`).toMatch(URL_RE);
      }
      if (data.organization?.website) expect(data.organization.website.source, `${file} organization.website source`).toMatch(URL_RE);
      expect(data.sources?.length, `${file} sources`).toBeGreaterThan(0);
      if (data.hideLocation) expect(data.address ?? data.location).toBeUndefined();
    });
  }
});

describe('countries', () => {
  it('AR, CL, CO, PE, MX and CA each list emergency numbers with a source', () => {
    for (const code of ['AR', 'CL', 'CO', 'PE', 'MX', 'CA']) {
      const data = parse(readFileSync(join(root, `content/countries/${code}.yaml`), 'utf8'));
      expect(data.emergency.length, code).toBeGreaterThan(0);
      for (const e of data.emergency) {
        // Digits as dialled in the country, grouped with spaces for reading ("1 833 900 1010").
        expect(e.number, `${code} ${e.kind}`).toMatch(/^\d[\d ]{1,18}\d$/);
        expect(e.source, `${code} ${e.number} source`).toMatch(URL_RE);
      }
    }
  });
});

describe('guides and scams', () => {
  for (const dir of ['content/guides', 'content/scams']) {
    for (const lang of readdirSync(join(root, dir))) {
      for (const f of readdirSync(join(root, dir, lang))) {
        const file = `${dir}/${lang}/${f}`;
        it(`${file} cites its sources`, () => {
          const fm = frontmatter(file);
          expect(fm.sources?.length, file).toBeGreaterThan(0);
          for (const s of fm.sources) expect(s.url, file).toMatch(URL_RE);
        });
      }
    }
  }
  it('has at least 12 Spanish guides and 8 Spanish scam articles, each translated to en, fr and pt', () => {
    for (const [dir, min] of [
      ['content/guides', 12],
      ['content/scams', 8],
    ] as const) {
      const es = readdirSync(join(root, dir, 'es'));
      expect(es.length).toBeGreaterThanOrEqual(min);
      for (const lang of ['en', 'fr', 'pt']) expect(readdirSync(join(root, dir, lang)).sort()).toEqual([...es].sort());
    }
  });
});
