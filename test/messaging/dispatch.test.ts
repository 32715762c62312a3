import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createListener, dispatch, senderInfo, type Handlers } from '@/lib/messaging/server';
import { send, MessageError } from '@/lib/messaging/client';
import { API } from '@/lib/messages';
import { handlers } from '@/entrypoints/background/handlers';
import { setDbForTests } from '@/entrypoints/background/services';
import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';

const page = { fromContentScript: true, tabId: 3, url: 'https://arxiv.org/abs/1' };
const extension = { fromContentScript: false, url: 'chrome-extension://x/popup.html' };

let db: RelatedPapersDB;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openSeededDb(`dispatch-${n++}`);
  setDbForTests(db);
  // Route the client's sendMessage to the real dispatcher, as the browser routes it to the worker.
  // fakeBrowser's sender is empty; the real classification is tested in "senderInfo" below.
  fakeBrowser.runtime.onMessage.addListener(createListener(handlers, () => extension));
});
afterEach(async () => {
  await db.delete();
});

describe('dispatch', () => {
  it('rejects messages that are not ours', async () => {
    for (const bad of [null, 42, 'hi', { payload: {} }, { type: 7 }]) {
      expect(await dispatch(handlers, bad, extension)).toEqual({
        ok: false,
        error: 'not a Related Papers message',
      });
    }
  });

  it('rejects unknown types and invalid payloads with a reason, never throwing', async () => {
    expect(await dispatch(handlers, { type: 'drop.tables', payload: {} }, extension)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown message type/),
    });
    const bad = await dispatch(
      handlers,
      { type: 'reading.update', payload: { id: 'x', status: 'done' } },
      extension,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: expect.stringMatching(/invalid "reading.update" request: status/),
    });
  });

  it('limits content scripts to their own API', async () => {
    const r = await dispatch(handlers, { type: 'backup.export', payload: {} }, page);
    expect(r).toEqual({ ok: false, error: '"backup.export" is not available to web pages' });
    const ok = await dispatch(handlers, { type: 'settings.get', payload: {} }, page);
    expect(ok.ok).toBe(true);
  });

  it('turns handler errors into error replies, and quota errors into a clear message', async () => {
    const failing: Partial<Handlers> = {
      'reading.list': async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      'catalogue.stats': async () => ({ papers: 'many' }) as never,
    };
    expect(await dispatch(failing, { type: 'reading.list', payload: {} }, extension)).toEqual({
      ok: false,
      error: 'Storage is full: free some disk space or remove data; nothing was changed.',
    });
    expect(await dispatch(failing, { type: 'catalogue.stats', payload: {} }, extension)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/bad "catalogue.stats" reply/),
    });
  });

  it('has a request and response schema for every message type', () => {
    for (const [type, schema] of Object.entries(API)) {
      expect(schema.req, type).toBeDefined();
      expect(schema.res, type).toBeDefined();
    }
  });
});

describe('senderInfo', () => {
  const origin = 'chrome-extension://abc/';
  it('gives extension pages the full API and treats everything else as a web page', () => {
    expect(senderInfo({ id: 'abc', url: `${origin}popup.html` }, origin, 'abc').fromContentScript).toBe(
      false,
    );
    expect(senderInfo({ id: 'abc', url: 'https://arxiv.org/abs/1', tab: { id: 4 } }, origin, 'abc')).toEqual({
      fromContentScript: true,
      tabId: 4,
      url: 'https://arxiv.org/abs/1',
    });
    expect(senderInfo({ id: 'evil', url: `${origin}popup.html` }, origin, 'abc').fromContentScript).toBe(
      true,
    );
  });
});

describe('send (client) through the real worker handlers', () => {
  it('round-trips catalogue stats', async () => {
    const stats = await send('catalogue.stats', {});
    expect(stats.papers).toBe(157);
    expect(stats.digests).toHaveLength(5);
  });

  it('validates requests before sending', async () => {
    await expect(send('reading.update', { id: 'x', status: 'done' as never })).rejects.toBeInstanceOf(
      MessageError,
    );
  });

  it('surfaces worker errors as MessageError', async () => {
    await expect(send('reading.update', { id: 'nope', status: 'read' })).rejects.toThrow(
      /no longer in your reading list/,
    );
  });

  it('refuses the full API to a content script through the real listener', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(createListener(handlers, () => page));
    await expect(send('backup.export', {})).rejects.toThrow(/not available to web pages/);
    expect((await send('settings.get', {})).relatedCount).toBe(5);
  });

  it('saves, updates, removes and restores a reading-list item', async () => {
    const paper = (await db.papers.orderBy('seq').first())!;
    const saved = await send('reading.save', { paperId: paper.id });
    expect(saved).toMatchObject({ id: paper.id, title: paper.title, status: 'to-read' });
    await send('reading.update', { id: paper.id, status: 'reading', tags: ['bandits', ' bandits ', ''] });
    const [item] = await send('reading.list', {});
    expect(item).toMatchObject({ status: 'reading', tags: ['bandits'] });
    const removed = await send('reading.remove', { id: paper.id });
    expect(await send('reading.list', {})).toEqual([]);
    await send('reading.restore', { item: removed! });
    expect(await send('reading.list', {})).toEqual([item]);
  });
});
