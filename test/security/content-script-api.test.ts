import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type SenderInfo } from '@/lib/messaging/server';
import { API, CONTENT_SCRIPT_MESSAGES, type MessageType } from '@/lib/messages';
import { handlers } from '@/entrypoints/background/handlers';
import { setDbForTests } from '@/entrypoints/background/services';
import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';
import { hostileDigest } from './hostile';

const page: SenderInfo = { fromContentScript: true, tabId: 7, url: 'https://arxiv.org/abs/2301.02828' };
const extension: SenderInfo = { fromContentScript: false, url: 'chrome-extension://id/popup.html' };
const SAVED = {
  id: 'u-test',
  paperId: null,
  title: 'Saved',
  url: null,
  arxivId: null,
  status: 'to-read' as const,
};

/**
 * A VALID request for every message type, so a refusal can only come from who is asking.
 * A new message type without a sample here fails the test below, on purpose.
 */
function sample(type: MessageType, savedId: string, firstPaper: string): unknown {
  const samples: Record<MessageType, unknown> = {
    'page.resolve': { url: 'https://arxiv.org/abs/2301.02828', kind: 'single', candidates: [] },
    'tab.state': { tabId: 1 },
    'related.forPaper': { paperId: firstPaper, limit: 3 },
    'search.query': { q: 'language models' },
    'catalogue.stats': {},
    'catalogue.get': { ids: [firstPaper] },
    'reading.list': {},
    'reading.save': { paperId: firstPaper },
    'reading.update': { id: savedId, status: 'read', note: 'changed by a page' },
    'reading.remove': { id: savedId },
    'reading.restore': { item: { ...SAVED, note: '', tags: [], savedAt: 1, updatedAt: 1 } },
    'digest.preview': { files: [{ name: 'x.txt', text: hostileDigest() }] },
    'digest.import': { files: [{ name: 'x.txt', text: hostileDigest() }], acceptRejected: true },
    'backup.export': {},
    'backup.import': { json: '{}' },
    'settings.get': {},
    'settings.set': { patch: { relatedCount: 7 } },
    'storage.info': {},
  };
  return samples[type];
}

async function dump(db: RelatedPapersDB) {
  return {
    papers: await db.papers.count(),
    reading: await db.reading.toArray(),
    settings: await db.settings.toArray(),
    digests: await db.digests.toArray(),
  };
}

let db: RelatedPapersDB;
let savedId: string;
let firstPaper: string;
let n = 0;
beforeEach(async () => {
  db = openSeededDb(`cs-api-${process.pid}-${n++}`);
  setDbForTests(db);
  firstPaper = (await db.papers.orderBy('seq').first())!.id;
  const saved = await dispatch(
    handlers,
    { type: 'reading.save', payload: { paperId: firstPaper } },
    extension,
  );
  expect(saved.ok).toBe(true);
  savedId = (saved as { data: { id: string } }).data.id;
});
afterEach(async () => {
  await db.delete();
});

const privileged = (Object.keys(API) as MessageType[]).filter((t) => !CONTENT_SCRIPT_MESSAGES.has(t));

describe('a content script asking for more than its own API', () => {
  it('covers every message type', () => {
    for (const t of Object.keys(API) as MessageType[]) expect(sample(t, 'x', 'y'), t).toBeDefined();
    expect(privileged.length).toBeGreaterThan(5);
  });

  it.each(privileged)('is refused "%s" and nothing changes', async (type) => {
    const before = await dump(db);
    const reply = await dispatch(handlers, { type, payload: sample(type, savedId, firstPaper) }, page);
    expect(reply).toEqual({ ok: false, error: `"${type}" is not available to web pages` });
    expect(await dump(db)).toEqual(before);
  });

  it.each(privileged)('"%s" with the same request works from an extension page', async (type) => {
    const reply = await dispatch(handlers, { type, payload: sample(type, savedId, firstPaper) }, extension);
    // It may fail for its own reasons (e.g. "{}" is not a backup), never for being unavailable.
    if (!reply.ok) expect(reply.error).not.toMatch(/not available|invalid .* request/);
  });

  it('cannot smuggle a privileged type in through odd spellings or extra fields', async () => {
    for (const type of ['Backup.export', 'backup.export ', '__proto__', 'constructor', 'toString']) {
      const r = await dispatch(handlers, { type, payload: {} }, page);
      expect(r.ok, type).toBe(false);
    }
    const r = await dispatch(handlers, { type: 'settings.get', payload: {}, fromContentScript: false }, page);
    expect(r.ok).toBe(true);
    const denied = await dispatch(handlers, { type: 'reading.list', payload: {}, sender: extension }, page);
    expect(denied).toMatchObject({ ok: false });
  });
});

describe('a content script using its own API with hostile values', () => {
  it('cannot save a javascript: or data: link into the reading list', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', 'JAVASCRIPT:alert(1)']) {
      const r = await dispatch(
        handlers,
        { type: 'reading.save', payload: { title: `Evil ${url}`, url } },
        page,
      );
      if (r.ok) expect((r.data as { url: string | null }).url).toBeNull();
    }
    for (const item of await db.reading.toArray()) {
      if (item.url !== null) expect(item.url).toMatch(/^https?:\/\//);
    }
  });

  it('is held to the schema limits (oversized or wrongly typed fields are refused before any handler)', async () => {
    const before = await dump(db);
    const bad: Array<[MessageType, unknown]> = [
      ['reading.save', { title: 'x'.repeat(2001) }],
      ['reading.save', { paperId: { $ne: null } }],
      [
        'page.resolve',
        {
          url: 'https://arxiv.org/',
          kind: 'single',
          candidates: Array(501).fill({ title: 't', source: 's' }),
        },
      ],
      ['settings.set', { patch: { relatedCount: 1e9 } }],
      ['related.forPaper', { abstract: 'x'.repeat(60_001) }],
    ];
    for (const [type, payload] of bad) {
      const r = await dispatch(handlers, { type, payload }, page);
      expect(r, type).toMatchObject({
        ok: false,
        error: expect.stringContaining(`invalid "${type}" request`),
      });
    }
    expect(await dump(db)).toEqual(before);
  });
});
