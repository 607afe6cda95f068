#!/usr/bin/env node
// Before the end-to-end tests: build the production site unless dist/ is
// already newer than every source (CI always starts without dist/).
import { spawnSync } from 'node:child_process';
import { needsBuild } from './build-state.mjs';

if (needsBuild() || process.env.CI) {
  const r = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
console.log('dist/ is up to date; skipping the build.');
