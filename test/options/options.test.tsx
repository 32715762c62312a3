// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { RelatedPapersDB } from '@/lib/db';
import { savePaper, updateSaved } from '@/lib/reading/store';
import { getSettings } from '@/lib/settings';
import { OptionsApp } from '@/entrypoints/options/App';
import { startWorker } from '../popup/worker';

const HEADER = 'Daily Papers\n\nbyAK and the research community\n\nMar 2\n\n';
const entry = (title: string) => `${title}\n\n${title} abstract text.\n\n  • 2 authors\n·\nJan 5, 2024\n\n`;
const KNOWN = 'Why do Nearest Neighbor Language Models Work?';

let db: RelatedPapersDB;
/** Files "downloaded" through Blob + anchor, captured where the page hands them to the browser. */
let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  db = startWorker('options');
  downloads = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    last = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download && last) downloads.push({ name: this.download, blob: last });
  });
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function pick(label: string | RegExp, files: File[]) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const papers = () => db.papers.count();

describe('options: import digests', () => {
  it('previews new / already present, imports on confirm', async () => {
    render(<OptionsApp />);
    pick('Digest files', [new File([HEADER + entry('A Brand New Paper') + entry(KNOWN)], 'extra.txt')]);
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    const row = within(preview).getByRole('row', { name: /extra\.txt/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2025-03-02', '1', '1', '0']);
    expect(await papers()).toBe(157);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import 1 new paper' }));
    expect(await screen.findByText(/Imported: 1 new paper, 1 already present/)).toBeTruthy();
    expect(await papers()).toBe(158);
  });

  it('changes nothing when the user cancels', async () => {
    render(<OptionsApp />);
    pick('Digest files', [new File([HEADER + entry('A Brand New Paper')], 'extra.txt')]);
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull());
    expect(await papers()).toBe(157);
  });

  it('lists rejected lines with line numbers and imports only once the user accepts them', async () => {
    render(<OptionsApp />);
    const text = HEADER + entry('Good Paper') + '·\n\n' + entry('Second Good Paper');
    pick('Digest files', [new File([text], 'bad.txt')]);
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    const rejected = within(preview).getByRole('list', { name: 'Rejected lines' });
    expect(rejected.textContent).toMatch(/bad\.txt line \d+/);
    const button = within(preview).getByRole('button', { name: 'Import 2 new papers' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(within(preview).getByRole('checkbox', { name: /skip the 1 rejected line/ }));
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByText(/Imported: 2 new papers/);
    expect(await papers()).toBe(159);
  });

  it('refuses a broken file among good ones and changes nothing', async () => {
    render(<OptionsApp />);
    pick('Digest files', [
      new File([HEADER + entry('Fine Paper')], 'good.txt'),
      new File(['\u0000\u0001'], 'photo.txt'),
    ]);
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(within(preview).getByRole('alert').textContent).toMatch(/photo\.txt: no Daily Papers entries/);
    expect((within(preview).getByRole('button', { name: /^Import/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(await papers()).toBe(157);
  });
});

describe('options: exports and backup', () => {
  async function saveSome() {
    const [a, b] = await db.papers.orderBy('seq').limit(2).toArray();
    await savePaper(db, { paperId: a!.id });
    await savePaper(db, { paperId: b!.id });
    await savePaper(db, { title: 'Attention Is All You Need', arxivId: '1706.03762' });
    await updateSaved(db, a!.id, { status: 'read', note: 'good' });
    return [a!, b!];
  }

  it('exports the reading list in each format as a download', async () => {
    const [a] = await saveSome();
    render(<OptionsApp />);
    for (const label of ['BibTeX', 'Markdown', 'CSV', 'JSON']) {
      fireEvent.click(screen.getByRole('button', { name: `Export ${label}` }));
      await screen.findByText(`Exported 3 papers as ${label}.`);
    }
    expect(downloads.map((d) => d.name)).toEqual([
      'reading-list.bib',
      'reading-list.md',
      'reading-list.csv',
      'reading-list.json',
    ]);
    const bib = await downloads[0]!.blob.text();
    expect(bib).toContain('@misc{arxiv1706.03762,');
    expect(bib).toContain(`year = {${a!.year}}`);
    const json = JSON.parse(await downloads[3]!.blob.text());
    expect(json.readingList).toHaveLength(3);
  });

  it('says so instead of exporting an empty list', async () => {
    render(<OptionsApp />);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/empty/);
    expect(downloads).toEqual([]);
  });

  it('downloads a backup and restores it after the data is gone', async () => {
    await saveSome();
    const before = await db.reading.orderBy('id').toArray();
    render(<OptionsApp />);
    fireEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    await screen.findByText('Backup downloaded.');
    expect(downloads[0]!.name).toMatch(/^related-papers-backup-\d{4}-\d\d-\d\d\.json$/);
    await db.reading.clear();
    pick('Restore from backup', [new File([await downloads[0]!.blob.text()], 'backup.json')]);
    expect(await screen.findByText(/Restored from backup\.json: 3 added/)).toBeTruthy();
    expect(await db.reading.orderBy('id').toArray()).toEqual(before);
  });

  it('rejects a foreign file with a clear reason and changes nothing', async () => {
    await saveSome();
    const before = await db.reading.orderBy('id').toArray();
    render(<OptionsApp />);
    pick('Restore from backup', [new File(['{"items": []}'], 'zotero.json')]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /zotero\.json was not restored; nothing changed\. This is not a Related Papers backup/,
    );
    expect(await db.reading.orderBy('id').toArray()).toEqual(before);
  });
});

describe('options: settings and storage', () => {
  it('saves related-list settings and panel sites', async () => {
    render(<OptionsApp />);
    const count = (await screen.findByLabelText('Related papers shown')) as HTMLInputElement;
    expect(count.value).toBe('5');
    fireEvent.change(count, { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('Prefer recent papers'), { target: { value: '0.7' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'GitHub' }));
    await waitFor(async () =>
      expect(await getSettings(db)).toMatchObject({
        relatedCount: 8,
        recencyBoost: 0.7,
        panelSites: { arxiv: true, github: false, huggingface: true },
      }),
    );
  });

  it('shows the catalogue size and storage persistence', async () => {
    render(<OptionsApp />);
    const section = (await screen.findByRole('heading', { name: 'Storage' })).closest('section')!;
    await waitFor(() =>
      expect(section.textContent).toMatch(
        /157 papers in your catalogue from 5 digests; 0 in your reading list/,
      ),
    );
    expect(section.textContent).toMatch(/Storage used: /);
    expect(section.textContent).toMatch(/persistent/);
  });
});

describe('options: reading files with progress', () => {
  it('reports running progress over all files and returns their text', async () => {
    const { readFiles } = await import('@/entrypoints/options/files');
    const big = 'x'.repeat(300_000);
    const seen: number[] = [];
    const out = await readFiles([new File([big], 'a.txt'), new File(['héllo'], 'b.txt')], (p) => {
      seen.push(p.loaded);
      expect(p.total).toBe(300_000 + new Blob(['héllo']).size);
    });
    expect(out.map((f) => [f.name, f.text.length])).toEqual([
      ['a.txt', 300_000],
      ['b.txt', 5],
    ]);
    expect(seen.at(-1)).toBe(300_000 + 6);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });
});
