/**
 * A release build with the public address (PORTAL_SITE_URL) set once:
 * posters print a QR code of the guide's real address, pages carry
 * absolute hreflang links, and the WhatsApp link works without JavaScript.
 * A malformed address stops the build with a plain message.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import QRCode from 'qrcode';
import { copyProject, build, cleanup, ROOT } from '../../bench/site-copy.mjs';

const SITE = 'https://migrar.example.org';
let copy: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(180_000);
  copy = copyProject();
  build(copy, { PORTAL_SITE_URL: `${SITE}/` });
});
test.afterAll(() => copy && cleanup(copy));

const html = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');

test('the poster’s QR code is exactly the guide’s public address', async () => {
  const poster = html('es/guides/pedir-asilo-o-refugio/poster');
  const url = `${SITE}/es/guides/pedir-asilo-o-refugio/`;
  expect(poster).toContain(`<span class="poster-url">${url}</span>`);
  expect(poster).not.toContain('poster-no-url');
  const expected = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } });
  const paths = (s: string) => [...s.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => m[1]);
  expect(paths(poster)).toEqual(paths(expected));
});

test('pages carry absolute hreflang links and a WhatsApp link that works without JavaScript', async () => {
  const guide = html('fr/guides/pedir-asilo-o-refugio');
  expect(guide).toContain(`<link rel="alternate" hreflang="ar" href="${SITE}/ar/guides/pedir-asilo-o-refugio/">`);
  const wa = /<a data-share-whatsapp="[^"]*" href="([^"]+)"/.exec(guide)?.[1];
  expect(wa).toBeDefined();
  expect(decodeURIComponent(wa!.replace(/&amp;/g, '&'))).toContain(`${SITE}/fr/guides/pedir-asilo-o-refugio/`);
});

test('a malformed public address stops the build with a plain message', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_SITE_URL: 'migrar.example.org', FORCE_COLOR: '0' },
  });
  expect(r.status).toBe(1);
  expect(r.stderr + r.stdout).toContain('PORTAL_SITE_URL "migrar.example.org" is not a web address; write it like https://migrar.example.org');
  expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
});
