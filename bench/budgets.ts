/** Budgets from issue 8, printed as pass/fail beside each figure; never enforced as timed unit tests. */
export const BUDGETS = {
  import50kMs: 10_000,
  searchP95Ms: 10,
  relatedP95Ms: 50,
  wake50kMs: 300,
  /** Minified, not gzipped: the content script runs on every matching page. */
  contentScriptKb: 60,
  timeToPanelMs: 150,
} as const;
