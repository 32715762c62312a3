/**
 * Ranking metrics for graded judgments (grade 2 = clearly wanted next, 1 = same area).
 * nDCG uses exponential gain 2^g − 1 and log2 discount (the TREC / Järvelin–Kekäläinen form).
 */
export type Judgments = ReadonlyMap<string, number>;

export function dcg(gains: readonly number[], k: number): number {
  let s = 0;
  for (let i = 0; i < Math.min(k, gains.length); i++) s += (2 ** gains[i]! - 1) / Math.log2(i + 2);
  return s;
}

/** null when nothing is relevant: the query can't be scored and is left out of means. */
export function ndcgAt(ranked: readonly string[], judged: Judgments, k: number): number | null {
  const ideal = dcg(
    [...judged.values()].filter((g) => g > 0).sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return null;
  return (
    dcg(
      ranked.slice(0, k).map((id) => judged.get(id) ?? 0),
      k,
    ) / ideal
  );
}

/** Share of the top k that are grade-`grade` (or better) papers; k is the denominator. */
export function precisionAt(ranked: readonly string[], judged: Judgments, k: number, grade = 2): number {
  return ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) >= grade).length / k;
}

/** Share of all relevant papers (grade ≥ 1) found in the top k; null when none is relevant. */
export function recallAt(ranked: readonly string[], judged: Judgments, k: number): number | null {
  const relevant = [...judged.values()].filter((g) => g > 0).length;
  if (relevant === 0) return null;
  return ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) > 0).length / relevant;
}

export function mean(values: readonly (number | null)[]): number {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
