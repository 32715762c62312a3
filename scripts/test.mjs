#!/usr/bin/env node
// Runs the whole suite (unit + real-browser end-to-end) and ends with the plain
// "N passed, N failed" line that CI reads, computed from Vitest's JSON results.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const out = '.cache/vitest-results.json';
mkdirSync('.cache', { recursive: true });
if (existsSync(out)) rmSync(out);

const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: process.env },
);

let passed = 0;
let failed = 1;
let skipped = 0;
if (existsSync(out)) {
  const results = JSON.parse(readFileSync(out, 'utf8'));
  passed = results.numPassedTests ?? 0;
  failed = results.numFailedTests ?? 0;
  skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  // A file that failed without a failing test (an import error, a failing hook) counts as one failure.
  for (const file of results.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) failed++;
  }
} else {
  console.error('No test results were written: the test runner did not finish.');
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
