import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '@/lib/catalogue/entry';
import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';
import type { Match, PageCandidate } from '@/lib/messages';
import { TitleMatcher } from '@/lib/match/matcher';
import { ABSTRACT_SNAPSHOT, TITLE_SNAPSHOT } from '@/lib/match/store';
import { StoredMatcher } from '@/lib/match/stored-matcher';
import { bumpCatalogueRev, getCatalogueRev } from '@/lib/settings';
import { entry } from './entries';

let db: RelatedPapersDB;
let papers: CatalogueEntry[];
let n = 0;

beforeEach(async () => {
  db = openSeededDb(`stored-matcher-${process.pid}-${n++}`);
  await db.open();
  papers = await db.papers.orderBy('seq').toArray();
});
afterEach(async () => {
  await db.delete();
});

/** A new worker: nothing in memory, only the database. */
const wake = async () => new StoredMatcher(db, await getCatalogueRev(db));
const summary = (m: Match | null) =>
  m && { id: m.paper.id, kind: m.kind, confidence: m.confidence, why: m.why };

const OTHER_ABSTRACT =
  'We present a benchmark of graph neural networks for molecular property prediction across twelve datasets, ' +
  'showing that simple message passing baselines remain competitive when tuned with the same budget as newer ' +
  'architectures, and release code and splits for reproducible comparison of future methods in chemistry.';

/** What pages show for catalogue papers and near them: exact, variant, typo, retitled, contradicted, outside. */
function queries(): PageCandidate[] {
  const out: PageCandidate[] = [];
  papers.forEach((p, k) => {
    const words = p.title.split(' ');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const typo =
      longest.length >= 6 ? p.title.replace(longest, longest.slice(0, -2) + longest.at(-1)) : p.title;
    const half = p.abstract.split(' ');
    out.push(
      { title: p.title.toUpperCase().replace(/:/g, ''), source: 'meta' },
      { title: words.slice(0, -1).join(' '), source: 'meta' },
      { title: typo, abstract: k % 2 ? p.abstract : undefined, source: 'meta' },
      {
        title: `A Study of ${words.slice(1, 4).join(' ')}`,
        abstract: half.slice(0, half.length * 0.6).join(' '),
        source: 'meta',
      },
      { title: words.slice(0, -1).join(' '), abstract: OTHER_ABSTRACT, source: 'meta' },
      { title: `${words.slice(0, 2).join(' ')} for Tabular Forecasting`, source: 'meta' },
    );
  });
  return out;
}

describe('StoredMatcher', () => {
  it('decides exactly as the in-memory matcher, freshly built and after a restore', async () => {
    const memory = TitleMatcher.build(papers);
    const first = await wake();
    expect(await first.warm()).toEqual({ titles: 'built', abstracts: 'built' });
    const restored = await wake();
    expect(await restored.warm()).toEqual({ titles: 'snapshot', abstracts: 'snapshot' });

    const qs = queries();
    const expected = qs.map((q) => summary(memory.match(q)));
    // The set exercises every path, not just the easy one.
    const kinds = new Set(expected.map((m) => m?.kind ?? 'none'));
    expect([...kinds].sort()).toEqual(['exact', 'fuzzy', 'none']);
    expect(expected.filter((m) => m?.why.startsWith('title differs')).length).toBeGreaterThan(10);
    for (const matcher of [first, restored]) {
      const got = [];
      for (const q of qs) got.push(summary(await matcher.match(q)));
      expect(got).toEqual(expected);
    }
  });

  it('rebuilds when the snapshot is of an older catalogue revision, and finds the new paper', async () => {
    await (await wake()).warm();
    const added = entry('Gradient Surgery for Tabular Forecasting Agents', OTHER_ABSTRACT);
    await db.papers.add({ ...added, seq: papers.length });
    const rev = await bumpCatalogueRev(db);
    const m = await wake();
    expect(await m.warm()).toEqual({ titles: 'built', abstracts: 'built' });
    expect((await db.snapshots.get(TITLE_SNAPSHOT))?.rev).toBe(rev);
    expect((await db.snapshots.get(ABSTRACT_SNAPSHOT))?.rev).toBe(rev);
    const hit = await m.match({ title: 'Gradient Surgery for Tabular Forecasting Agent', source: 'meta' });
    expect(hit?.paper.id).toBe(added.id);
    expect(hit?.kind).toBe('fuzzy');
    const retitled = await m.match({
      title: 'Something Else Entirely',
      abstract: OTHER_ABSTRACT,
      source: 'meta',
    });
    expect(retitled?.paper.id).toBe(added.id);
  });

  it('rebuilds from the papers when a snapshot of the current revision is damaged', async () => {
    await (await wake()).warm();
    const snap = (await db.snapshots.get(ABSTRACT_SNAPSHOT))!;
    await db.snapshots.put({ ...snap, data: snap.data.slice(0, -3) });
    const m = await wake();
    expect(await m.warm()).toEqual({ titles: 'snapshot', abstracts: 'built' });
    const p = papers[3]!;
    const hit = await m.match({ title: 'Unrelated Words Here', abstract: p.abstract, source: 'meta' });
    expect(hit?.paper.id).toBe(p.id);
  });
});

describe('a cold worker, before any index is loaded', () => {
  it('answers arXiv-id, repo and exact-title lookups from the Dexie indexes alone', async () => {
    const kasa = papers.find((p) => p.repos.includes('juyongjiang/kasa'))!;
    const target = papers[10]!;
    await db.papers.update(target.id, { arxivId: '2401.01234v2' });
    const m = await wake();

    const byId = await m.match({ title: 'arXiv:2401.01234', arxivId: 'arXiv:2401.01234v3', source: 'url' });
    expect(byId?.kind).toBe('arxiv-id');
    expect(byId?.paper.id).toBe(target.id);
    const byRepo = await m.match({ title: 'JuyongJiang/KaSA', repo: 'JuyongJiang/KaSA', source: 'repo' });
    expect(byRepo?.kind).toBe('repo');
    expect(byRepo?.paper.id).toBe(kasa.id);
    const exact = await m.match({ title: papers[20]!.title.toUpperCase(), source: 'meta' });
    expect(exact?.kind).toBe('exact');
    expect(exact?.paper.id).toBe(papers[20]!.id);
    expect(await m.match({ title: 'arXiv:2401.99999', arxivId: '2401.99999', source: 'url' })).toBeNull();
    expect(await m.match({ title: 'sharkdp/fd', repo: 'sharkdp/fd', source: 'repo' })).toBeNull();
    // Nothing was restored or built: answering these needed no index.
    expect(await db.snapshots.count()).toBe(0);
  });

  it('a repo linked from several abstracts is still a shared tool, and a known id still vetoes a title', async () => {
    const [a, b] = [papers[0]!, papers[1]!];
    await db.papers.update(a.id, { repos: ['shared/tool'], arxivId: '2301.00001' });
    await db.papers.update(b.id, { repos: ['shared/tool'] });
    const m = await wake();
    expect(await m.match({ title: 'shared/tool', repo: 'shared/tool', source: 'repo' })).toBeNull();
    expect(await m.match({ title: a.title, arxivId: '2302.99999', source: 'meta' })).toBeNull();
    expect((await m.match({ title: a.title, source: 'meta' }))?.kind).toBe('exact');
  });
});
