import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import type { ImportReport } from '@/lib/messages';
import { errorText, readFiles, type ReadProgress } from './files';

type Files = { name: string; text: string }[];

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ReadProgress }
  | { kind: 'preview'; files: Files; report: ImportReport }
  | { kind: 'importing'; files: Files; report: ImportReport }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'error'; message: string };

/**
 * Import Daily Papers digests: pick or drop files → preview (new / already present / rejected lines)
 * → import in one transaction, or cancel. Nothing is written before "Import".
 */
export function DigestImport({ onImported }: { onImported: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [acceptRejected, setAcceptRejected] = useState(false);
  const [dragging, setDragging] = useState(false);

  async function load(list: FileList | null) {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setAcceptRejected(false);
    try {
      setStep({ kind: 'reading', progress: { loaded: 0, total: files.reduce((n, f) => n + f.size, 0) } });
      const texts = await readFiles(files, (progress) => setStep({ kind: 'reading', progress }));
      const report = await send('digest.preview', { files: texts });
      setStep({ kind: 'preview', files: texts, report });
    } catch (e) {
      setStep({ kind: 'error', message: errorText(e) });
    }
  }

  async function apply(files: Files, preview: ImportReport) {
    setStep({ kind: 'importing', files, report: preview });
    try {
      const report = await send('digest.import', { files, acceptRejected });
      setStep({ kind: 'done', report });
      onImported();
    } catch (e) {
      setStep({ kind: 'error', message: `Nothing was imported: ${errorText(e)}` });
    }
  }

  const busy = step.kind === 'reading' || step.kind === 'importing';
  return (
    <section class="op-card" aria-labelledby="import-title">
      <h2 id="import-title">Import digests</h2>
      <p class="op-help">
        Add Daily Papers text files to your catalogue. You see what changes before anything is written.
      </p>
      <label
        class={dragging ? 'op-drop op-drop-active' : 'op-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void load(e.dataTransfer?.files ?? null);
        }}
      >
        <span>Choose or drop digest files (.txt)</span>
        <input
          type="file"
          accept=".txt,text/plain"
          multiple
          disabled={busy}
          aria-label="Digest files"
          onChange={(e) => {
            void load(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </label>

      {step.kind === 'reading' ? (
        <div class="op-progress">
          <progress aria-label="Reading files" max={step.progress.total || 1} value={step.progress.loaded} />
          <span>Reading files… {Math.round((100 * step.progress.loaded) / (step.progress.total || 1))}%</span>
        </div>
      ) : null}

      {step.kind === 'preview' || step.kind === 'importing' ? (
        <Preview
          report={step.report}
          busy={step.kind === 'importing'}
          acceptRejected={acceptRejected}
          onAcceptRejected={setAcceptRejected}
          onImport={() => void apply(step.files, step.report)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      ) : null}

      {step.kind === 'done' ? (
        <p class="op-ok" role="status">
          Imported: {step.report.added} new paper{step.report.added === 1 ? '' : 's'},{' '}
          {step.report.alreadyPresent} already present.
        </p>
      ) : null}
      {step.kind === 'error' ? (
        <p class="rp-error op-error" role="alert">
          {step.message}
        </p>
      ) : null}
    </section>
  );
}

interface PreviewProps {
  report: ImportReport;
  busy: boolean;
  acceptRejected: boolean;
  onAcceptRejected: (v: boolean) => void;
  onImport: () => void;
  onCancel: () => void;
}

function Preview({ report, busy, acceptRejected, onAcceptRejected, onImport, onCancel }: PreviewProps) {
  const rejected = report.rejected.length;
  const empty = report.files.filter((f) => f.added + f.alreadyPresent === 0);
  const blocked =
    empty.length > 0 || (rejected > 0 && !acceptRejected) || report.added + report.alreadyPresent === 0;
  return (
    <div class="op-preview" role="region" aria-label="Import preview">
      <table class="op-table">
        <caption>Preview</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Digest date</th>
            <th scope="col">New</th>
            <th scope="col">Already present</th>
            <th scope="col">Rejected lines</th>
          </tr>
        </thead>
        <tbody>
          {report.files.map((f) => (
            <tr key={f.file}>
              <th scope="row">{f.file}</th>
              <td>{f.digestDate ?? '—'}</td>
              <td>{f.added}</td>
              <td>{f.alreadyPresent}</td>
              <td>{f.rejected.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {empty.map((f) => (
        <p key={f.file} class="rp-error op-error" role="alert">
          {f.file}: no Daily Papers entries found. Remove this file to import the others.
        </p>
      ))}
      {rejected ? (
        <>
          <ul class="op-rejected" aria-label="Rejected lines">
            {report.rejected.slice(0, 200).map((r) => (
              <li key={`${r.file}:${r.line}`}>
                <strong>
                  {r.file} line {r.line}
                </strong>
                : {r.message}
                {r.text ? <code>{r.text}</code> : null}
              </li>
            ))}
          </ul>
          {rejected > 200 ? <p class="op-help">…and {rejected - 200} more.</p> : null}
          <label class="op-check">
            <input
              type="checkbox"
              checked={acceptRejected}
              onChange={(e) => onAcceptRejected(e.currentTarget.checked)}
            />
            Import the readable entries and skip the {rejected} rejected line{rejected === 1 ? '' : 's'}
          </label>
        </>
      ) : null}
      <div class="op-actions">
        <button type="button" class="op-primary" disabled={blocked || busy} onClick={onImport}>
          {busy ? 'Importing…' : `Import ${report.added} new paper${report.added === 1 ? '' : 's'}`}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
