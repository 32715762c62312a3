import { describe, expect, it } from 'vitest';
import { advantage, Results, type Row } from '@/bench/harness/results';
import { percentile, summarise } from '@/bench/harness/stats';
import { latencySvg } from '@/bench/report/svg';
import { markdownTable } from '@/bench/report/table';

const latency = (size: number, value: number, naive: number): Row => ({
  section: 'Search',
  metric: 'p95',
  size,
  value,
  unit: 'ms',
  naive: { label: 'substring scan', value: naive },
});

describe('bench statistics and report', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      ),
    ).toBe(50);
    expect(summarise(xs)).toEqual({ p50: 50, p95: 95, max: 100, n: 100 });
    expect(summarise([7])).toEqual({ p50: 7, p95: 7, max: 7, n: 1 });
  });

  it('compares with the naive method in the right direction for each unit', () => {
    expect(advantage(latency(1000, 2, 20))).toBe(10);
    const throughput: Row = { ...latency(1000, 300, 100), unit: 'papers/s' };
    expect(advantage(throughput)).toBe(3);
    expect(advantage({ ...latency(1000, 2, 20), naive: undefined })).toBeNull();
  });

  it('marks budgets pass or fail and shows them in the markdown table', () => {
    const results = new Results();
    const ok = results.add(latency(50_000, 4, 40), 10);
    const over = results.add({ ...latency(50_000, 12, 40), metric: 'p50 | odd' }, 10);
    expect(ok.budget).toEqual({ limit: 10, pass: true });
    expect(over.budget).toEqual({ limit: 10, pass: false });
    const md = markdownTable(results.rows);
    expect(md).toContain('PASS (< 10.0 ms)');
    expect(md).toContain('FAIL (< 10.0 ms)');
    expect(md).toContain('p50 \\| odd');
    expect(md.split('\n')).toHaveLength(4);
  });

  it('plots engine and naive series against size', () => {
    const svg = latencySvg([latency(1000, 0.5, 1), latency(10_000, 2, 10), latency(50_000, 5, 60)]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('NaN');
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('50k');
    expect(latencySvg([])).toBe('');
  });
});
