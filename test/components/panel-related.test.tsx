// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { send } from '@/lib/messaging/client';
import type { CatalogueEntry } from '@/lib/catalogue/entry';
import type { PageState, RelatedItem } from '@/lib/messages';
import type { RelatedPapersDB } from '@/lib/db';
import { Panel } from '@/components/panel/Panel';
import type { RelatedStatus } from '@/components/panel/RelatedSection';
import { relatedForPaper } from '@/lib/related/for-paper';
import { savePaper } from '@/lib/reading/store';
import { startTestWorker } from '../support/worker';

/** The two-phase panel: the match first, related papers from a later reply. */

let db: RelatedPapersDB;
let stop: () => Promise<void>;
let main: CatalogueEntry;

beforeEach(async () => {
  ({ db, stop } = await startTestWorker());
  main = (await db.papers.orderBy('seq').first())!;
});
afterEach(async () => {
  cleanup();
  await stop();
});

function pending(): PageState {
  return {
    url: 'https://arxiv.org/abs/2301.02828',
    kind: 'single',
    primary: {
      candidate: { title: main.title, source: 'meta', arxivId: '2301.02828' },
      match: { paper: main, confidence: 1, kind: 'exact', why: 'same title' },
      saved: false,
    },
    found: [],
    related: [],
    relatedPending: true,
  };
}

function panel(state: PageState, relatedStatus: RelatedStatus) {
  return (
    <Panel
      state={state}
      send={send}
      collapsed={false}
      onCollapsedChange={() => {}}
      relatedStatus={relatedStatus}
    />
  );
}

describe('Panel while related papers are on their way', () => {
  it('shows the paper at once, with a busy, empty "Related" list and a polite note', () => {
    render(panel(pending(), 'loading'));
    const aside = screen.getByRole('complementary', { name: 'Related papers' });
    const section = within(aside).getByRole('region', { name: 'This paper' });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(main.title);
    expect(within(section).getByRole('status').textContent).toMatch(/^In catalogue/);
    within(section).getByRole('button', { name: 'Save to reading list' });

    const list = within(aside).getByRole('list', { name: 'Related' });
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    const note = within(aside).getByText('Finding related papers…');
    expect(note.getAttribute('aria-live')).toBe('polite');
    // The paper's own status stays the only status on the panel.
    expect(within(aside).getAllByRole('status')).toHaveLength(1);
  });

  it('fills the list in when the papers arrive, keeping the accessible names and reported saved flags', async () => {
    const related: RelatedItem[] = await relatedForPaper(db, { paperId: main.id });
    expect(related.length).toBeGreaterThan(1);
    await savePaper(db, { paperId: related[1]!.paper.id });
    const fresh = await relatedForPaper(db, { paperId: main.id });

    const { rerender } = render(panel(pending(), 'loading'));
    rerender(panel({ ...pending(), related: fresh, relatedPending: false }, 'ready'));

    const list = screen.getByRole('list', { name: 'Related' });
    expect(list.tagName).toBe('OL');
    expect(list.getAttribute('aria-busy')).toBeNull();
    expect(screen.queryByText('Finding related papers…')).toBeNull();
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(
      fresh.map((r) => r.paper.title),
    );
    items.forEach((li, i) => expect(li.textContent).toContain(fresh[i]!.reason));
    expect(fresh[0]!.reason).toMatch(/^shares: /);
    const pressed = items.map((li) =>
      within(li).getByRole('button', { name: 'Save to reading list' }).getAttribute('aria-pressed'),
    );
    expect(pressed[1]).toBe('true');
    expect(pressed.filter((p) => p === 'true')).toHaveLength(1);

    // A later toggle wins over the flag the worker reported.
    const second = within(items[1]!).getByRole('button', { name: 'Save to reading list' });
    fireEvent.click(second);
    await waitFor(() => expect(second.getAttribute('aria-pressed')).toBe('false'));
    expect(await db.reading.count()).toBe(0);
  });

  it('keeps a save made while loading when the related papers arrive', async () => {
    const { rerender } = render(panel(pending(), 'loading'));
    const toggle = within(screen.getByRole('region', { name: 'This paper' })).getByRole('button', {
      name: 'Save to reading list',
    });
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    const related = await relatedForPaper(db, { paperId: main.id });
    // The first reply still says "not saved"; the user's save stands.
    rerender(panel({ ...pending(), related, relatedPending: false }, 'ready'));
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when the related papers could not be looked up, and keeps the paper', () => {
    render(panel(pending(), 'failed'));
    screen.getByText('Could not look up related papers.');
    expect(screen.queryByRole('list', { name: 'Related' })).toBeNull();
    screen.getByRole('region', { name: 'This paper' });
  });
});
