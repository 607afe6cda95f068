/**
 * XLIFF 1.2 files for translators (Weblate, OmegaT, Poedit, memoQ, Trados):
 * one `<file>` per page, one `<trans-unit>` per unit, with the Spanish
 * source, the current translation, its state, the hash of the Spanish text
 * (`extradata`), the page address and a note on context. Reading is strict
 * (a real XML parser, saxes): a file that is not well-formed XLIFF 1.2 is
 * refused with the line where it breaks. Pure.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { escXml, type InlinePart } from './inline.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** A unit as written to / read from XLIFF. */
export interface XUnit {
  id: string;
  /** XLIFF inline source. */
  source: string;
  /** XLIFF inline target (as written on export); parsed parts on import. */
  target?: string;
  targetParts?: InlinePart[];
  /** needs-translation, needs-review-translation (machine-made), final (reviewed by a person), translated… */
  state?: string;
  approved?: boolean;
  /** Hash of the Spanish text this unit was exported with. */
  hash: string;
  note?: string;
}

/** One page in an XLIFF file. */
export interface XFile {
  /** The Spanish file, e.g. content/guides/es/pedir-asilo-o-refugio.mdx. */
  original: string;
  targetLanguage: string;
  /** The page's address in the target language. */
  url?: string;
  /** Every unit id of the page as exported (so a removed unit is noticed). */
  exported: string[];
  units: XUnit[];
}

const attr = (s: string) => escXml(s).replace(/"/g, '&quot;');

/** An XLIFF 1.2 document of `files`. */
export function writeXliff(files: readonly XFile[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff version="1.2" xmlns="${XLIFF_NS}">`];
  for (const f of files) {
    out.push(`  <file original="${attr(f.original)}" source-language="es" target-language="${attr(f.targetLanguage)}" datatype="x-mdx" tool-id="migrar-con-derechos">`);
    out.push('    <header>');
    out.push('      <tool tool-id="migrar-con-derechos" tool-name="Migrar con derechos (npm run translations:export)"/>');
    if (f.url) out.push(`      <note from="portal" annotates="general">page: ${escXml(f.url)}</note>`);
    out.push(`      <note from="portal" annotates="general">units: ${f.exported.join(' ')}</note>`);
    out.push('    </header>');
    out.push('    <body>');
    for (const u of f.units) {
      out.push(`      <trans-unit id="${attr(u.id)}" resname="${attr(u.id)}" extradata="sha:${u.hash}" approved="${u.approved ? 'yes' : 'no'}" xml:space="preserve">`);
      out.push(`        <source xml:lang="es">${u.source}</source>`);
      out.push(`        <target xml:lang="${attr(f.targetLanguage)}" state="${attr(u.state ?? 'needs-translation')}">${u.target ?? ''}</target>`);
      if (u.note) out.push(`        <note from="portal">${escXml(u.note)}</note>`);
      out.push('      </trans-unit>');
    }
    out.push('    </body>');
    out.push('  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

/** A problem with an XLIFF file, before any unit is looked at. */
export class XliffError extends Error {
  /** The line where the file breaks, when known. */
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

interface El {
  name: string;
  attrs: Record<string, string>;
  parts: (El | string)[];
  line: number;
}

/** Parses and checks an XLIFF 1.2 document. Throws XliffError when it is not well-formed XLIFF 1.2. */
export function readXliff(xml: string): XFile[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: El[] = [];
  let root: El | null = null;
  let error: XliffError | null = null;
  parser.on('error', (e) => {
    error ??= new XliffError(`not well-formed XML: ${e.message}`, parser.line);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const el: El = { name: tag.local, attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.prefix === 'xml' ? `xml:${a.local}` : a.local, a.value])), parts: [], line: parser.line };
    if (!root) {
      if (tag.uri !== XLIFF_NS || tag.local !== 'xliff') error ??= new XliffError(`the root element is not <xliff> of XLIFF 1.2 (${XLIFF_NS})`, parser.line);
      root = el;
    } else stack[stack.length - 1].parts.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].parts.push(t);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= new XliffError(`not well-formed XML: ${e instanceof Error ? e.message : String(e)}`, parser.line);
  }
  if (error) throw error;
  if (!root) throw new XliffError('the file is empty');
  const r = root as El;
  if (r.attrs.version !== '1.2') throw new XliffError(`XLIFF version "${r.attrs.version ?? ''}" (this site reads 1.2)`, r.line);
  const kids = (el: El, name: string) => el.parts.filter((p): p is El => typeof p !== 'string' && p.name === name);
  const text = (el: El): string => el.parts.map((p) => (typeof p === 'string' ? p : text(p))).join('');
  return kids(r, 'file').map((f) => {
    for (const a of ['original', 'source-language', 'datatype']) if (!f.attrs[a]) throw new XliffError(`<file> without ${a}=""`, f.line);
    const notes = kids(f, 'header').flatMap((h) => kids(h, 'note')).map(text);
    const exported = (notes.find((n) => n.startsWith('units: ')) ?? 'units: ').slice(7).split(/\s+/).filter(Boolean);
    const body = kids(f, 'body')[0];
    if (!body) throw new XliffError(`<file original="${f.attrs.original}"> has no <body>`, f.line);
    const units = kids(body, 'trans-unit').map((u): XUnit => {
      if (!u.attrs.id) throw new XliffError('<trans-unit> without id=""', u.line);
      const source = kids(u, 'source')[0];
      if (!source) throw new XliffError(`unit ${u.attrs.id} has no <source>`, u.line);
      const target = kids(u, 'target')[0];
      return {
        id: u.attrs.id,
        source: text(source),
        targetParts: target ? inlineParts(target) : undefined,
        state: target?.attrs.state,
        approved: u.attrs.approved === 'yes',
        hash: (u.attrs.extradata ?? '').replace(/^sha:/, ''),
      };
    });
    return { original: f.attrs.original, targetLanguage: f.attrs['target-language'] ?? '', exported, units };
  });

  function inlineParts(el: El): InlinePart[] {
    return el.parts.flatMap((p): InlinePart[] => {
      if (typeof p === 'string') return [{ text: p }];
      if (p.name === 'g') return [{ g: p.attrs.id ?? '', parts: inlineParts(p) }];
      if (p.name === 'x' || p.name === 'ph' || p.name === 'bx' || p.name === 'ex') return [{ x: p.attrs.id ?? '' }];
      // mrk (segmentation and comments from tools) only wraps text.
      return inlineParts(p);
    });
  }
}
