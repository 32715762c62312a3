/**
 * Every number that decides "is this page's paper in the catalogue?", in one place.
 * A false "In catalogue" is worse than a missed one, so fuzzy acceptance is strict; test/match/
 * thresholds.test.ts pins these against near-miss titles.
 */
export const THRESHOLDS = {
  /** Title similarity (0..1, soft token Dice) that is enough alone, without any abstract to check. */
  titleAlone: 0.93,
  /** Lower title similarity accepted when the abstracts agree at least `abstractConfirm`. */
  titleWithAbstract: 0.7,
  /** Abstract similarity (share of word-trigrams of the shorter abstract found in the other) that confirms a title. */
  abstractConfirm: 0.45,
  /** Abstracts this similar identify the paper even when its title changed between versions. */
  abstractAlone: 0.7,
  /** Below this, two long abstracts describe different papers: even a near-identical title is rejected. */
  abstractContradicts: 0.08,
  /** Abstracts with fewer word-trigrams than this are too short to confirm or contradict anything. */
  minAbstractShingles: 20,
  /** Weight of stop words in title similarity (content words weigh 1). */
  stopWordWeight: 0.25,
  /** Tokens at least this long match when one edit apart ("normalisation"/"normalization"). */
  softTokenMinLength: 6,
  /** Fuzzy candidates scored per query (taken from the token index, most shared words first). */
  maxFuzzyCandidates: 100,
  /** Stop adding posting lists to the candidate pool once it holds this many papers (scales to 50k). */
  candidatePoolCap: 5000,
  /** A GitHub repo linked from more abstracts than this is a shared tool, not a paper's own code. */
  maxPapersPerRepo: 1,
  /** Confidence of a match through the repo's code link. */
  repoConfidence: 0.95,
  /** Abstract index: keep one word-trigram hash in this many (sampling keeps the index small). */
  abstractSampleModulo: 8,
} as const;
