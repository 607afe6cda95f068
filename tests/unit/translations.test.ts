import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pageUnits } from '../../src/lib/translations/units.ts';
import { readXliff, XliffError } from '../../src/lib/translations/xliff.ts';
import { factsOf } from '../../src/lib/check/translation-facts.ts';
import { checkContent } from '../../src/lib/check/content-check.ts';

/**
 * The translation round trip (issue 25): export XLIFF 1.2, open and save it
 * with translate-toolkit (the library Weblate builds on; Debian's
 * python3-translate), import it back; and what the import refuses.
 */
const project = resolve(__dirname, '../..');
const fixture = resolve(__dirname, '../fixtures/translations');
const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const GUIDE_HT = 'content/guides/ht/pedir-asilo.mdx';

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'portal-xliff-'));
  cpSync(fixture, root, { recursive: true });
  return root;
}
const run = (script: string, root: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(project, 'scripts', script), '--root', root, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, TRANSLATIONS_TODAY: '2026-12-06' } });
const exportTo = (root: string, ...args: string[]) => {
  const out = join(root, 'ht.xlf');
  const r = run('translations-export.mjs', root, '--lang', 'ht', '--out', out, ...args);
  expect(r.status, r.stderr).toBe(0);
  return out;
};
/** Edits an XLIFF file with translate-toolkit: `code` runs with `store` and `units` (by id) in scope. */
function withToolkit(file: string, code: string) {
  // `target(u)` is the unit's <target> element (lxml): edits keep its tags, as a translation tool does.
  const py = `import sys\nfrom translate.storage import xliff\nstore = xliff.xlifffile.parsefile(sys.argv[1])\nunits = {u.getid().split('\\x04')[-1]: u for u in store.units if not u.isheader()}\ndef target(u): return u.xmlelement.find('{urn:oasis:names:tc:xliff:document:1.2}target')\n${code}\nstore.savefile(sys.argv[1])\n`;
  const r = spawnSync(PY, ['-c', py, file], { encoding: 'utf8' });
  expect(r.status, `translate-toolkit (apt-get install translate-toolkit): ${r.stderr}`).toBe(0);
}

describe('units', () => {
  it('one per heading, paragraph, list item and text field; links, emphasis and numbers are tags', () => {
    const units = pageUnits(readFileSync(join(fixture, 'content/guides/es/pedir-asilo.mdx'), 'utf8'));
    expect(units.map((u) => u.id)).toEqual(['title', 'summary', 'sources.0.title', 'b0', 'b1', 'b2', 'b3', 'b4']);
    const b1 = units.find((u) => u.id === 'b1')!;
    expect(b1.inline).toBe('Es un <g id="g1" ctype="bold">derecho</g>. Lee <g id="g2" ctype="link">esta guía</g> antes de pedirlo.');
    expect(units.find((u) => u.id === 'b2')!.inline).toBe('En Chile tienes <x id="n1" ctype="x-number" equiv-text="7"/> días hábiles.');
    expect(units.find((u) => u.id === 'b4')!.kind).toBe('text in a component');
  });
});

