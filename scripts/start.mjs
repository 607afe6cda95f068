#!/usr/bin/env node
// `npm start`: build the site when it is missing or older than its sources,
// then serve it at http://localhost:4321/.
import { spawnSync } from 'node:child_process';
import { needsBuild } from './build-state.mjs';

if (needsBuild()) {
  console.log('Building the site (this takes a minute the first time)…');
  const r = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { serveFromArgs } = await import('./serve.mjs');
serveFromArgs();
