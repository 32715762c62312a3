import { useState } from 'preact/hooks';

export interface SaveToggleProps {
  saved: boolean;
  /** Saves (next = true) or removes the paper; rejects with a message the toggle shows. */
  onToggle: (next: boolean) => Promise<void>;
  /** Visible text beside the star; the accessible name stays "Save to reading list". */
  compact?: boolean;
}

/**
 * The "Save to reading list" toggle. Its accessible name never changes (tests and tools find it by name);
 * the state is `aria-pressed`. Busy while the worker answers, so a double click can't save twice.
 */
export function SaveToggle({ saved, onToggle, compact = false }: SaveToggleProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function click() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onToggle(!saved);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span class="rp-save">
      <button
        type="button"
        class="rp-save-button"
        aria-label="Save to reading list"
        aria-pressed={saved}
        aria-busy={busy || undefined}
        title={saved ? 'Saved: click to remove from your reading list' : 'Save to reading list'}
        onClick={() => void click()}
      >
        <span aria-hidden="true" class="rp-save-star">
          {saved ? '★' : '☆'}
        </span>
        {compact ? null : <span aria-hidden="true">{saved ? 'Saved' : 'Save'}</span>}
      </button>
      {error ? (
        <span class="rp-error" role="alert">
          Could not {saved ? 'remove' : 'save'}: {error}
        </span>
      ) : null}
    </span>
  );
}
