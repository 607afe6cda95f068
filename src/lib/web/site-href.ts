/**
 * Internal addresses as the reader's copy of the site needs them. On the
 * web they stay as written (`/es/guides/`). In the shelter kit (ZIM archives
 * read with Kiwix, issue 15) pages live under a prefix and folders have no
 * index: the kit marks `<html data-root="../../">`, and `/es/guides/`
 * becomes `../../es/guides/index.html`, resolved against the page. Server-rendered HTML is rewritten
 * the same way by the kit step (src/lib/kit/links.ts); islands call this.
 */
export function siteHref(path: string): string {
  if (typeof document === 'undefined' || !path.startsWith('/') || path.startsWith('//')) return path;
  const root = document.documentElement.dataset.root;
  if (root === undefined) return path;
  const cut = path.search(/[?#]/);
  const [p, rest] = cut === -1 ? [path, ''] : [path.slice(0, cut), path.slice(cut)];
  // Resolved against the page, not left relative: a dynamic import() resolves a relative
  // address against the importing module (in _astro/), not the page.
  return new URL(`${root}${p.slice(1)}${p.endsWith('/') ? 'index.html' : ''}${rest}`, location.href).href;
}
