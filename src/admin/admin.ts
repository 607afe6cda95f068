/**
 * The web editor's page script (`/admin/admin.js`, bundled by the build's
 * editor step, src/integrations/admin.ts). It loads Decap CMS from our own
 * origin, registers the portal's file formats (small diffs, src/lib/editor/formats.ts)
 * and starts Decap with the configuration generated from the content
 * schemas, in the volunteer's language (Spanish, or English with `?lang=en`).
 *
 * In local mode it first asks `npm run edit`'s local backend whether it is
 * there; on a static host without it, the page explains how to edit instead
 * of showing Decap's error. After each save in local mode, it shows what
 * the content check found in the saved files.
 */
import { makeFormat, type ScalarOrList } from '../lib/editor/formats.ts';

interface AdminSetup {
  configs: Record<'es' | 'en', Record<string, unknown>>;
  formats: Record<string, { format: string; kind: 'frontmatter' | 'yaml'; scalarOrList: ScalarOrList[]; defaults: Record<string, unknown> }>;
  local: boolean;
}
declare const __PORTAL_ADMIN__: AdminSetup;

interface DecapCMS {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(name: string, extension: string, format: ReturnType<typeof makeFormat>): void;
  registerEventListener(listener: { name: string; handler: (e: { entry: unknown }) => unknown }): void;
  getBackend(name: string): { init: (...args: unknown[]) => BackendImpl } | undefined;
}
interface DataFile {
  path: string;
  raw: string;
}
interface BackendImpl {
  persistEntry(entry: { dataFiles: DataFile[]; assets: unknown[] }, options: unknown): Promise<unknown>;
}

/**
 * Decap 3.16 writes every language file of a new entry, empty ones too
 * (decaporg/decap-cms#6932): our formats give an untouched language an
 * empty text, and this drops those files before the backend writes them,
 * in local and hosted mode alike.
 */
function skipEmptyLanguageFiles(CMS: DecapCMS, name: string): void {
  const backend = CMS.getBackend(name);
  if (!backend) return;
  const init = backend.init;
  backend.init = (...args: unknown[]) => {
    const impl = init(...args);
    const persist = impl.persistEntry.bind(impl);
    impl.persistEntry = (entry, options) => persist({ ...entry, dataFiles: entry.dataFiles.filter((f) => f.raw.trim() !== '') }, options);
    return impl;
  };
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCMS;
  }
}

const setup = __PORTAL_ADMIN__;
/** Read now: `document.currentScript` is only set while the script first runs. */
const SCRIPT_SRC = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const TEXT = {
  es: {
    other: 'English',
    noBackendTitle: 'El editor web no está conectado aquí',
    noBackend:
      'Para editar en tu computadora, sin cuenta ni internet: abre una terminal en la carpeta del proyecto y escribe «npm run edit». Abre luego la dirección que muestra. Para editar en línea, el sitio debe construirse con un servicio Git (GitHub, GitLab, Gitea o Forgejo): lo explica CONTRIBUTING.md, «El editor web».',
    checkTitle: 'La revisión encontró algo en lo que guardaste',
    checkOk: 'Guardado. La revisión no encontró problemas.',
    close: 'Cerrar',
    loading: 'Cargando el editor…',
  },
  en: {
    other: 'Español',
    noBackendTitle: 'The web editor is not connected here',
    noBackend:
      'To edit on your computer, with no account and no internet: open a terminal in the project folder and type “npm run edit”, then open the address it prints. To edit online, the site must be built with a Git service (GitHub, GitLab, Gitea or Forgejo): see CONTRIBUTING.md, “The web editor”.',
    checkTitle: 'The check found something in what you saved',
    checkOk: 'Saved. The check found no problems.',
    close: 'Close',
    loading: 'Loading the editor…',
  },
};

/** The volunteer's language: `?lang=`, then the last choice, then Spanish (the project's language). */
function chooseLang(): 'es' | 'en' {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'es' || asked === 'en') {
    localStorage.setItem('portal-editor-lang', asked);
    return asked;
  }
  const saved = localStorage.getItem('portal-editor-lang');
  if (saved === 'es' || saved === 'en') return saved;
  return 'es';
}

