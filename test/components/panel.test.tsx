// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { send } from '@/lib/messaging/client';
import type { CatalogueEntry } from '@/lib/catalogue/entry';
import type { PageState } from '@/lib/messages';
import type { RelatedPapersDB } from '@/lib/db';
import { hasPanel, Panel } from '@/components/panel/Panel';
import { startTestWorker } from '../support/worker';

let db: RelatedPapersDB;
let stop: () => Promise<void>;
let papers: CatalogueEntry[];

beforeEach(async () => {
  ({ db, stop } = await startTestWorker());
  papers = await db.papers.orderBy('seq').toArray();
});
afterEach(async () => {
  cleanup();
  await stop();
});

function paper(i: number): CatalogueEntry {
  const p = papers[i];
  if (!p) throw new Error(`seed paper ${i} missing`);
  return p;
}

function singleState(overrides: Partial<PageState> = {}): PageState {
  const main = paper(0);
  return {
    url: 'https://arxiv.org/abs/2301.02828',
    kind: 'single',
    primary: {
      candidate: { title: main.title, source: 'meta', arxivId: '2301.02828' },
      match: { paper: main, confidence: 1, kind: 'exact', why: 'same title' },
      saved: false,
    },
    found: [],
    related: [1, 2, 3].map((i) => ({
      paper: paper(i),
      score: 1 / i,
      reason: `shares: term${i}, other${i}`,
      terms: [`term${i}`],
      saved: false,
    })),
    ...overrides,
  };
}

function renderPanel(state: PageState, collapsed = false, onCollapsedChange = (_: boolean) => {}) {
  return render(
    <Panel state={state} send={send} collapsed={collapsed} onCollapsedChange={onCollapsedChange} />,
  );
}

