import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../harness/results';
import { latencySvg } from './svg';
import { markdownTable, textTable } from './table';

export interface RunInfo {
  quick: boolean;
  sizes: number[];
  seconds: number;
}

const BEGIN = '<!-- bench:table:begin -->';
const END = '<!-- bench:table:end -->';

/** Prints the table; writes bench/results.json, docs/latency.svg and the table inside docs/benchmarks.md. */
export function writeReports(
  root: string,
  results: Results,
  info: RunInfo,
  diagnostics: unknown[] = [],
): void {
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    ...info,
  };
  const table = textTable(results.rows);
  console.log(`\n${table}\n`);
  for (const p of results.problems) console.log(`NOT MEASURED: ${p}`);
  const failed = results.rows.filter((r) => r.budget && !r.budget.pass);
  for (const r of failed)
    console.log(
      `OVER BUDGET: ${r.section} ${r.metric} at ${r.size ?? '-'}: ${r.value.toFixed(2)} ${r.unit} (budget ${r.budget!.limit})`,
    );

  writeFileSync(
    join(root, 'bench/results.json'),
    `${JSON.stringify({ meta, rows: results.rows, problems: results.problems, diagnostics }, null, 2)}\n`,
  );
  if (info.quick) return; // docs show full runs only
  const svg = latencySvg(results.rows);
  if (svg) writeFileSync(join(root, 'docs/latency.svg'), `${svg}\n`);
  const doc = join(root, 'docs/benchmarks.md');
  if (!existsSync(doc)) return;
  const text = readFileSync(doc, 'utf8');
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return;
  const problems = results.problems.map((p) => `\nNot measured in this run: ${p}`).join('');
  const block = `${BEGIN}\n_Run of ${meta.date.slice(0, 10)}, Node ${meta.node}, ${meta.cpus}, ${info.seconds.toFixed(0)} s._\n\n${markdownTable(results.rows)}\n${problems}\n${END}`;
  writeFileSync(doc, text.slice(0, a) + block + text.slice(b + END.length));
}
