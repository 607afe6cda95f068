// @vitest-environment node
import { describe, it, expect, afterEach } from 'vitest';
import { rewriteHtml, rewritePreloadHelper, relativePath, rootOf, targetOf, type Lookup } from '../../src/lib/kit/links.ts';
import { siteHref } from '../../src/lib/web/site-href.ts';
import { KIT_README } from '../../src/lib/kit/readme.ts';

const FILES = new Set(['es/index.html', 'es/guides/index.html', 'es/guides/x/index.html', '_astro/a.js', '_astro/b.css', 'pagefind/pagefind.js', 'directory/es.json']);
const DIRS = new Set(['es', 'es/guides', 'es/guides/x', '_astro', 'pagefind', 'directory']);
const lookup: Lookup = (p) => (FILES.has(p) ? 'file' : DIRS.has(p.replace(/\/$/, '')) ? 'dir' : null);

describe('addresses inside a ZIM archive', () => {
  it('folders become their index.html, files stay, the rest is not in the archive', () => {
    expect(targetOf('/es/guides/', lookup)).toBe('es/guides/index.html');
    expect(targetOf('/es/guides', lookup)).toBe('es/guides/index.html');
    expect(targetOf('/_astro/a.js', lookup)).toBe('_astro/a.js');
    expect(targetOf('/en/guides/', lookup)).toBeNull();
    expect(targetOf('/', lookup)).toBeNull();
  });

  it('relative to the page that links', () => {
    expect(rootOf('es/guides/x/index.html')).toBe('../../../');
    expect(rootOf('index.html')).toBe('./');
    expect(relativePath('es/guides/x/index.html', 'es/guides/index.html')).toBe('../index.html');
    expect(relativePath('es/guides/x/index.html', '_astro/a.js')).toBe('../../../_astro/a.js');
    expect(relativePath('es/index.html', 'es/guides/x/index.html')).toBe('guides/x/index.html');
  });

  it('rewrites links, assets, island code and forms; a link out of the archive goes to the public site or becomes text', () => {
    const html =
      '<html lang="es"><head><link rel="stylesheet" href="/_astro/b.css"><script type="module" src="/_astro/a.js"></script></head><body>' +
      '<a href="/es/guides/?q=1#top">Guías</a> <a href="/en/guides/x/">English</a> <a href="https://acnur.org/">ACNUR</a> <a href="tel:+5255">tel</a>' +
      '<astro-island component-url="/_astro/a.js" renderer-url="/_astro/a.js"></astro-island><form action="/es/guides/"></form></body></html>';
    const offline = rewriteHtml(html, 'es/guides/x/index.html', lookup, () => null);
    expect(offline.html).toContain('<html data-root="../../../" lang="es">');
    expect(offline.html).toContain('href="../../../_astro/b.css"');
    expect(offline.html).toContain('src="../../../_astro/a.js"');
    expect(offline.html).toContain('<a href="../index.html?q=1#top">Guías</a>');
    expect(offline.html).toContain('<a data-kit-outside="/en/guides/x/">English</a>');
    expect(offline.html).toContain('component-url="../../../_astro/a.js" renderer-url="../../../_astro/a.js"');
    expect(offline.html).toContain('action="../index.html"');
    expect(offline.html).toContain('href="https://acnur.org/"');
    expect(offline.html).toContain('href="tel:+5255"');
    expect(offline.outside).toEqual(['/en/guides/x/']);
    const online = rewriteHtml(html, 'es/guides/x/index.html', lookup, (p) => `https://migrar.example.org${p}`);
    expect(online.html).toContain('<a href="https://migrar.example.org/en/guides/x/">English</a>');
  });

  it("rewrites Vite's preload helper to load chunks next to itself, and refuses an unknown one", () => {
    const js = 'var t=function(e){return`/`+e},n={};';
    expect(rewritePreloadHelper(js)).toBe('var t=function(e){return new URL(`../`+e,import.meta.url).href},n={};');
    expect(rewritePreloadHelper('var t=function(e){return e}')).toBeNull();
  });
});

describe('siteHref (islands)', () => {
  const g = globalThis as unknown as { document?: unknown; location?: unknown };
  afterEach(() => {
    delete g.document;
    delete g.location;
  });

  it('leaves addresses alone on the web and when rendering on the server', () => {
    expect(siteHref('/es/guides/')).toBe('/es/guides/');
    g.document = { documentElement: { dataset: {} } };
    expect(siteHref('/es/guides/')).toBe('/es/guides/');
  });

  it('in the kit, resolves them against the page, with index.html', () => {
    g.document = { documentElement: { dataset: { root: '../../' } } };
    g.location = { href: 'http://127.0.0.1:8080/book/es/search/index.html?q=x' };
    expect(siteHref('/es/guides/x/?a=1')).toBe('http://127.0.0.1:8080/book/es/guides/x/index.html?a=1');
    expect(siteHref('/pagefind/pagefind.js')).toBe('http://127.0.0.1:8080/book/pagefind/pagefind.js');
    expect(siteHref('https://acnur.org/')).toBe('https://acnur.org/');
  });
});

describe('the kit’s README', () => {
  it('names every file and says how to open it, in six languages', () => {
    const text = KIT_README({ month: '2026-11', langs: ['es', 'ar'], zimName: (l) => `migrar-con-derechos_${l}_all_2026-11.zim`, siteUrl: '' });
    expect(text).toContain('migrar-con-derechos_es_all_2026-11.zim');
    expect(text).toContain('directory_ar.pdf');
    expect(text.match(/kiwix-serve --port 8080/g)).toHaveLength(6);
    expect(text).not.toContain('undefined');
  });
  it('tells the latest changes in each language that has them (issue 24)', () => {
    const changes = {
      es: [{ date: '2026-12-06', text: 'México: el plazo se cuenta en días hábiles.' }],
      ar: [{ date: '2026-12-06', text: 'المكسيك: تُحسب المهلة بأيام العمل.' }],
    };
    const text = KIT_README({ month: '2026-12', langs: ['es', 'ar'], zimName: (l) => `migrar-con-derechos_${l}_all_2026-12.zim`, siteUrl: '', changes });
    expect(text).toContain('Últimos cambios que debes conocer:\n- 2026-12-06: México: el plazo se cuenta en días hábiles.');
    expect(text).toContain('آخر التغييرات التي يجب أن تعرفها:\n- 2026-12-06: المكسيك');
    expect(text).not.toContain('Latest changes you should know');
  });
});
