import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CHILD = resolve(import.meta.dirname, '../harness/memory-child.ts');

/**
 * Bytes a woken worker holds per index after restoring it from its snapshot (JS heap + typed arrays),
 * measured in a fresh Node process so the bench's own data never counts.
 */
export function restoredIndexBytes(
  outDir: string,
  size: number,
  snapshots: Record<string, string>,
): Record<string, number> {
  const dir = join(outDir, `memory-${size}`);
  mkdirSync(dir, { recursive: true });
  // JSON-quoted: some snapshots pack binary into UTF-16 code units that plain UTF-8 would mangle.
  for (const [name, data] of Object.entries(snapshots))
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(data));
  try {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', CHILD, dir],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    return (JSON.parse(out.slice(out.indexOf('{'))) as { parts: Record<string, number> }).parts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
