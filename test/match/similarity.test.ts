import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '@/lib/match/normalise';
import {
  abstractShingles,
  abstractSimilarity,
  editDistance,
  stem,
  titleSimilarity,
} from '@/lib/match/similarity';

const sim = (a: string, b: string) => titleSimilarity(normaliseTitle(a), normaliseTitle(b));

describe('titleSimilarity', () => {
  it('is 1 for titles equal after normalisation, 0.99 for spacing-only differences', () => {
    expect(sim('Self-Attentive Sequential Recommendation', 'self attentive sequential recommendation')).toBe(
      1,
    );
    expect(sim('Parameter-Efficient Fine-Tuning', 'Parameter Efficient Finetuning')).toBe(0.99);
  });

  it('folds plurals and one-letter spelling variants of long words', () => {
    expect(stem('models')).toBe('model');
    expect(stem('strategies')).toBe('strategy');
    expect(stem('does')).toBe('doe');
    expect(
      sim(
        'Orthogonality Regularisation for Representations',
        'Orthogonality Regularization for Representation',
      ),
    ).toBe(1);
  });

  it('never treats numbers as spelling variants', () => {
    expect(sim('Scaling Laws for 2D Diffusion', 'Scaling Laws for 3D Diffusion')).toBeLessThan(0.8);
  });

  it('weighs stop words lightly', () => {
    const withStop = sim('Learning of the Graphs', 'Learning Graphs');
    const withContent = sim('Learning Sparse Graphs', 'Learning Graphs');
    expect(withStop).toBeGreaterThan(withContent);
  });

  it('is symmetric', () => {
    const a = 'KaSA: Knowledge-Aware Singular-Value Adaptation of Large Language Models';
    const b = 'Knowledge-Aware Singular Value Adaptation for LLMs';
    expect(sim(a, b)).toBeCloseTo(sim(b, a), 10);
  });
});

describe('abstract similarity', () => {
  const base =
    'Language models compute the probability of a text by sequentially computing a representation of an already seen ' +
    'context and using this representation to predict the next word. Currently most models calculate these ' +
    'representations through a neural network consuming the immediate previous context.';

  it('is the share of the shorter abstract found in the longer one', () => {
    const short = abstractShingles(base.split('. ')[0]!);
    expect(abstractSimilarity(short, abstractShingles(base))).toBe(1);
  });

  it('is null when an abstract is too short to judge', () => {
    expect(abstractSimilarity(abstractShingles('Too short.'), abstractShingles(base))).toBeNull();
  });

  it('ignores TeX and punctuation differences', () => {
    const tex = base.replace('next word', '\\emph{next} word').replace(/\./g, ' .');
    expect(abstractSimilarity(abstractShingles(tex), abstractShingles(base))).toBe(1);
  });
});

describe('editDistance', () => {
  it('counts edits and stops early past the bound', () => {
    expect(editDistance('normalisation', 'normalization')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});