const lang = chooseLang();
const t = TEXT[lang];
document.documentElement.lang = lang;

/** A small panel above Decap: the language switch and, in local mode, the check's report. */
function chrome(): HTMLElement {
  const bar = document.createElement('div');
  bar.id = 'portal-editor-bar';
  const other = lang === 'es' ? 'en' : 'es';
  const a = document.createElement('a');
  a.href = `?lang=${other}`;
  a.lang = other;
  a.textContent = t.other;
  bar.append(a);
  document.body.append(bar);
  return bar;
}

function explainNoBackend(): void {
  const main = document.createElement('main');
  main.id = 'portal-editor-help';
  const h1 = document.createElement('h1');
  h1.textContent = t.noBackendTitle;
  const p = document.createElement('p');
  p.textContent = t.noBackend;
  main.append(h1, p);
  document.body.append(main);
}

/** Is `npm run edit`'s local backend answering? */
async function localBackendAnswers(): Promise<boolean> {
  try {
    const r = await fetch('/api/v1', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
    if (!r.ok) return false;
    const info = (await r.json()) as { type?: string };
    return typeof info.type === 'string';
  } catch {
    return false;
  }
}

interface ReportedProblem {
  title: string;
  file: string;
  line?: number;
  field?: string;
  problem: string;
  fix: string;
  severity: 'error' | 'warning';
}

/** After a save in local mode: what the content check says about the saved files. */
async function showCheck(): Promise<void> {
  let report: { problems: ReportedProblem[] } | null = null;
  for (let i = 0; i < 40 && !report; i++) {
    const r = await fetch(`/__edit/check?lang=${lang}`, { cache: 'no-store' }).catch(() => null);
    if (r?.ok) report = (await r.json()) as { problems: ReportedProblem[] };
    else await new Promise((done) => setTimeout(done, 250));
  }
  if (!report) return;
  document.getElementById('portal-editor-check')?.remove();
  const box = document.createElement('section');
  box.id = 'portal-editor-check';
  box.setAttribute('role', report.problems.length ? 'alert' : 'status');
  const h2 = document.createElement('h2');
  h2.textContent = report.problems.length ? t.checkTitle : t.checkOk;
  box.append(h2);
  if (report.problems.length) {
    const ul = document.createElement('ul');
    for (const p of report.problems) {
      const li = document.createElement('li');
      const where = `${p.title} (${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `, ${p.field}` : ''})`;
      li.textContent = `${where}: ${p.problem} → ${p.fix}`;
      li.dataset.severity = p.severity;
      ul.append(li);
    }
    box.append(ul);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t.close;
  close.addEventListener('click', () => box.remove());
  box.append(close);
  document.body.append(box);
  if (!report.problems.length) setTimeout(() => box.remove(), 6000);
}

function loadDecap(): Promise<DecapCMS> {
  return new Promise((resolve, reject) => {
    window.CMS_MANUAL_INIT = true;
    const s = document.createElement('script');
    s.src = new URL('decap-cms.js', SCRIPT_SRC).href;
    s.onload = () => (window.CMS ? resolve(window.CMS) : reject(new Error('Decap CMS did not start')));
    s.onerror = () => reject(new Error('Decap CMS could not be loaded'));
    document.head.append(s);
  });
}

async function start(): Promise<void> {
  const bar = chrome();
  const loading = document.createElement('p');
  loading.id = 'portal-editor-loading';
  loading.textContent = t.loading;
  bar.append(loading);
  if (setup.local && !(await localBackendAnswers())) {
    loading.remove();
    explainNoBackend();
    return;
  }
  const CMS = await loadDecap();
  loading.remove();
  for (const { format, kind, scalarOrList, defaults } of Object.values(setup.formats)) {
    CMS.registerCustomFormat(format, kind === 'yaml' ? 'yaml' : 'mdx', makeFormat(kind, scalarOrList, defaults));
  }
  if (setup.local) {
    CMS.registerEventListener({
      name: 'postSave',
      handler: () => {
        void showCheck();
      },
    });
  }
  skipEmptyLanguageFiles(CMS, String((setup.configs[lang].backend as { name: string }).name));
  CMS.init({ config: setup.configs[lang] });
}

void start();
