import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CHILD = resolve(import.meta.dirname, '../harness/memory-child.ts');

/**
 * Bytes a woken worker holds after restoring both indexes from their snapshots (JS heap + typed
 * arrays), measured in a fresh Node process so the bench's own data never counts.
 */
export function restoredIndexBytes(
  outDir: string,
  size: number,
  searchSnapshot: string,
  relatedSnapshot: string,
): number {
  const dir = join(outDir, `memory-${size}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'search.json'), searchSnapshot);
  writeFileSync(join(dir, 'related.json'), relatedSnapshot);
  try {
    return child('restore', dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function child(mode: string, dir: string): number {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', CHILD, mode, dir],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const parsed = JSON.parse(out.slice(out.indexOf('{'))) as { bytes: number };
  return parsed.bytes;
}
