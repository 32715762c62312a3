import { describe, expect, it } from 'vitest';
import { TitleMatcher } from '@/lib/match/matcher';
import { THRESHOLDS } from '@/lib/match/thresholds';
import { entry } from './entries';

/**
 * Near-miss titles against a small catalogue. A false "In catalogue" is worse than a missed one:
 * every pair below is a DIFFERENT paper and must not match on its title alone.
 */
const catalogue = [
  'Large Language Models as Tool Users',
  'Attention Is Not All You Need',
  'Scaling Laws for 3D Diffusion Models',
  'KNN-LM Does Not Improve Open-ended Text Generation',
  'Sequential Recommendation with Relation-Aware Kernelized Self-Attention',
  'Efficient Nearest Neighbor Search for Cross-Encoder Models using Matrix Factorization',
  'SVD-Free Low-Rank Adaptive Gradient Optimization for Large Language Models',
  'Continual Learning of Large Language Models: A Survey',
].map((t) => entry(t));
const matcher = TitleMatcher.build(catalogue);
const titleOnly = (title: string) => matcher.match({ title, source: 'meta' });

describe('near misses do not match', () => {
  it.each([
    'Large Language Models as Tool Makers',
    'Attention Is All You Need',
    'Scaling Laws for 2D Diffusion Models',
    'KNN-LM Does Improve Open-ended Text Generation',
    'Self-Attentive Sequential Recommendation',
    'Efficient Nearest Neighbor Search for Bi-Encoder Models',
    'LoRA: Low-Rank Adaptation of Large Language Models',
    'Continual Learning of Small Language Models: A Survey',
    'Continual Learning of Large Vision Models: A Survey',
    // Long titles: one swapped word keeps the score above titleAlone, but a swap is never a variant.
    'Efficient Nearest Neighbor Search for Cross-Encoder Models using Tensor Factorization',
    'SVD-Free Low-Rank Adaptive Gradient Optimization for Large Vision Models',
  ])('%s', (title) => {
    expect(titleOnly(title)).toBeNull();
  });
});

describe('true variants match', () => {
  it.each([
    ['large language models as tool users', 'exact'],
    ['Large Language Models As Tool-Users.', 'exact'],
    ['Large-Language-Models as Tool Users', 'exact'],
    ['Continual Learning of Large Language Model: A Survey', 'fuzzy'],
    ['Continual Learning of Large Language Models — a survey', 'exact'],
    ['Efficient Nearest-Neighbour Search for Cross-Encoder Models using Matrix Factorisation', 'fuzzy'],
    ['SVD-Free Low-Rank Adaptive Gradient Optimisation for Large Language Models', 'fuzzy'],
  ])('%s (%s)', (title, kind) => {
    const m = titleOnly(title);
    expect(m?.kind).toBe(kind);
    expect(m!.confidence).toBeGreaterThanOrEqual(kind === 'exact' ? 1 : THRESHOLDS.titleAlone * 0.97);
  });
});

describe('threshold sanity', () => {
  it('orders the title and abstract thresholds coherently', () => {
    expect(THRESHOLDS.titleWithAbstract).toBeLessThan(THRESHOLDS.titleAlone);
    expect(THRESHOLDS.abstractConfirm).toBeLessThan(THRESHOLDS.abstractAlone);
    expect(THRESHOLDS.abstractContradicts).toBeLessThan(THRESHOLDS.abstractConfirm);
  });
});
