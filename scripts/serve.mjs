#!/usr/bin/env node
// Serves the built site (dist/) the way a static host does: directory
// URLs get index.html, a URL without its trailing slash is redirected,
// unknown URLs get the language's 404 page with status 404, text is gzipped.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
// Also a module: `siteHandler(() => dir)` serves a folder (scripts/edit.mjs uses it).
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.csv']);

/** Rules from dist/_headers (the Netlify/Cloudflare format): path pattern, then indented headers. */
function readHeaderRules(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length && line.trim().startsWith('!')) {
      // `! Name` detaches a header set by an earlier rule (Cloudflare Pages syntax).
      rules[rules.length - 1].headers[line.trim().slice(1).trim()] = null;
    } else if (rules.length) {
      const i = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
const headersFrom = (headerRules) => (pathname) => {
  const merged = Object.assign({}, ...headerRules.filter((r) => (r.pattern.endsWith('*') ? pathname.startsWith(r.pattern.slice(0, -1)) : pathname === r.pattern)).map((r) => r.headers));
  for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
  return merged;
};

function fileFor(root, pathname) {
  const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
  const full = join(root, safe);
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(join(full, 'index.html'))) return join(full, 'index.html');
  return null;
}

function send(root, headersFor, req, res, file, status = 200, pathname = '/') {
  const ext = extname(file);
  const headers = {
    ...headersFor(pathname),
    'Content-Type': headersFor(pathname)['Content-Type'] || TYPES[ext] || 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': file.includes(`${join(root, '_astro')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(headersFor(pathname)['Cache-Control'] ? { 'Cache-Control': headersFor(pathname)['Cache-Control'] } : {}),
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Vary'] = 'Accept-Encoding';
  // A validator, as static hosts send (nginx, Netlify): a phone re-checking an unchanged file
  // (`no-cache`: the pack list, the service worker) gets "304 Not Modified", not the file again.
  if (status === 200) {
    const st = statSync(file);
    headers['ETag'] = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${gzip ? '-gz' : ''}"`;
    if (req.headers['if-none-match'] === headers['ETag']) {
      delete headers['Content-Encoding'];
      res.writeHead(304, headers);
      return res.end();
    }
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

/**
 * A request handler serving the built site in `dir()` (read on each request, so the
 * folder can be swapped for a newer build). Returns false for nothing.
 */
export function siteHandler(dir) {
  let cached = { root: null, headersFor: null };
  return (req, res) => {
    const root = resolve(dir());
    if (cached.root !== root) cached = { root, headersFor: headersFrom(readHeaderRules(root)) };
    const { headersFor } = cached;
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const file = fileFor(root, pathname);
    if (file) {
      // /es/guides → /es/guides/ (trailingSlash: 'always').
      if (file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
        const q = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        res.writeHead(301, { Location: `${pathname}/${q}` }).end();
        return;
      }
      return send(root, headersFor, req, res, file, 200, pathname);
    }
    // A language folder has its own 404 page (plain Node, no TypeScript: this runs on any Node).
    const first = pathname.split('/')[1] ?? '';
    const notFound = (/^[a-z]{2,3}$/.test(first) && fileFor(root, `/${first}/404/`)) || fileFor(root, '/404.html');
    if (notFound) return send(root, headersFor, req, res, notFound, 404, pathname);
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  };
}

/** `node scripts/serve.mjs [--port 4321] [--dir dist]` (also what `npm start` runs). */
export function serveFromArgs(args = process.argv.slice(2)) {
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const port = Number(opt('--port', process.env.PORT || 4321));
  const root = resolve(opt('--dir', 'dist'));
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built site in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds when needed).`);
    process.exit(1);
  }
  const server = createServer(siteHandler(() => root));
  server.listen(port, () => {
    console.log(`Serving ${root} at http://localhost:${port}/`);
  });
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) serveFromArgs();
