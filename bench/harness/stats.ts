/** Timing helpers. The machine is shared and noisy: warm up, take many samples, report percentiles. */

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    n: sorted.length,
  };
}

export function median(samples: readonly number[]): number {
  return summarise(samples).p50;
}

/**
 * Runs `fn` on every input `rounds` times after `warmup` untimed calls; returns per-call milliseconds.
 * `sink` keeps results alive so the engine cannot skip the work.
 */
export function sampleEach<T>(
  inputs: readonly T[],
  fn: (x: T) => unknown,
  rounds: number,
  warmup: number,
): number[] {
  const sink: unknown[] = [];
  for (let i = 0; i < warmup; i++) sink.push(fn(inputs[i % inputs.length]!));
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const x of inputs) {
      const t = performance.now();
      sink[0] = fn(x);
      out.push(performance.now() - t);
    }
  }
  if (sink.length < 0) console.log(sink);
  return out;
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** JS heap plus typed-array memory after a full GC (needs --expose-gc; scripts/bench.mjs passes it). */
export function heldBytes(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
