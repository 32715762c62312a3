// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RelatedPapersDB } from '@/lib/db';
import { send } from '@/lib/messaging/client';
import { App } from '@/entrypoints/popup/App';
import { startWorker } from './worker';

let db: RelatedPapersDB;
beforeEach(() => {
  db = startWorker('popup-page');
});

/** The active tab as the browser reports it (the fake browser has no window model for `currentWindow`). */
function activeTab(url: string, id = 7) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id, url, active: true }]) as never);
}
afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('popup This page tab', () => {
  it('opens on This page for a catalogue paper, with related papers and working save toggles', async () => {
    const paper = (await db.papers.orderBy('seq').offset(4).first())!;
    const state = await send('page.resolve', {
      url: 'https://arxiv.org/abs/2206.00001',
      kind: 'single',
      candidates: [{ title: paper.title, abstract: paper.abstract, arxivId: '2206.00001', source: 'meta' }],
    });
    render(<App loadPage={async () => state} />);
    const tab = await screen.findByRole('tab', { name: 'This page' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: paper.title })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^In catalogue/);

    const related = screen.getByRole('list', { name: 'Related papers' });
    const relatedItems = within(related).getAllByRole('listitem');
    expect(relatedItems.length).toBeGreaterThan(0);
    expect(relatedItems.map((li) => li.querySelector('a')!.textContent)).not.toContain(paper.title);

    const pageToggle = within(screen.getByRole('region', { name: 'This paper' })).getByRole('button', {
      name: 'Save to reading list',
    });
    fireEvent.click(pageToggle);
    await waitFor(() => expect(pageToggle.getAttribute('aria-pressed')).toBe('true'));
    const relToggle = within(relatedItems[0]!).getByRole('button', { name: 'Save to reading list' });
    fireEvent.click(relToggle);
    await waitFor(() => expect(relToggle.getAttribute('aria-pressed')).toBe('true'));
    expect((await db.reading.toArray()).map((r) => r.paperId).sort()).toHaveLength(2);
    expect(await db.reading.get(paper.id)).toBeDefined();
  });

  it('shows an arXiv PDF tab from its URL alone, and saves a paper outside the catalogue with its arXiv id', async () => {
    activeTab('https://arxiv.org/pdf/2501.99999v2');
    render(<App />);
    const tab = await screen.findByRole('tab', { name: 'This page' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/^Not in catalogue/);
    const toggle = within(screen.getByRole('region', { name: 'This paper' })).getByRole('button', {
      name: 'Save to reading list',
    });
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    const [saved] = await db.reading.toArray();
    expect(saved).toMatchObject({ paperId: null, arxivId: '2501.99999' });
    expect(saved!.url).toMatch(/^https:\/\/arxiv\.org\//);
  });

  it('opens on Search when the active tab is no paper page', async () => {
    activeTab('https://example.org/');
    render(<App />);
    expect((await screen.findByRole('tab', { name: 'Search' })).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'This page' }));
    expect(await screen.findByText(/No paper detected on this page/)).toBeTruthy();
  });
});
