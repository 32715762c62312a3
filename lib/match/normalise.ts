/**
 * Title normalisation shared by the catalogue (stored `normTitle`, stable ids) and page matching.
 * Changing it changes catalogue ids: bump the Dexie schema with a migration if you do.
 */

const GREEK: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
  ϵ: 'epsilon',
  ϕ: 'phi',
  '∞': 'infty',
};

/** TeX commands that only format their argument: dropped, argument kept. */
const FORMAT_COMMANDS =
  'boldsymbol|mathbf|mathrm|mathcal|mathbb|mathit|mathsf|mathtt|mathfrak|textbf|textit|texttt|textrm|textsc|emph|operatorname|bm|text|mbox';

// In digests the backslash is lost and the command name is glued to its argument ("boldsymbolλ").
// Only names that are not English words are stripped in that glued form.
const GLUED_RESIDUE =
  /(?:boldsymbol|mathbf|mathrm|mathcal|mathbb|mathit|mathsf|mathtt|mathfrak|textbf|textit|texttt|operatorname)(?=\S)/g;

/** Turns TeX markup into plain text: `$\boldsymbol{\lambda}$-Ortho` → `λ-Ortho`. */
export function stripTex(input: string): string {
  let s = input;
  s = s.replace(new RegExp(`\\\\(?:${FORMAT_COMMANDS})\\s*\\{([^{}]*)\\}`, 'g'), '$1');
  s = s.replace(new RegExp(`\\\\(?:${FORMAT_COMMANDS})\\b\\s*`, 'g'), '');
  s = s.replace(/\\([a-zA-Z]+)/g, (_, name: string) => {
    const greek = Object.entries(GREEK).find(([, v]) => v === name.toLowerCase());
    return greek ? greek[0] : name;
  });
  s = s.replace(/\\([^a-zA-Z])/g, '$1');
  s = s.replace(/[{}$]/g, '');
  s = s.replace(GLUED_RESIDUE, '');
  return s;
}

/**
 * Matching form of a title: NFKC, TeX stripped, Greek letters spelled out, lower case,
 * every run of punctuation/dashes/whitespace collapsed to one space.
 */
export function normaliseTitle(title: string): string {
  let s = stripTex(title.normalize('NFKC'));
  s = s.replace(/[α-ωϵϕ∞]/gi, (c) => ` ${GREEK[c.toLowerCase()] ?? c} `);
  s = s.toLowerCase();
  s = s.normalize('NFKD').replace(/\p{M}+/gu, '');
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return s.trim();
}

/** Stable catalogue id from a normalised title: FNV-1a 64-bit, base 36. */
export function paperId(normTitle: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(normTitle)) {
    h ^= BigInt(byte);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return 'p' + h.toString(36);
}
