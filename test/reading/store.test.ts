import { afterEach, describe, expect, it } from 'vitest';
import { openSeededDb } from '@/lib/catalogue/seed';
import { outsideId, savePaper, listSaved } from '@/lib/reading/store';
import type { RelatedPapersDB } from '@/lib/db';

let db: RelatedPapersDB;
let n = 0;
afterEach(async () => db?.delete());

describe('reading list store', () => {
  it('keeps papers outside the catalogue with their title, URL and arXiv id', async () => {
    db = openSeededDb(`reading-${n++}`);
    const item = await savePaper(db, {
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      url: 'https://arxiv.org/abs/2106.09685',
      arxivId: '2106.09685',
    });
    expect(item).toMatchObject({
      paperId: null,
      arxivId: '2106.09685',
      url: 'https://arxiv.org/abs/2106.09685',
    });
    expect(item.id).toBe(outsideId({ arxivId: '2106.09685' }));
  });

  it('is idempotent and keeps the first save', async () => {
    db = openSeededDb(`reading-${n++}`);
    const paper = (await db.papers.orderBy('seq').first())!;
    const first = await savePaper(db, { paperId: paper.id }, 1000);
    const second = await savePaper(db, { paperId: paper.id }, 2000);
    expect(second).toEqual(first);
    expect(await listSaved(db)).toHaveLength(1);
  });

  it('never stores a javascript: URL', async () => {
    db = openSeededDb(`reading-${n++}`);
    const item = await savePaper(db, { title: 'X', url: 'javascript:alert(1)' });
    expect(item.url).toBeNull();
  });

  it('refuses an unknown catalogue id and a title-less outside paper', async () => {
    db = openSeededDb(`reading-${n++}`);
    await expect(savePaper(db, { paperId: 'pnope' })).rejects.toThrow(/not in the catalogue/);
    await expect(savePaper(db, { url: 'https://x.org' })).rejects.toThrow(/needs a title/);
    expect(await db.reading.count()).toBe(0);
  });
});
