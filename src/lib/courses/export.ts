/**
 * Courses for the LMSs trainers already use (issue 16): the SCORM 1.2
 * manifest of a course package (one SCO per lesson, in order) and the
 * course's quiz questions in Moodle's GIFT format. Pure: no fs.
 */

export interface ExportLesson {
  /** The lesson's folder in the package (its slug without the order number). */
  slug: string;
  title: string;
  /** The lesson's source file, for messages. */
  file: string;
  /** Files the lesson's SCO uses, relative to the package root (its page first). */
  files: string[];
  quiz: { question: string; choices: string[]; answer: number | number[]; explanation: string }[];
}

export interface ExportCourse {
  id: string;
  lang: string;
  title: string;
  passMark: number;
  lessons: ExportLesson[];
}

export { exportUrls } from '../offline/urls.ts';

/** A quiz or package that cannot be exported, with the file and the reason. */
export class ExportError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const id = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '-');

/** The XSDs packaged at the root of every SCORM 1.2 package (src/scorm/xsd/). */
export const SCORM_XSDS = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imsmd_rootv1p2p1.xsd'] as const;

/** `imsmanifest.xml` for a course: one organization, one item and one SCO resource per lesson. */
export function scormManifest(course: ExportCourse): string {
  const items = course.lessons
    .map(
      (l, i) => `      <item identifier="ITEM-${i + 1}" identifierref="SCO-${i + 1}" isvisible="true">
        <title>${xml(l.title)}</title>${l.quiz.length ? `\n        <adlcp:masteryscore>${course.passMark}</adlcp:masteryscore>` : ''}
      </item>`,
    )
    .join('\n');
  const resources = course.lessons
    .map(
      (l, i) => `    <resource identifier="SCO-${i + 1}" type="webcontent" adlcp:scormtype="sco" href="${xml(l.files[0])}">
${l.files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id(`migrar-con-derechos-${course.id}-${course.lang}`)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${xml(course.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`;
}

/** Text as GIFT needs it: `~ = # { } :` and backslashes escaped, line breaks as `\n`. */
export function giftEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([~=#{}:])/g, '\\$1')
    .replace(/\r?\n/g, '\\n');
}

/** Moodle's allowed answer weights: a right answer among n right ones gets 100/n, rounded as Moodle writes it. */
function weight(n: number): string {
  const w = 100 / n;
  return Number.isInteger(w) ? String(w) : w.toFixed(5);
}

/**
 * The course's questions in GIFT, grouped by lesson (`$CATEGORY:` lines):
 * one right answer as `=`, several as weighted `~%…%` answers, the
 * explanation as the question's general feedback (`####`).
 */
export function courseGift(course: ExportCourse): string {
  const out: string[] = [`// ${course.title} (${course.lang}) — Migrar con derechos`, `// Import in Moodle: Question bank → Import → GIFT format.`, ''];
  course.lessons.forEach((l, li) => {
    if (!l.quiz.length) return;
    out.push(`$CATEGORY: $course$/${giftEscape(course.title).replace(/\//g, '-')}/${String(li + 1).padStart(2, '0')} ${giftEscape(l.title).replace(/\//g, '-')}`, '');
    l.quiz.forEach((q, qi) => {
      const right = Array.isArray(q.answer) ? q.answer : [q.answer];
      if (q.choices.length < 2) throw new ExportError(l.file, `question ${qi + 1} has fewer than two choices; GIFT needs a multiple-choice question`);
      for (const a of right) {
        if (!Number.isInteger(a) || a < 0 || a >= q.choices.length) throw new ExportError(l.file, `question ${qi + 1}: answer ${a} is not one of its ${q.choices.length} choices`);
      }
      if (q.choices.some((c) => !c.trim())) throw new ExportError(l.file, `question ${qi + 1} has an empty choice, which GIFT cannot hold`);
      const name = `${l.slug}-${qi + 1}`;
      const answers = q.choices.map((c, ci) => {
        if (right.length === 1) return `  ${ci === right[0] ? '=' : '~'}${giftEscape(c)}`;
        return `  ~%${right.includes(ci) ? weight(right.length) : '-100'}%${giftEscape(c)}`;
      });
      out.push(`::${giftEscape(name)}::${giftEscape(q.question)} {`, ...answers, `  ####${giftEscape(q.explanation)}`, '}', '');
    });
  });
  return out.join('\n');
}
