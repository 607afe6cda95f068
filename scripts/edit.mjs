#!/usr/bin/env node
// `npm run edit`: the web editor on this computer, with no account and no internet.
// Builds the site if needed, then serves it with the editor at /admin/ and Decap's
// local backend (decap-server, which writes the files you save straight into this
// folder) behind the same address. After each save it runs the content check on
// the saved files and prints what it finds, naming the page by its title; the
// editor shows the same report. Then it rebuilds the preview in the background.
// Nothing is committed: review your changes with `git diff`, then commit.
//
// Usage: npm run edit [-- --port 4321] [--lang en] [--root <project>] [--dir <built site>] [--no-rebuild]
import { spawn, spawnSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createServer as netServer } from 'node:net';
import { siteHandler } from './serve.mjs';
import { needsBuild } from './build-state.mjs';
import { checkContent } from '../src/lib/check/content-check.ts';
import { formatProblems, volunteerLang } from '../src/lib/check/problems.ts';
import { msg, say } from '../src/i18n/check/messages.ts';
import { MAX_IMAGE_BYTES } from '../src/lib/check/bodies.ts';
import { readEntry } from '../src/lib/editor/frontmatter-patch.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = resolve(opt('--root', process.env.PORTAL_CONTENT_ROOT || '.'));
const port = Number(opt('--port', process.env.PORT || 4321));
const lang = volunteerLang(opt('--lang'));
const rebuild = !args.includes('--no-rebuild');
const started = performance.now();

const TEXT = {
  es: {
    building: 'Construyendo el sitio (la primera vez tarda un minuto)…',
    ready: (url, s) => `El editor web está listo en ${s} s:\n\n  ${url}admin/\n\nAbre esa dirección en el navegador. Lo que guardes se escribe en ${root}.\nRevisa los cambios con «git diff» y haz commit. Para salir: Ctrl+C.\n`,
    saved: (files) => `Guardado: ${files.join(', ')}`,
    ok: 'La revisión no encontró problemas en lo que guardaste.',
    problems: 'La revisión encontró esto en lo que guardaste (corrígelo en el editor y guarda otra vez):',
    preview: (s) => `Vista previa actualizada (${s} s).`,
    previewFailed: 'La vista previa no se actualizó: corrige los errores de arriba y guarda otra vez.',
    noBackend: 'No se pudo iniciar el servidor local del editor (decap-server). ¿Ejecutaste «npm install»?',
    busy: (p) => `El puerto ${p} está ocupado. Prueba con otro: npm run edit -- --port 4400`,
  },
  en: {
    building: 'Building the site (the first time takes a minute)…',
    ready: (url, s) => `The web editor is ready in ${s} s:\n\n  ${url}admin/\n\nOpen that address in your browser. What you save is written to ${root}.\nReview your changes with “git diff”, then commit. To stop: Ctrl+C.\n`,
    saved: (files) => `Saved: ${files.join(', ')}`,
    ok: 'The check found no problems in what you saved.',
    problems: 'The check found this in what you saved (fix it in the editor and save again):',
    preview: (s) => `Preview updated (${s} s).`,
    previewFailed: 'The preview was not updated: fix the errors above and save again.',
    noBackend: 'Could not start the editor’s local server (decap-server). Did you run “npm install”?',
    busy: (p) => `Port ${p} is in use. Try another one: npm run edit -- --port 4400`,
  },
}[lang];

// 1. The built site (with the editor at /admin/).
let current = resolve(opt('--dir', join(root, 'dist')));
if (!opt('--dir') && (needsBuild(root) || !existsSync(join(current, 'admin', 'index.html')))) {
  console.log(TEXT.building);
  const r = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, PORTAL_CONTENT_ROOT: root } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// 2. Decap's local backend, on a free port only this script talks to.
const freePort = () =>
  new Promise((done, fail) => {
    const s = netServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port: p } = s.address();
      s.close(() => done(p));
    });
  });
