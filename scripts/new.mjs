#!/usr/bin/env node
// Writes a new content file that already passes `npm run check`, with
// today's date and comments that say what to write in each field. New
// files start as drafts (not published) until you remove `draft: true`.
//
//   npm run new -- guide <slug>            content/guides/es/<slug>.mdx
//   npm run new -- scam <slug>             content/scams/es/<slug>.mdx
//   npm run new -- service <id> [--country AR]   content/directory/<id>.yaml
//   npm run new -- course <slug>           courses/<slug>/course.yaml
//   npm run new -- lesson <course>/<slug>  courses/<course>/es/<NN>-<slug>.mdx
import { SOURCE_LANG } from '../src/i18n/locales.ts';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = resolve(opt('--root', '.'));
/** How the new service's data was verified (`--method phone|visit|email|published-sources`). */
const METHODS = ['phone', 'visit', 'email', 'published-sources'];
const method = opt('--method', 'published-sources');
if (!METHODS.includes(method)) {
  console.error(`--method debe ser uno de: ${METHODS.join(', ')} / --method must be one of: ${METHODS.join(', ')}`);
  process.exit(1);
}
const [kind, name] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const today = new Date().toISOString().slice(0, 10);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}
function write(path, text) {
  const full = join(root, path);
  if (existsSync(full)) fail(`${path} ya existe; no lo sobrescribo. (${path} already exists.)`);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  console.log(`✓ ${path}\n  Edítalo y luego corre \`npm run check\`. Quita \`draft: true\` para publicarlo.`);
}

const SOURCES = `# Fuentes: de dónde viene la información (al menos una, con su dirección web).
sources:
  - title: "Nombre de la página o documento oficial"
    url: https://example.org/cambia-esta-direccion`;

const TEMPLATES = {
  guide: (slug) => [
    `content/guides/es/${slug}.mdx`,
    `---
# Título: una pregunta o frase corta, como la buscaría una persona.
title: "Escribe aquí el título"
# Resumen: una o dos frases cortas (máximo 200 caracteres).
summary: "Escribe aquí, en una o dos frases, lo que explica esta guía."
# Tema: asylum, documents, health, education, work, housing, family, safety, rights, money
topic: rights
# Países donde aplica: all, o una lista como [AR, CL]
countries: all
# Día en que una persona revisó los datos (AAAA-MM-DD)
reviewed: ${today}
${SOURCES}
# Borrador: no se publica hasta que quites esta línea.
draft: true
---

## ¿Qué es?

Frases cortas, en segunda persona (tú).

## ¿Qué puedes hacer ahora?

- Un paso concreto.
`,
  ],
  scam: (slug) => [
    `content/scams/es/${slug}.mdx`,
    `---
title: "Escribe aquí el nombre de la estafa"
summary: "En una o dos frases: qué es y a quién busca engañar."
topic: safety
countries: all
reviewed: ${today}
${SOURCES}
# Señales de alerta: una por línea.
signs:
  - "Primera señal de alerta"
  - "Segunda señal de alerta"
# Qué hacer si te pasa: un paso por línea.
whatToDo:
  - "Primer paso"
# Dónde denunciar: un lugar por país (country: AR, CL, CO, PE, MX, CA o all).
report:
  - country: all
    text: "Nombre de la oficina pública y cómo denunciar"
draft: true
---

## ¿Cómo funciona?

Describe la estafa con un ejemplo corto.
`,
  ],
  service: (id) => [
    `content/directory/${id}.yaml`,
    `# Servicio del directorio. Cada teléfono, correo, web o dirección lleva "source":
# la página donde se publicó. Si no sabes un dato con certeza, no lo escribas.
id: ${id}
organization:
  name: "Nombre de la organización"
name:
  es: "Nombre del servicio"
description:
  es: "Qué ofrece, en una o dos frases simples."
# Categorías: legal, asylum, shelter, food, health, mental-health, gbv, children,
# education, work, documents, money, lgbtiq
categories: [legal]
status: active
# País (debe existir content/countries/<código>.yaml)
country: ${opt('--country', 'AR')}
# phones:
#   - number: "+5491100000000"   # formato internacional, sin espacios
#     whatsapp: false
#     source: https://…           # dónde se publicó este número
${SOURCES}
# Día en que una persona verificó estos datos (AAAA-MM-DD)
assured: ${today}
# Cómo se verificó ese día: phone (alguien llamó), visit (alguien fue), email,
# o published-sources (se comparó con las páginas citadas en sources).
# Los lectores ven "Comprobado por teléfono el …" solo si alguien llamó.
assuredMethod: ${method}
draft: true
`,
  ],
  course: (slug) => [
    `courses/${slug}/course.yaml`,
    `# Curso. Las lecciones van en courses/${slug}/es/01-nombre.mdx (npm run new -- lesson ${slug}/nombre).
title:
  es: "Título del curso"
summary:
  es: "Qué aprenderá quien haga el curso, en una o dos frases."
# Para quién: migrants, staff o volunteers
audience: migrants
# Minutos de todo el curso
minutes: 20
# Porcentaje de respuestas correctas para aprobar cada lección
passMark: 70
sources: []
`,
  ],
  lesson: (path) => {
    const [course, slug] = path.split('/');
    if (!course || !slug) fail('escribe curso/leccion, por ejemplo: npm run new -- lesson mi-curso/introduccion');
    if (!existsSync(join(root, 'courses', course, 'course.yaml'))) fail(`no existe courses/${course}/course.yaml; créalo con npm run new -- course ${course}`);
    const dir = join(root, 'courses', course, SOURCE_LANG);
    const n = existsSync(dir) ? readdirSync(dir).filter((f) => /^\d{2}-/.test(f)).length + 1 : 1;
    return [
      `courses/${course}/es/${String(n).padStart(2, '0')}-${slug}.mdx`,
      `---
title: "Título de la lección"
# Minutos de lectura (3 a 8)
minutes: 5
# Preguntas: answer es el número de la opción correcta, contando desde 0
# (o una lista como [0, 2] si hay varias correctas).
quiz:
  - question: "¿Escribe aquí la pregunta?"
    choices: ["Opción A", "Opción B", "Opción C"]
    answer: 0
    explanation: "Por qué la respuesta correcta es la correcta."
  - question: "¿Escribe aquí otra pregunta?"
    choices: ["Opción A", "Opción B"]
    answer: 1
    explanation: "Por qué la respuesta correcta es la correcta."
draft: true
---

## ¿Qué vas a aprender?

Texto de la lección, en frases cortas.
`,
    ];
  },
};

if (!kind || !TEMPLATES[kind]) fail(`¿Qué quieres crear? guide, scam, service, course o lesson. Por ejemplo: npm run new -- guide pedir-asilo`);
if (!name) fail(`falta el nombre: npm run new -- ${kind} <nombre-con-guiones>`);
for (const part of name.split('/')) if (!SLUG.test(part)) fail(`"${part}" debe usar solo minúsculas, números y guiones, por ejemplo pedir-asilo`);
const [path, text] = TEMPLATES[kind](name);
write(path, text);
