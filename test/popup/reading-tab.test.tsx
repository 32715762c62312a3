// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { RelatedPapersDB } from '@/lib/db';
import { savePaper, updateSaved } from '@/lib/reading/store';
import { App } from '@/entrypoints/popup/App';
import { EMPTY_READING_LIST } from '@/components/ReadingList';
import { startWorker } from './worker';

let db: RelatedPapersDB;
beforeEach(() => {
  db = startWorker('popup-reading');
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

async function openReadingList() {
  render(<App loadPage={async () => null} />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Reading list' }));
}

const list = () => screen.getByRole('list', { name: 'Reading list' });
const titles = () =>
  within(list())
    .getAllByRole('listitem')
    .map((li) => li.querySelector('a')!.textContent);

async function seedList() {
  const papers = await db.papers.orderBy('seq').limit(3).toArray();
  await savePaper(db, { paperId: papers[0]!.id }, 1000);
  await savePaper(db, { paperId: papers[1]!.id }, 3000);
  await savePaper(
    db,
    { title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762', arxivId: '1706.03762' },
    2000,
  );
  await updateSaved(db, papers[0]!.id, { status: 'read', tags: ['bandits'] });
  return papers;
}

describe('popup Reading list tab', () => {
  it('shows the empty state', async () => {
    await openReadingList();
    expect(await screen.findByText(EMPTY_READING_LIST)).toBeTruthy();
  });

  it('lists saved papers, newest first, including one saved from a page outside the catalogue', async () => {
    const papers = await seedList();
    await openReadingList();
    await waitFor(() =>
      expect(titles()).toEqual([papers[1]!.title, 'Attention Is All You Need', papers[0]!.title]),
    );
    const outside = within(list()).getAllByRole('listitem')[1]!;
    expect(outside.querySelector('a')!.getAttribute('href')).toBe('https://arxiv.org/abs/1706.03762');
    expect(outside.textContent).toContain('not in catalogue');
  });

  it('sorts by title and status, filters by status and tag', async () => {
    const papers = await seedList();
    await openReadingList();
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'title' } });
    const sorted = [papers[0]!.title, papers[1]!.title, 'Attention Is All You Need'].sort((a, b) =>
      a.toLowerCase().localeCompare(b.toLowerCase()),
    );
    await waitFor(() => expect(titles()).toEqual(sorted));
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'status' } });
    await waitFor(() => expect(titles()[2]).toBe(papers[0]!.title)); // "Read" sorts last
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by status' }), {
      target: { value: 'read' },
    });
    await waitFor(() => expect(titles()).toEqual([papers[0]!.title]));
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by status' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by tag' }), {
      target: { value: 'bandits' },
    });
    await waitFor(() => expect(titles()).toEqual([papers[0]!.title]));
  });

  it('changes status, note and tags in the database', async () => {
    const papers = await seedList();
    await openReadingList();
    await waitFor(() => expect(titles()).toHaveLength(3));
    const row = within(list()).getAllByRole('listitem')[0]!;
    const status = within(row).getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    expect([...status.options].map((o) => o.textContent)).toEqual(['To read', 'Reading', 'Read']);
    fireEvent.change(status, { target: { value: 'reading' } });
    const note = within(row).getByRole('textbox', { name: 'Note' });
    fireEvent.input(note, { target: { value: 'check §3' } });
    fireEvent.change(note);
    const tags = within(row).getByRole('textbox', { name: 'Tags' });
    fireEvent.input(tags, { target: { value: 'gnn, depth, gnn' } });
    fireEvent.change(tags);
    await waitFor(async () =>
      expect(await db.reading.get(papers[1]!.id)).toMatchObject({
        status: 'reading',
        note: 'check §3',
        tags: ['gnn', 'depth'],
      }),
    );
  });

  it('removes with undo that restores the item exactly', async () => {
    const papers = await seedList();
    const before = await db.reading.get(papers[0]!.id);
    await openReadingList();
    await waitFor(() => expect(titles()).toHaveLength(3));
    const row = within(list()).getAllByRole('listitem')[2]!;
    fireEvent.click(within(row).getByRole('button', { name: 'Remove from reading list' }));
    await waitFor(() => expect(titles()).toHaveLength(2));
    expect(await db.reading.get(papers[0]!.id)).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(await db.reading.get(papers[0]!.id)).toEqual(before);
  });
});

describe('popup tabs', () => {
  it('move with arrow keys, Home and End', async () => {
    render(<App loadPage={async () => null} />);
    const search = await screen.findByRole('tab', { name: 'Search' });
    fireEvent.keyDown(search, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Reading list' }).getAttribute('aria-selected')).toBe('true'),
    );
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Reading list' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // wraps
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true'),
    );
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Reading list' }).getAttribute('aria-selected')).toBe('true'),
    );
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true'),
    );
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(
      screen.getByRole('tab', { name: 'This page' }).id,
    );
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });
});