describe('Panel, single-paper page', () => {
  it('names the panel, the paper section and its status for a catalogue paper', () => {
    renderPanel(singleState());
    const aside = screen.getByRole('complementary', { name: 'Related papers' });
    const section = within(aside).getByRole('region', { name: 'This paper' });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(paper(0).title);
    const status = within(section).getByRole('status');
    expect(status.textContent).toMatch(/^In catalogue/);
    expect(status.textContent).toContain('100%');
    expect(
      within(section).getByRole('button', { name: 'Save to reading list' }).getAttribute('aria-pressed'),
    ).toBe('false');
  });

  it('explains a fuzzy match with its confidence and why', () => {
    const state = singleState();
    state.primary!.match = {
      paper: paper(0),
      confidence: 0.874,
      kind: 'fuzzy',
      why: 'title differs by one word',
    };
    renderPanel(state);
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toMatch(/^In catalogue/);
    expect(status).toContain('87%');
    expect(status).toContain('title differs by one word');
  });

  it('shows the page title and "Not in catalogue" for a paper outside the catalogue, and saves it with its URL', async () => {
    const state = singleState({
      url: 'https://arxiv.org/abs/2106.09685',
      primary: {
        candidate: {
          title: 'LoRA: Low-Rank Adaptation of Large Language Models',
          source: 'meta',
          arxivId: '2106.09685',
        },
        match: null,
        saved: false,
      },
    });
    renderPanel(state);
    const section = screen.getByRole('region', { name: 'This paper' });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(
      'LoRA: Low-Rank Adaptation of Large Language Models',
    );
    expect(within(section).getByRole('status').textContent).toMatch(/^Not in catalogue/);

    const toggle = within(section).getByRole('button', { name: 'Save to reading list' });
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    const saved = await db.reading.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      paperId: null,
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      url: 'https://arxiv.org/abs/2106.09685',
      arxivId: '2106.09685',
    });

    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'));
    expect(await db.reading.count()).toBe(0);
  });

  it('lists related papers best first, each linking by its exact catalogue title with a reason', () => {
    const state = singleState();
    renderPanel(state);
    const list = screen.getByRole('list', { name: 'Related' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    items.forEach((li, i) => {
      const r = state.related[i]!;
      const link = within(li).getByRole('link');
      expect(link.textContent).toBe(r.paper.title);
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(li.textContent).toContain(r.reason);
      within(li).getByRole('button', { name: 'Save to reading list' });
    });
  });

  it('saves and removes a related catalogue paper through the worker, keeping duplicate toggles in step', async () => {
    // The page paper itself also shows up as related: both toggles must agree.
    const state = singleState();
    state.related.unshift({ paper: paper(0), score: 2, reason: 'shares: x', terms: ['x'], saved: false });
    renderPanel(state);
    const related = within(screen.getByRole('list', { name: 'Related' })).getAllByRole('button', {
      name: 'Save to reading list',
    });
    fireEvent.click(related[1]!);
    await waitFor(() => expect(related[1]!.getAttribute('aria-pressed')).toBe('true'));
    expect((await db.reading.toArray()).map((r) => r.paperId)).toEqual([paper(1).id]);

    fireEvent.click(related[0]!);
    const main = within(screen.getByRole('region', { name: 'This paper' })).getByRole('button', {
      name: 'Save to reading list',
    });
    await waitFor(() => expect(main.getAttribute('aria-pressed')).toBe('true'));
    expect(new Set((await db.reading.toArray()).map((r) => r.paperId))).toEqual(
      new Set([paper(0).id, paper(1).id]),
    );

    fireEvent.click(related[1]!);
    await waitFor(() => expect(related[1]!.getAttribute('aria-pressed')).toBe('false'));
    expect((await db.reading.toArray()).map((r) => r.paperId)).toEqual([paper(0).id]);
  });

  it('starts from the saved state the worker reported', () => {
    const state = singleState();
    state.primary!.saved = true;
    state.related[0]!.saved = true;
    renderPanel(state);
    const buttons = screen.getAllByRole('button', { name: 'Save to reading list' });
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'true', 'false', 'false']);
  });

  it('shows an error beside the toggle when the worker refuses, and stays unsaved', async () => {
    const state = singleState();
    state.related[0]!.paper = { ...paper(1), id: 'p-not-in-db' };
    renderPanel(state);
    const toggle = within(screen.getByRole('list', { name: 'Related' })).getAllByRole('button', {
      name: 'Save to reading list',
    })[0]!;
    fireEvent.click(toggle);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/not in the catalogue/);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await db.reading.count()).toBe(0);
  });

  it('collapses to a tab and reopens, reporting each choice and moving focus to the new control', async () => {
    const choices: boolean[] = [];
    renderPanel(singleState(), false, (c) => choices.push(c));
    fireEvent.click(screen.getByRole('button', { name: 'Hide related papers' }));
    const show = screen.getByRole('button', { name: 'Show related papers' });
    expect(screen.getAllByRole('complementary', { name: 'Related papers' })).toHaveLength(1);
    expect(screen.queryByRole('list', { name: 'Related' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(show));
    fireEvent.click(show);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hide related papers' })),
    );
    expect(choices).toEqual([true, false]);
  });

  it('renders collapsed when the setting says so', () => {
    renderPanel(singleState(), true);
    screen.getByRole('button', { name: 'Show related papers' });
    expect(screen.queryByRole('region', { name: 'This paper' })).toBeNull();
  });
});

describe('Panel, multi-paper page', () => {
  function multiState(): PageState {
    return {
      url: 'https://arxiv.org/list/cs.LG/new',
      kind: 'multi',
      primary: null,
      found: [4, 5].map((i) => ({
        candidate: { title: paper(i).title, source: 'listing', anchor: `2401.0000${i}` },
        match: { paper: paper(i), confidence: 1, kind: 'exact' as const, why: '' },
        saved: i === 5,
      })),
      related: [],
    };
  }

  it('lists the catalogue papers found on the page, with their saved state', () => {
    renderPanel(multiState());
    const list = screen.getByRole('list', { name: 'On this page' });
    expect(list.tagName).toBe('UL');
    const links = within(list)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual([paper(4).title, paper(5).title]);
    const pressed = within(list)
      .getAllByRole('button', { name: 'Save to reading list' })
      .map((b) => b.getAttribute('aria-pressed'));
    expect(pressed).toEqual(['false', 'true']);
    expect(screen.queryByRole('region', { name: 'This paper' })).toBeNull();
  });
});

describe('hasPanel', () => {
  it('wants a detected paper on single pages and a catalogue paper on multi pages', () => {
    expect(hasPanel(singleState())).toBe(true);
    expect(hasPanel(singleState({ primary: null }))).toBe(false);
    const multi: PageState = {
      url: 'https://arxiv.org/list/x/new',
      kind: 'multi',
      primary: null,
      found: [],
      related: [],
    };
    expect(hasPanel(multi)).toBe(false);
    multi.found.push({ candidate: { title: 'x', source: 'listing' }, match: null, saved: false });
    expect(hasPanel(multi)).toBe(false);
  });
});
