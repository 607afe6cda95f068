/**
 * Markdown inline content ↔ XLIFF 1.2 inline markup. Emphasis, strong text
 * and links become paired `<g>` elements (the translator moves them, the
 * link's address stays in the skeleton); MDX components, code, images and
 * numbers become `<x/>` placeholders a translator cannot break (they come
 * back from the skeleton as written). Pure.
 */

/** What a placeholder stands for. */
export interface Placeholder {
  id: string;
  /** g: paired (bold, italic, link); x: a standalone piece of source (component, code, number…). */
  tag: 'g' | 'x';
  ctype: string;
  /** For x: the source text it stands for. For links: the address. */
  raw?: string;
}

/** An mdast node as satteri gives it (only what we read). */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  name?: string;
  children?: MdNode[];
  position?: { start: { offset: number }; end: { offset: number } };
}

export const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escXml(s).replace(/"/g, '&quot;');

/** Numbers, amounts, dates and codes in digits: placeholders, so a translation keeps them as they are. */
const NUMBER = /\d+(?:[.,:/-]\d+)*/g;

function textToInline(text: string, ph: Placeholder[], next: () => string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(NUMBER)) {
    out += escXml(text.slice(at, m.index));
    const id = `n${next()}`;
    ph.push({ id, tag: 'x', ctype: 'x-number', raw: m[0] });
    out += `<x id="${id}" ctype="x-number" equiv-text="${escAttr(m[0])}"/>`;
    at = m.index! + m[0].length;
  }
  return out + escXml(text.slice(at));
}

/**
 * The XLIFF inline form of `nodes` (children of a paragraph, heading, cell…),
 * with the placeholders it uses. `src` is the file text (for raw pieces).
 */
export function toInline(nodes: readonly MdNode[], src: string): { inline: string; placeholders: Placeholder[] } {
  const ph: Placeholder[] = [];
  let n = 0;
  const next = () => String(++n);
  const raw = (node: MdNode) => (node.position ? src.slice(node.position.start.offset, node.position.end.offset) : (node.value ?? ''));
  const walk = (list: readonly MdNode[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return textToInline(node.value ?? '', ph, next);
        if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'link') {
          const id = `g${next()}`;
          const ctype = node.type === 'strong' ? 'bold' : node.type === 'emphasis' ? 'italic' : 'link';
          ph.push({ id, tag: 'g', ctype, ...(node.type === 'link' ? { raw: node.url } : {}) });
          return `<g id="${id}" ctype="${ctype}">${walk(node.children ?? [])}</g>`;
        }
        if (node.type === 'break') return '\n';
        // Components, code, images, HTML: kept exactly as written.
        const id = `x${next()}`;
        const text = raw(node);
        ph.push({ id, tag: 'x', ctype: 'x-mdx', raw: text });
        return `<x id="${id}" ctype="x-mdx" equiv-text="${escAttr(text.length > 60 ? `${text.slice(0, 57)}…` : text)}"/>`;
      })
      .join('');
  return { inline: walk(nodes), placeholders: ph };
}

/** Plain text (no markup) in XLIFF inline form, for front matter fields. */
export function plainToInline(text: string): { inline: string; placeholders: Placeholder[] } {
  const ph: Placeholder[] = [];
  let n = 0;
  return { inline: textToInline(text, ph, () => String(++n)), placeholders: ph };
}

/** A parsed piece of a target: text, or a placeholder with (for g) its content. */
export type InlinePart = { text: string } | { g: string; parts: InlinePart[] } | { x: string };

/** Markdown characters that would turn a translator's text into markup (a link, emphasis, a component). */
const MD_SPECIAL = /[\\`*_[\]{}<>]/g;

/**
 * Markdown (or plain text, `plain`) from a target's parts, using the
 * placeholders of the source. Internal links are moved to `lang`.
 */
export function fromInline(parts: readonly InlinePart[], placeholders: readonly Placeholder[], lang: string, plain = false): string {
  const byId = new Map(placeholders.map((p) => [p.id, p]));
  const out = (list: readonly InlinePart[]): string =>
    list
      .map((p) => {
        if ('text' in p) return plain ? p.text : p.text.replace(MD_SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
        if ('x' in p) return byId.get(p.x)?.raw ?? '';
        const ph = byId.get(p.g)!;
        const inner = out(p.parts);
        if (ph.ctype === 'bold') return `**${inner}**`;
        if (ph.ctype === 'italic') return `*${inner}*`;
        const url = (ph.raw ?? '').replace(/^\/es\//, `/${lang}/`);
        return `[${inner}](${url})`;
      })
      .join('');
  return out(parts);
}

/** Placeholder ids used in `parts`, in order, with their tag. */
export function usedPlaceholders(parts: readonly InlinePart[]): { id: string; tag: 'g' | 'x' }[] {
  return parts.flatMap((p) => ('x' in p ? [{ id: p.x, tag: 'x' as const }] : 'g' in p ? [{ id: p.g, tag: 'g' as const }, ...usedPlaceholders(p.parts)] : []));
}
