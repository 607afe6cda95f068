/**
 * One browser script bundled with esbuild (the service worker, the web
 * editor's page script): minified, a classic script (IIFE), with build-time
 * values compiled in through `define`.
 */
import { fileURLToPath } from 'node:url';

export async function bundleScript(entry: URL, outfile: string, define: Record<string, string>): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile,
    define,
    logLevel: 'error',
  });
}