const backendPort = await freePort();
const require = createRequire(import.meta.url);
let decapServerPath;
try {
  decapServerPath = require.resolve('decap-server/dist/index.js');
} catch {
  console.error(TEXT.noBackend);
  process.exit(1);
}
const backend = spawn(process.execPath, [decapServerPath], {
  env: { ...process.env, PORT: String(backendPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
backend.on('exit', (code) => {
  if (code) console.error(TEXT.noBackend);
  process.exit(code ?? 1);
});
for (let i = 0; ; i++) {
  const up = await new Promise((done) => {
    const r = request({ host: '127.0.0.1', port: backendPort, path: '/api/v1', method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      done(res.statusCode === 200);
    });
    r.on('error', () => done(false));
    r.end(JSON.stringify({ action: 'info' }));
  });
  if (up) break;
  if (i > 100) {
    console.error(TEXT.noBackend);
    process.exit(1);
  }
  await new Promise((done) => setTimeout(done, 100));
}

// 3. The check, on what was saved.
const rel = (file) => relative(root, resolve(root, file)).split(sep).join('/');
/** The title a volunteer knows a file by. */
function titleOf(file, entries) {
  const entry = entries.find((e) => e.file === file);
  let data = entry?.data;
  if (!data) {
    try {
      data = readEntry(readFileSync(join(root, file), 'utf8'));
    } catch {
      data = {};
    }
  }
  const pick = (v) => (v && typeof v === 'object' ? (v.es ?? Object.values(v)[0]) : v);
  return String(pick(data.title) ?? pick(data.name) ?? file);
}
let lastReport = { files: [], problems: [] };
function checkSaved(files) {
  const { problems, entries } = checkContent(root);
  const saved = new Set(files.map(rel));
  const mine = problems.filter((p) => saved.has(p.file) || [...saved].some((f) => say(p.problem, 'en').includes(f)));
  console.log(`\n${TEXT.saved([...saved])}`);
  if (!mine.length) console.log(TEXT.ok);
  else {
    console.log(TEXT.problems);
    for (const file of new Set(mine.map((p) => p.file))) {
      console.log(`\n«${titleOf(file, entries)}»`);
      console.log(formatProblems(mine.filter((p) => p.file === file), lang));
    }
  }
  lastReport = {
    files: [...saved],
    problems: mine.map((p) => ({ ...p, title: titleOf(p.file, entries), problem: p.problem, fix: p.fix })),
  };
  return mine.some((p) => p.severity === 'error');
}
const reportIn = (l) => ({
  files: lastReport.files,
  problems: lastReport.problems.map((p) => ({ title: p.title, file: p.file, line: p.line, field: p.field, severity: p.severity, problem: say(p.problem, l), fix: say(p.fix, l) })),
});

// 4. The preview, rebuilt after each good save into a second folder, then swapped in.
const previews = [join(root, '.edit', 'preview-a'), join(root, '.edit', 'preview-b')];
let building = null;
let again = false;
function rebuildPreview() {
  if (!rebuild) return;
  if (building) {
    again = true;
    return;
  }
  const out = previews.find((p) => p !== current);
  rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  building = spawn('npx', ['astro', 'build', '--silent'], { env: { ...process.env, PORTAL_CONTENT_ROOT: root, PORTAL_OUT_DIR: out }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  building.stderr.on('data', (d) => (err += d));
  building.on('exit', (code) => {
    building = null;
    if (code === 0 && existsSync(join(out, 'index.html'))) {
      current = out;
      console.log(TEXT.preview(((performance.now() - t0) / 1000).toFixed(1)));
    } else console.log(`${TEXT.previewFailed}\n${err.trim().split('\n').slice(-5).join('\n')}`);
    if (again) {
      again = false;
      rebuildPreview();
    }
  });
}

// 5. One address: the site, the editor, and the local backend at /api/v1.
const site = siteHandler(() => current);
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/__edit/check') {
    const l = url.searchParams.get('lang') === 'en' ? 'en' : 'es';
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(reportIn(l)));
    return;
  }
  if (url.pathname !== '/api/v1') return site(req, res);
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    let action = null;
    let files = [];
    try {
      const json = JSON.parse(body.toString('utf8'));
      action = json.action;
      if (action === 'persistEntry') {
        // Decap sends every language file of the entry; report only those whose text changes.
        const same = (f) => {
          try {
            return readFileSync(resolve(root, f.path), 'utf8') === f.raw;
          } catch {
            return false;
          }
        };
        files = [...(json.params.dataFiles ?? [json.params.entry]).filter((f) => !same(f)), ...(json.params.assets ?? [])].map((f) => f.path);
      }
      if (action === 'persistMedia') {
        files = [json.params.asset.path];
        // Refuse heavy images here, before they reach the repository (the check refuses them too).
        const bytes = Math.floor((json.params.asset.content.length * 3) / 4);
        if (bytes > MAX_IMAGE_BYTES) {
          const kb = Math.round(bytes / 1024);
          console.log(`\n${json.params.asset.path}: ${say(msg('image-too-heavy', json.params.asset.path, kb, MAX_IMAGE_BYTES / 1024), lang)} — ${say(msg('make-image-lighter'), lang)}`);
          res.writeHead(422, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: say(msg('image-too-heavy', json.params.asset.path, kb, MAX_IMAGE_BYTES / 1024), lang) }));
          return;
        }
      }
    } catch {
      // Not JSON: decap-server answers with its own error.
    }
    const upstream = request(
      { host: '127.0.0.1', port: backendPort, path: '/api/v1', method: 'POST', headers: { ...req.headers, host: `127.0.0.1:${backendPort}`, 'content-length': body.length } },
      (up) => {
        const out = [];
        up.on('data', (c) => out.push(c));
        up.on('end', () => {
          // Check before answering, so the editor's report after the save is about this save.
          if (up.statusCode === 200 && files.length) {
            const failed = checkSaved(files);
            if (!failed) rebuildPreview();
          }
          res.writeHead(up.statusCode ?? 502, up.headers);
          res.end(Buffer.concat(out));
        });
      },
    );
    upstream.on('error', () => res.writeHead(502).end(JSON.stringify({ error: 'local backend not answering' })));
    upstream.end(body);
  });
});
server.on('error', (e) => {
  console.error(e.code === 'EADDRINUSE' ? TEXT.busy(port) : e.message);
  backend.kill();
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(TEXT.ready(`http://localhost:${port}/`, ((performance.now() - started) / 1000).toFixed(1)));
});
const stop = () => {
  backend.kill();
  building?.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
