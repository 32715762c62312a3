/** One figure of the benchmark, with the naive method measured in the same run and its budget. */
export interface Row {
  section: string;
  metric: string;
  /** Catalogue size in papers, when the figure depends on it. */
  size: number | null;
  value: number;
  unit: string;
  /** The naive way of doing the same work, measured in the same run. */
  naive?: { label: string; value: number };
  budget?: { limit: number; pass: boolean };
  note?: string;
}

/** Units where more is better; for every other unit less is better. */
const HIGHER_IS_BETTER = new Set(['papers/s']);

export function higherIsBetter(unit: string): boolean {
  return HIGHER_IS_BETTER.has(unit);
}

/** How many times better than the naive method (> 1 means the engine wins). */
export function advantage(row: Row): number | null {
  if (!row.naive || !(row.naive.value > 0) || !(row.value > 0)) return null;
  return higherIsBetter(row.unit) ? row.value / row.naive.value : row.naive.value / row.value;
}

export function withBudget(row: Row, limit: number | undefined): Row {
  if (limit === undefined) return row;
  const pass = higherIsBetter(row.unit) ? row.value >= limit : row.value < limit;
  return { ...row, budget: { limit, pass } };
}

export class Results {
  readonly rows: Row[] = [];
  readonly problems: string[] = [];

  add(row: Row, budget?: number): Row {
    const r = withBudget(row, budget);
    this.rows.push(r);
    return r;
  }

  /** A section that could not run: reported in the table and the JSON, never silently dropped. */
  fail(section: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.problems.push(`${section}: ${message.split('\n')[0]}`);
  }
}
