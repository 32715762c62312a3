import { describe, expect, it } from 'vitest';
import { planSeed } from '@/lib/catalogue/seed';
import { stripTex } from '@/lib/match/normalise';
import { cleanText, forEachToken, scanTokens, TOKEN_RE } from '@/lib/related/tokens';

const seeds = planSeed().entries;
const seedTexts = seeds.flatMap((p) => [p.title, p.abstract ?? '']);
const tricky = [
  '$\\boldsymbol{\\lambda}$-Ortho: low-rank “adapters” … (LoRA) [v2] {x}|y',
  'boldsymbolλ mathbfX textbfY operatornamesoftmax text-to-image mathematics context',
  'Ünïcödé naïve café ＡＢＣ ﬁne-tuning ２０２４ ² Ⅻ 中文 ٣٤ 😀emoji 𝐀𝐁 e\u0301 lone \uD800 \uDC00',
  'see https://github.com/a/b. and http://x.y/z?q=1, done',
  '',
  '...',
];

function reference(text: string): string[] {
  const clean = stripTex(text.normalize('NFKC'))
    .replace(/https?:\/\/\S+/gi, ' . ')
    .toLowerCase();
  return clean.match(TOKEN_RE) ?? [];
}

describe('related tokeniser', () => {
  it('cuts text as the token regex does, on the seeds and on tricky text', () => {
    for (const text of [...seedTexts, ...tricky])
      expect(scanTokens(cleanText(text)), text).toEqual(reference(text));
  });

  it('agrees with the regex on random strings of awkward characters', () => {
    const alphabet = [...'aZ9 -.,“’…|éßλ中٣_$\n(]}²Ⅻ\u0301', '😀', '𝐀', '\uD800', '\uDC00'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let i = Math.floor(rnd() * 16); i > 0; i--) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(scanTokens(s), JSON.stringify(s)).toEqual(s.match(TOKEN_RE) ?? []);
    }
  });

  it('skips TeX stripping only where stripTex would change nothing', () => {
    for (const text of [...seedTexts, ...tricky]) {
      const nfkc = text.normalize('NFKC');
      expect(cleanText(text)).toBe(
        stripTex(nfkc)
          .replace(/https?:\/\/\S+/gi, ' . ')
          .toLowerCase(),
      );
    }
  });

  it('gives equal tokens equal hashes and tells different ones apart', () => {
    const text = cleanText('Low-rank adaptation: low rank, LOW-RANK; adaptations.');
    const seen = new Map<string, number>();
    forEachToken(text, (from, to, hash) => {
      const token = text.slice(from, to);
      expect(seen.get(token) ?? hash).toBe(hash);
      seen.set(token, hash);
    });
    expect([...seen.keys()]).toEqual(['low', 'rank', 'adaptation', ':', ',', ';', 'adaptations', '.']);
    expect(new Set(seen.values()).size).toBe(seen.size);
  });
});
