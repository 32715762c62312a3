import { describe, expect, it } from 'vitest';
import { planSeed } from '@/lib/catalogue/seed';
import type { ReadingItem } from '@/lib/reading/item';
import { bibEscape, bibKeys, toBibtex } from '@/lib/export/bibtex';
import { csvField, toCsv } from '@/lib/export/csv';
import { mdEscape, toMarkdown } from '@/lib/export/markdown';
import { toJson } from '@/lib/export/json';
import type { ExportRow } from '@/lib/export/rows';

const seeds = planSeed().entries;
const lambda = seeds.find((p) => p.title.startsWith('boldsymbolλ'))!;
const knn = seeds.find((p) => p.title.startsWith('kNN-Embed'))!;

function item(over: Partial<ReadingItem>): ReadingItem {
  return {
    id: 'x',
    paperId: null,
    title: 'Untitled',
    url: null,
    arxivId: null,
    status: 'to-read',
    note: '',
    tags: [],
    savedAt: Date.UTC(2025, 0, 2),
    updatedAt: Date.UTC(2025, 0, 2),
    ...over,
  };
}

const rows: ExportRow[] = [
  {
    item: item({ id: lambda.id, paperId: lambda.id, title: lambda.title, status: 'reading', tags: ['reps'] }),
    paper: lambda,
  },
  {
    item: item({
      id: 'u1',
      title: 'Costs, "quotes" & 100% of {braces}_x',
      url: 'https://arxiv.org/abs/2106.09685',
      arxivId: '2106.09685',
      note: 'line one\nline two, with comma',
      tags: ['a', 'b'],
    }),
  },
  {
    item: item({ id: knn.id, paperId: knn.id, title: knn.title, status: 'read', note: '=HYPERLINK("x")' }),
    paper: knn,
  },
  {
    item: item({
      id: 'u2',
      title: 'hep-th paper',
      arxivId: 'hep-th/9901001',
      url: 'https://arxiv.org/abs/hep-th/9901001',
    }),
  },
];

/** A minimal RFC 4180 reader, independent of the writer under test. */
function readCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      out.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return out;
}

describe('CSV', () => {
  it('escapes commas, quotes and line breaks so every field reads back exactly', () => {
    const table = readCsv(toCsv(rows));
    expect(table).toHaveLength(rows.length + 1);
    expect(table[0]![0]).toBe('title');
    expect(table.every((r) => r.length === table[0]!.length)).toBe(true);
    expect(table[2]![0]).toBe('Costs, "quotes" & 100% of braces_x');
    expect(table[2]![5]).toBe('line one\nline two, with comma');
    expect(table[2]![4]).toBe('a; b');
    expect(table[1]![0]).toBe('λ-Orthogonality Regularization for Compatible Representation Learning');
    expect(table[1]![3]).toBe('reading');
    expect(table[1]![7]).toBe(String(lambda.year));
  });

  it('defuses spreadsheet formulas', () => {
    expect(readCsv(toCsv(rows))[3]![5]).toBe(`'=HYPERLINK("x")`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });
});

describe('BibTeX', () => {
  it('escapes LaTeX specials and keeps braces balanced', () => {
    expect(bibEscape('100% & $x_1$ #1 {a} ~ ^ \\')).toBe(
      '100\\% \\& \\$x\\_1\\$ \\#1 \\{a\\} \\~{} \\^{} \\textbackslash{}',
    );
    const bib = toBibtex(rows);
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, '')) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib.match(/^@misc\{/gm)).toHaveLength(rows.length);
    expect(bib).toContain(
      'title = {{λ-Orthogonality Regularization for Compatible Representation Learning}}',
    );
    expect(bib).toContain('eprint = {2106.09685}');
    expect(bib).toContain('note = {line one line two, with comma}');
  });

  it('keys from the arXiv id, else first meaningful title word and year, unique', () => {
    const keys = bibKeys(rows);
    expect(keys[1]).toBe('arxiv2106.09685');
    expect(keys[3]).toBe('arxivhep_th_9901001');
    expect(keys[0]).toBe(`lambda${lambda.year}`);
    expect(keys[2]).toBe(`knn${knn.year}`);
    const twice = bibKeys([rows[0]!, rows[0]!, rows[0]!]);
    expect(new Set(twice).size).toBe(3);
    expect(twice.every((k) => /^[A-Za-z0-9._-]+$/.test(k))).toBe(true);
  });
});

describe('Markdown', () => {
  it('groups by status, links only http(s) URLs, escapes markup in titles', () => {
    const md = toMarkdown(rows, Date.UTC(2025, 5, 1));
    expect(md).toMatch(/^# Reading list\n\nExported 2025-06-01 · 4 papers/);
    expect(md.indexOf('## To read')).toBeLessThan(md.indexOf('## Reading\n'));
    expect(md.indexOf('## Reading\n')).toBeLessThan(md.indexOf('## Read\n'));
    expect(md).toContain('[Costs, "quotes" & 100% of braces\\_x](https://arxiv.org/abs/2106.09685)');
    expect(md).toContain('  > line one\n  > line two, with comma');
    expect(mdEscape('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    const evil = toMarkdown([{ item: item({ title: 'Evil', url: 'javascript:alert(1)' }) }]);
    expect(evil).not.toContain('](javascript');
  });
});

describe('JSON', () => {
  it('parses back with every saved paper and its reading fields', () => {
    const parsed = JSON.parse(toJson(rows)) as { readingList: Record<string, unknown>[] };
    expect(parsed.readingList).toHaveLength(4);
    expect(parsed.readingList[1]).toMatchObject({
      arxivId: '2106.09685',
      note: 'line one\nline two, with comma',
      tags: ['a', 'b'],
    });
    expect(parsed.readingList[0]).toMatchObject({
      status: 'reading',
      year: lambda.year,
      catalogueId: lambda.id,
    });
  });
});
