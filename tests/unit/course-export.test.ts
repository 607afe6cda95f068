import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { parse } from 'gift-pegjs';
import { checkContent } from '../../src/lib/check/content-check.ts';
import { courseGift, giftEscape, scormManifest, ExportError, type ExportCourse } from '../../src/lib/courses/export.ts';

const ROOT = resolve(__dirname, '../..');
const { entries } = checkContent(ROOT);

/** Every course in every language it has lessons in, as the export step sees it. */
function courses(): ExportCourse[] {
  const out: ExportCourse[] = [];
  for (const c of entries.filter((e) => e.collection === 'courses')) {
    const byLang = new Map<string, typeof entries>();
    for (const l of entries.filter((e) => e.collection === 'lessons' && e.course === c.slug)) byLang.set(l.lang!, [...(byLang.get(l.lang!) ?? []), l]);
    for (const [lang, lessons] of byLang) {
      out.push({
        id: c.slug,
        lang,
        title: (c.data.title as Record<string, string>)[lang] ?? (c.data.title as Record<string, string>).es,
        passMark: Number(c.data.passMark),
        lessons: lessons
          .sort((a, b) => a.slug.localeCompare(b.slug))
          .map((l) => ({ slug: l.slug.replace(/^\d+-/, ''), title: String(l.data.title), file: l.file, files: [`${l.slug}/index.html`], quiz: l.data.quiz as ExportCourse['lessons'][number]['quiz'] })),
      });
    }
  }
  return out;
}

type Parsed = { type: string; title?: string; stem?: { text: string }; globalFeedback?: { text: string }; choices?: { isCorrect: boolean; weight: number | null; text: { text: string } }[] };

describe('GIFT question banks', () => {
  it('every course parses with a GIFT parser, with as many questions as its quizzes, grouped by lesson', () => {
    const all = courses();
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const c of all) {
      const parsed = parse(courseGift(c)) as Parsed[];
      const questions = parsed.filter((q) => q.type === 'MC');
      expect(questions.length, `${c.id} ${c.lang}`).toBe(c.lessons.reduce((n, l) => n + l.quiz.length, 0));
      expect(parsed.filter((q) => q.type === 'Category').length).toBe(c.lessons.filter((l) => l.quiz.length).length);
      // The right answers are the right ones, and the explanation is the feedback.
      const first = c.lessons.find((l) => l.quiz.length)!.quiz[0];
      const q = questions[0];
      expect(q.stem!.text).toBe(first.question);
      expect(q.globalFeedback!.text).toBe(first.explanation);
      const right = Array.isArray(first.answer) ? first.answer : [first.answer];
      q.choices!.forEach((ch, i) => expect(ch.isCorrect || (ch.weight ?? 0) > 0, `${c.id} choice ${i}`).toBe(right.includes(i)));
    }
  });

  it('escapes what GIFT treats as syntax, and several right answers become weighted answers summing to 100', () => {
    const text = 'Costo: {ninguno} ~ 1 = 1 # nota\nsegunda línea \\ fin';
    const gift = courseGift({
      id: 'c',
      lang: 'es',
      title: 'Curso/prueba',
      passMark: 70,
      lessons: [{ slug: 'l', title: 'Lección', file: 'courses/c/es/01-l.mdx', files: [], quiz: [{ question: text, choices: [text, 'b', 'c'], answer: [0, 2], explanation: 'porque: sí' }] }],
    });
    const [cat, q] = parse(gift) as Parsed[];
    expect(cat.type).toBe('Category');
    expect(q.stem!.text).toBe(text);
    expect(q.choices!.map((c) => c.text.text)).toEqual([text, 'b', 'c']);
    expect(q.choices!.map((c) => c.weight)).toEqual([50, -100, 50]);
    expect(q.globalFeedback!.text).toBe('porque: sí');
    expect(giftEscape('a:b')).toBe('a\\:b');
  });

  it('a quiz GIFT cannot hold stops the export with the file and the reason', () => {
    const bad = (quiz: ExportCourse['lessons'][number]['quiz']) => () =>
      courseGift({ id: 'c', lang: 'es', title: 'C', passMark: 70, lessons: [{ slug: 'l', title: 'L', file: 'courses/c/es/01-l.mdx', files: [], quiz }] });
    expect(bad([{ question: '¿Sí?', choices: ['solo una'], answer: 0, explanation: 'x' }])).toThrow(ExportError);
    expect(bad([{ question: '¿Sí?', choices: ['a', 'b'], answer: 3, explanation: 'x' }])).toThrow(/courses\/c\/es\/01-l\.mdx: question 1: answer 3 is not one of its 2 choices/);
    expect(bad([{ question: '¿Sí?', choices: ['a', ' '], answer: 0, explanation: 'x' }])).toThrow(/empty choice/);
  });
});

describe('the SCORM 1.2 manifest', () => {
  it('lists one SCO per lesson in order, with the pass mark only where there is a quiz, and escapes titles', () => {
    const m = scormManifest({
      id: 'c',
      lang: 'es',
      title: 'Derechos & deberes <1>',
      passMark: 70,
      lessons: [
        { slug: 'a', title: 'Uno', file: 'x', files: ['a/index.html', '_astro/x.js'], quiz: [{ question: 'q', choices: ['a', 'b'], answer: 0, explanation: 'e' }] },
        { slug: 'b', title: 'Dos', file: 'y', files: ['b/index.html'], quiz: [] },
      ],
    });
    expect(m).toContain('<schemaversion>1.2</schemaversion>');
    expect(m).toContain('<title>Derechos &amp; deberes &lt;1&gt;</title>');
    expect(m.indexOf('ITEM-1')).toBeLessThan(m.indexOf('ITEM-2'));
    expect(m.match(/adlcp:masteryscore/g)).toHaveLength(2); // open and close tag, first lesson only
    expect(m).toContain('<resource identifier="SCO-2" type="webcontent" adlcp:scormtype="sco" href="b/index.html">');
    expect(m).toContain('<file href="_astro/x.js"/>');
  });
});
