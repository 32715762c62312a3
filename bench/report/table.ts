import { advantage, type Row } from '../harness/results';

export const HEADER = ['Section', 'Metric', 'Papers', 'Value', 'Naive (same run)', 'vs naive', 'Budget'];

export function fmt(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'papers/s') return `${Math.round(value).toLocaleString('en-US')} papers/s`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

export function cells(row: Row): string[] {
  const adv = advantage(row);
  const budget = row.budget
    ? `${row.budget.pass ? 'PASS' : 'FAIL'} (${row.unit === 'papers/s' ? '≥' : '<'} ${fmt(row.budget.limit, row.unit)})`
    : '';
  return [
    row.section,
    row.note ? `${row.metric} — ${row.note}` : row.metric,
    row.size === null ? '' : row.size % 1000 === 0 ? `${row.size / 1000}k` : row.size.toLocaleString('en-US'),
    fmt(row.value, row.unit),
    row.naive ? `${fmt(row.naive.value, row.unit)} (${row.naive.label})` : '',
    adv === null ? '' : `${adv >= 10 ? adv.toFixed(0) : adv.toFixed(1)}× better`,
    budget,
  ];
}

export function textTable(rows: Row[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map((h, i) => Math.min(60, Math.max(h.length, ...body.map((r) => r[i]!.length))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!)))
      .join(' │ ');
  return [line(HEADER), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)].join('\n');
}

export function markdownTable(rows: Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}
