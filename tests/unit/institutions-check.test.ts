import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/check/content-check.ts';

/**
 * For every country, every institution that enforces migration: a page that
 * writes its name by hand is refused, and the same page with <Report> passes
 * (issue 23). Runs on the real registries in content/countries/.
 */
const project = resolve(__dirname, '../..');
const countries = readdirSync(join(project, 'content/countries')).filter((f) => f.endsWith('.yaml'));

function siteWith(body: string): string {
  const root = mkdtempSync(join(tmpdir(), 'portal-inst-'));
  cpSync(join(project, 'content/countries'), join(root, 'content/countries'), { recursive: true });
  mkdirSync(join(root, 'content/guides/es'), { recursive: true });
  writeFileSync(
    join(root, 'content/guides/es/denunciar.mdx'),
    `---\ntitle: Dónde denunciar\nsummary: Dónde denunciar un delito sin ponerte en riesgo.\ntopic: safety\nreviewed: 2026-12-01\nsources:\n  - title: Fuente\n    url: https://www.example.org/\n---\n## ¿Dónde?\n\n${body}\n`,
  );
  return root;
}

for (const file of countries) {
  const data = parse(readFileSync(join(project, 'content/countries', file), 'utf8')) as {
    code: string;
    institutions?: { id: string; enforcesMigration: boolean; name: Record<string, string>; aliases?: string[] }[];
  };
  const enforcers = (data.institutions ?? []).filter((i) => i.enforcesMigration);
  describe(`${data.code}: institutions that enforce migration`, () => {
    it('has at least one (every country has a migration authority)', () => expect(enforcers.length).toBeGreaterThan(0));
    for (const inst of enforcers) {
      it(`${inst.id}: its name written by hand is refused, with file, line and the <Report> to use`, () => {
        const name = inst.aliases?.[0] ?? inst.name.es;
        const { problems } = checkContent(siteWith(`Puedes ir a ${name} si hace falta.`));
        const hit = problems.find((p) => p.severity === 'error' && p.file === 'content/guides/es/denunciar.mdx' && p.field === '(text)');
        expect(hit, `no refusal for "${name}"`).toBeDefined();
        expect(hit!.line).toBe(12);
        expect(String(hit!.problem)).toContain('also enforces migration law');
        expect(String(hit!.fix)).toContain(`<Report country="${data.code}" ids="`);
      });
      it(`${inst.id}: named through <Report> it passes`, () => {
        const { problems } = checkContent(siteWith(`Puedes denunciar aquí:\n\n<Report country="${data.code}" ids="${inst.id}" />`));
        expect(problems.filter((p) => p.severity === 'error' && p.file.startsWith('content/guides/'))).toEqual([]);
      });
    }
  });
}

describe('a service whose description names an institution that enforces migration', () => {
  const service = (extra: string) => {
    const root = siteWith('Texto.');
    mkdirSync(join(root, 'content/directory'), { recursive: true });
    writeFileSync(
      join(root, 'content/directory/oficina.yaml'),
      `id: oficina\norganization: { name: Oficina de prueba }\nname: { es: Oficina de prueba }\ndescription: { es: "Te acompaña a presentar la solicitud ante la PDI." }\ncategories: [legal]\ncountry: CL\n${extra}sources: [{ title: Fuente, url: https://www.example.org/ }]\nassured: 2026-12-01\nassuredMethod: published-sources\n`,
    );
    return checkContent(root).problems.filter((p) => p.severity === 'error' && p.file === 'content/directory/oficina.yaml');
  };
  it('is refused until it lists it in `institutions`, so its warning shows with the service', () => {
    const [p] = service('');
    expect(p.field).toBe('institutions');
    expect(String(p.fix)).toContain('institutions: [pdi]');
    expect(service('institutions: [pdi]\n')).toEqual([]);
  });
});