describe('export → translate-toolkit → import', () => {
  it('exports XLIFF 1.2 with states, hashes and notes, which translate-toolkit reads', () => {
    const root = site();
    const file = exportTo(root);
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">');
    expect(xml).toContain('state="needs-review-translation"'); // machine-made
    expect(xml).toMatch(/extradata="sha:[0-9a-f]{10}"/);
    expect(xml).toContain('/ht/guides/pedir-asilo/ — paragraph');
    withToolkit(file, 'assert len(units) == 8, len(units)\nassert "dwa" in units["b1"].target');
  });

  it('imports a reviewed translation: only the changed unit is rewritten, and the page says who reviewed it and when', () => {
    const root = site();
    const before = readFileSync(join(root, GUIDE_HT), 'utf8');
    const file = exportTo(root);
    withToolkit(file, 't = list(target(units["b1"]))[-1]\nt.tail = t.tail.replace("anvan ou mande l", "anvan ou fè demann lan")\nfor x in units.values(): x.markapproved(True)');
    const r = run('translations-import.mjs', root, file, '--reviewer', 'Marie Joseph');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const after = readFileSync(join(root, GUIDE_HT), 'utf8');
    const changed = after.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed.some((l) => l.includes('anvan ou fè demann lan'))).toBe(true);
    expect(after).toContain('Se yon **dwa**. Li [gid sa a](/ht/guides/pedir-asilo/) anvan ou fè demann lan.');
    expect(after).toMatch(/translation:[\s\S]*reviewed: true[\s\S]*reviewer: Marie Joseph[\s\S]*reviewedOn: 2026-12-06/);
    // Everything else kept its bytes: the other units and the body's other lines.
    expect(after.split('\n---\n')[1].replace('anvan ou fè demann lan', 'anvan ou mande l')).toBe(before.split('\n---\n')[1]);
    const lock = JSON.parse(readFileSync(join(root, 'data/translations.lock.json'), 'utf8'));
    expect(Object.keys(lock.files[GUIDE_HT].units)).toHaveLength(8);
    expect(lock.files[GUIDE_HT].reviewed.b1).toBe('Marie Joseph, 2026-12-06');
    expect(checkContent(root).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a one-paragraph Spanish edit outdates exactly one unit', () => {
    const root = site();
    const file = exportTo(root);
    withToolkit(file, 'for x in units.values(): x.markapproved(True)');
    expect(run('translations-import.mjs', root, file, '--reviewer', 'Marie').status).toBe(0);
    const es = join(root, 'content/guides/es/pedir-asilo.mdx');
    writeFileSync(es, readFileSync(es, 'utf8').replace('En Chile tienes 7 días hábiles.', 'En Chile tienes 7 días hábiles desde que entras.'));
    const out = exportTo(root, '--only', 'outdated');
    const files = readXliff(readFileSync(out, 'utf8'));
    expect(files.flatMap((f) => f.units.map((u) => u.id))).toEqual(['b2']);
    const status = spawnSync(process.execPath, [join(project, 'scripts/status.mjs'), '--root', root], { encoding: 'utf8' });
    expect(status.stdout).toMatch(/guides\/pedir-asilo\s+ES\s+—\s+—\s+—\s+!1/);
  });
});

describe('the import refuses, and writes nothing', () => {
  const refused = (edit: (xml: string) => string, words: RegExp, toolkit?: string) => {
    const root = site();
    const before = readFileSync(join(root, GUIDE_HT), 'utf8');
    const file = exportTo(root);
    if (toolkit) withToolkit(file, toolkit);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const r = run('translations-import.mjs', root, file, '--reviewer', 'Marie');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Nothing was written');
    expect(r.stderr).toMatch(words);
    expect(readFileSync(join(root, GUIDE_HT), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'data/translations.lock.json'))).toBe(false);
  };
  it('a broken placeholder', () => refused((x) => x, /content\/guides\/ht\/pedir-asilo\.mdx — b1 — placeholder g1 is missing \(a link or emphasis\)/, 't = target(units["b1"])\nfor c in list(t): t.remove(c)\nt.text = "Se yon dwa. Li gid sa a anvan."'));
  it('a placeholder added', () => refused((x) => x.replace('<target xml:lang="ht" state="needs-review-translation">Nan Chili', '<target xml:lang="ht" state="needs-review-translation"><x id="n9"/> Nan Chili'), /b2 — placeholder n9 was added/));
  it('a missing unit', () => refused((x) => x.replace(/<trans-unit id="b3"[\s\S]*?<\/trans-unit>/, ''), /— b3 — this unit is missing from the file/));
  it('an edited link (an address the Spanish page does not have)', () =>
    refused((x) => x, /a web address does not match the Spanish page/, 't = list(target(units["b1"]))[-1]\nt.tail = t.tail + " https://example.org/pay"'));
  it('invalid XML', () => refused((x) => x.replace('</body>', '</bdy>'), /not well-formed XML/));
});

describe('numbers and addresses of a translation', () => {
  it('match as digit groups, in any script', () => {
    expect(factsOf('Tienes 7 días hábiles, de 8:00 a 24:00. Llama al 1 833 900 1010.').numbers).toEqual(factsOf('لديك ٧ أيام عمل، من 8 إلى 24. اتصل بالرقم 1 833 900 1010.').numbers);
    expect(factsOf('Ver https://www.gob.mx/comar.').urls).toEqual(['https://www.gob.mx/comar']);
    expect(() => readXliff('<xliff version="1.2"/>')).toThrow(XliffError);
  });
  it('the content check refuses a translation whose number differs, naming the file', () => {
    const root = site();
    const ht = join(root, GUIDE_HT);
    writeFileSync(ht, readFileSync(ht, 'utf8').replace('ou gen 30 jou', 'ou gen 15 jou'));
    const errors = checkContent(root).problems.filter((p) => p.severity === 'error' && p.file === GUIDE_HT);
    expect(errors.map((p) => String(p.problem))).toEqual([
      'the translation lacks numbers that are in the Spanish page (content/guides/es/pedir-asilo.mdx): 30',
      'the translation has numbers that are not in the Spanish page (content/guides/es/pedir-asilo.mdx): 15',
    ]);
  });
});
