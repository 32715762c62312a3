#!/usr/bin/env node
// `npm run bench [-- --quick | --no-browser | --no-bundle]`: runs bench/run.ts under tsx with an
// exposed GC (memory figures) and room for the 50k-paper naive baselines.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
