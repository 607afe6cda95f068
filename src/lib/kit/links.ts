/**
 * Links for the shelter kit (issue 15): a ZIM archive is read under a
 * prefix (`/content/<book>/` in kiwix-serve) and Kiwix readers do not map
 * a folder to its `index.html`. So every internal address in a page
 * becomes relative and explicit: in `es/guides/x/index.html`, `/es/guides/`
 * becomes `../index.html` and `/_astro/a.js` becomes `../../../_astro/a.js`.
 * A link to a page that is not in the archive (another language, the
 * language chooser) becomes a link to the public site when its address is
 * known, and plain text otherwise: never a dead link. Pure: the caller says
 * which paths exist.
 */

/** Attributes that hold addresses (Astro islands load their code from `component-url` and `renderer-url`). */
const ATTRS = ['href', 'src', 'action', 'component-url', 'renderer-url', 'before-hydration-url', 'poster'];
const ATTR_RE = new RegExp(`(\\s)(${ATTRS.join('|')})="(/(?!/)[^"]*)"`, 'g');

/** What is at a path of the archive: a file, a folder with an index.html, or nothing. */
export type Lookup = (path: string) => 'file' | 'dir' | null;

/** `../` as many times as `file` (a path inside the archive, no leading slash) is deep; `./` at the top. */
export function rootOf(file: string): string {
  const depth = file.split('/').length - 1;
  return depth ? '../'.repeat(depth) : './';
}

/** The file an absolute path means in the archive (`/es/guides/` → `es/guides/index.html`), or null. */
export function targetOf(path: string, lookup: Lookup): string | null {
  const p = decodeURI(path).replace(/^\//, '');
  if (p === '' || p.endsWith('/')) return lookup(`${p}index.html`) === 'file' ? `${p}index.html` : null;
  const kind = lookup(p);
  if (kind === 'file') return p;
  if (kind === 'dir' && lookup(`${p}/index.html`) === 'file') return `${p}/index.html`;
  return null;
}

/** `target` (archive path) relative to the folder of `file`. */
export function relativePath(file: string, target: string): string {
  const from = file.split('/').slice(0, -1);
  const to = target.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  const rel = [...Array(from.length - i).fill('..'), ...to.slice(i)].join('/');
  return encodeURI(rel);
}

export interface RewriteResult {
  html: string;
  /** Internal addresses that are not in the archive and were made external or plain text. */
  outside: string[];
}

/**
 * Rewrites one page of the archive. `external(path)` gives the public
 * address of a page that is not in the archive, or null (the link is then
 * kept as text, its address moved to `data-kit-outside`).
 */
export function rewriteHtml(html: string, file: string, lookup: Lookup, external: (path: string) => string | null): RewriteResult {
  const outside: string[] = [];
  const out = html.replace(ATTR_RE, (_, space: string, attr: string, value: string) => {
    const cut = value.search(/[?#]/);
    const [path, rest] = cut === -1 ? [value, ''] : [value.slice(0, cut), value.slice(cut)];
    const target = targetOf(path, lookup);
    if (target) return `${space}${attr}="${relativePath(file, target)}${rest}"`;
    outside.push(value);
    const ext = external(value);
    return ext ? `${space}${attr}="${ext}"` : `${space}data-kit-outside="${value}"`;
  });
  // Where the islands find the archive's root (src/lib/web/site-href.ts).
  return { html: out.replace(/<html\b/, `<html data-root="${rootOf(file)}"`), outside };
}

/**
 * Vite's preload helper loads a dynamic import's dependencies from `/` +
 * `_astro/…`; in the archive they sit next to the helper itself, under the
 * book's prefix. Rewritten to resolve them against the helper's own URL.
 * Returns null when the pattern is not there (the caller stops: a Vite
 * upgrade changed it).
 */
export function rewritePreloadHelper(js: string): string | null {
  const re = /function\((\w)\)\{return`\/`\+\1\}/;
  if (!re.test(js)) return null;
  return js.replace(re, (_m, v: string) => `function(${v}){return new URL(\`../\`+${v},import.meta.url).href}`);
}
