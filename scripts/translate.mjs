#!/usr/bin/env node
// Starts a translation of a Spanish page: copies it to the language folder
// and records which version of the Spanish page it translates
// (translation.source = the Spanish page's `reviewed` date), so /status/
// can tell when the Spanish page changes later.
//
//   npm run translate -- content/guides/es/pedir-asilo-o-refugio.mdx en
//   npm run translate -- courses/tus-derechos-como-migrante/es/01-migrar-es-un-derecho.mdx fr
import { SOURCE_LANG } from '../src/i18n/locales.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../src/lib/check/content-check.ts';
import { LANGS } from '../src/i18n/locale.ts';

const args = process.argv.slice(2);
const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : '.');
const [file, lang] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const fail = (m) => {
  console.error(`✗ ${m}`);
  process.exit(1);
};
if (!file || !lang) fail('uso: npm run translate -- <archivo en español> <idioma>, por ejemplo content/guides/es/pedir-asilo.mdx en');
if (!LANGS.includes(lang) || lang === SOURCE_LANG) fail(`"${lang}" no es un idioma de destino; usa uno de: ${LANGS.filter((l) => l !== SOURCE_LANG).join(', ')}`);
if (!/\/es\/[^/]+\.mdx?$/.test(file)) fail(`${file} no es una página en español (debe estar en una carpeta es/)`);
const source = join(root, file);
if (!existsSync(source)) fail(`no existe ${file}`);
const target = file.replace(/\/es\/([^/]+)$/, `/${lang}/$1`);
if (existsSync(join(root, target))) fail(`${target} ya existe; edítalo directamente`);

const fm = splitFrontmatter(readFileSync(source, 'utf8'));
if (!fm) fail(`${file} no empieza con el bloque de datos (---)`);
const doc = parseDocument(fm.yaml);
const reviewed = doc.get('reviewed');
const sourceDate = reviewed ? String(reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : reviewed) : new Date().toISOString().slice(0, 10);
doc.set('translation', doc.createNode({ machine: false, reviewed: false, source: sourceDate }));
mkdirSync(dirname(join(root, target)), { recursive: true });
writeFileSync(
  join(root, target),
  `---\n${doc.toString().trimEnd()}\n---\n{/* Traduce el título, el resumen y este texto a "${lang}". Cuando una persona que lee los dos idiomas lo revise, pon translation.reviewed: true. */}\n${fm.body}`,
);
console.log(`✓ ${target}\n  Traduce el texto y corre \`npm run check\`. Traduce de: ${file} (revisada el ${sourceDate}).`);
