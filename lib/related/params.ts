/**
 * Ranking knobs. Defaults were chosen by measuring on the dev judgments (bench/related-quality.ts);
 * each is a general text-retrieval choice, not tuned per query.
 */
export interface RelatedParams {
  /** A title word counts this many abstract words: titles name the topic. */
  titleWeight: number;
  /** Index two-word phrases ("replay buffer") besides single stems. */
  phrases: boolean;
  /** Porter stemming. */
  stem: boolean;
  /** Scientific boilerplate stop words besides English ones. */
  academicStopWords: boolean;
  /** Multiplier on phrase weights: a shared phrase says more than two shared words. */
  phraseBoost: number;
  /** idf exponent: above 1 favours rare, specific terms over broad ones. */
  idfPower: number;
  /** Shared GitHub repos / owners become terms ("code:owner/repo", "org:owner"). */
  codeTerms: boolean;
  /** A paper's terms found in fewer catalogue papers than this are left out of its vector (norm included). */
  minDf: number;
  /** Keep only a paper's strongest terms: a compact index and less noise. */
  maxTermsPerDoc: number;
  /** Candidate generation reads postings of the query's strongest terms only. */
  maxQueryTerms: number;
  /** Below this cosine a paper is not related, so an off-topic query gets few or none. */
  minScore: number;
  /** At or above this share of the best reachable score a catalogue paper is the query paper itself. */
  duplicateScore: number;
}

export const DEFAULT_PARAMS: RelatedParams = {
  titleWeight: 3,
  phrases: true,
  stem: true,
  academicStopWords: true,
  phraseBoost: 1,
  idfPower: 1,
  codeTerms: true,
  minDf: 2,
  maxTermsPerDoc: 120,
  maxQueryTerms: 80,
  minScore: 0.06,
  duplicateScore: 0.9,
};
