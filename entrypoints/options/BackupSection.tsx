import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { backupFileName } from '@/lib/backup/format';
import { download, errorText, readText } from './files';
import { Outcome, type OutcomeMessage } from './Outcome';

/** Full backup: download one JSON file; restore merges it in one transaction or changes nothing. */
export function BackupSection({ onRestored }: { onRestored: () => void }) {
  const [message, setMessage] = useState<OutcomeMessage | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    try {
      const { json } = await send('backup.export', {});
      download(json, backupFileName(), 'application/json');
      setMessage({ ok: true, text: 'Backup downloaded.' });
    } catch (e) {
      setMessage({ ok: false, text: `Backup failed: ${errorText(e)}` });
    }
  }

  async function restore(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    try {
      const json = await readText(file, () => undefined);
      const r = await send('backup.import', { json });
      setMessage({
        ok: true,
        text: `Restored from ${file.name}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged.`,
      });
      onRestored();
    } catch (e) {
      setMessage({ ok: false, text: `${file.name} was not restored; nothing changed. ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="op-card" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p class="op-help">
        Your reading list, settings and imported digests in one file. Restoring merges it with what is here:
        nothing is duplicated, and a damaged file changes nothing.
      </p>
      <div class="op-actions">
        <button type="button" onClick={() => void save()}>
          Download backup
        </button>
        <label class="op-file-button">
          Restore from backup…
          <input
            type="file"
            accept=".json,application/json"
            aria-label="Restore from backup"
            disabled={busy}
            onChange={(e) => {
              void restore(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <Outcome message={message} />
    </section>
  );
}
