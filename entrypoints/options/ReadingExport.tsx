import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { EXPORT_FORMATS, type ExportFormat, type ExportRow } from '@/lib/export';
import { download, errorText } from './files';
import { Outcome, type OutcomeMessage } from './Outcome';

/** The saved papers with their catalogue entries, in the order the popup shows them. */
export async function exportRows(): Promise<ExportRow[]> {
  const items = await send('reading.list', {});
  const ids = items.flatMap((i) => (i.paperId ? [i.paperId] : []));
  const papers = ids.length ? await send('catalogue.get', { ids }) : [];
  const byId = new Map(papers.map((p) => [p.id, p]));
  return items.map((item) => ({ item, paper: item.paperId ? (byId.get(item.paperId) ?? null) : null }));
}

export function ReadingExport() {
  const [message, setMessage] = useState<OutcomeMessage | null>(null);

  async function run(format: ExportFormat) {
    try {
      const rows = await exportRows();
      if (!rows.length) {
        setMessage({ ok: false, text: 'Your reading list is empty: nothing to export.' });
        return;
      }
      const f = EXPORT_FORMATS[format];
      download(f.render(rows), `reading-list.${f.ext}`, f.mime);
      setMessage({
        ok: true,
        text: `Exported ${rows.length} paper${rows.length === 1 ? '' : 's'} as ${f.label}.`,
      });
    } catch (e) {
      setMessage({ ok: false, text: `Export failed: ${errorText(e)}` });
    }
  }

  return (
    <section class="op-card" aria-labelledby="export-title">
      <h2 id="export-title">Export reading list</h2>
      <p class="op-help">
        For reference managers (BibTeX), notes (Markdown), spreadsheets (CSV) or scripts (JSON).
      </p>
      <div class="op-actions">
        {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
          <button key={f} type="button" onClick={() => void run(f)}>
            Export {EXPORT_FORMATS[f].label}
          </button>
        ))}
      </div>
      <Outcome message={message} />
    </section>
  );
}
