import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { SITES, type Settings, type Site } from '@/lib/settings';
import { errorText } from './files';

const SITE_LABELS: Record<Site, string> = { arxiv: 'arXiv', github: 'GitHub', huggingface: 'Hugging Face' };

/** Related-list and panel settings, saved as soon as they change. */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('settings.get', {}).then(setSettings, (e: unknown) => setError(errorText(e)));
  }, []);

  async function patch(p: Partial<Settings>) {
    try {
      setSettings(await send('settings.set', { patch: p }));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }

  if (!settings) return <section class="op-card" aria-busy="true" />;
  return (
    <section class="op-card" aria-labelledby="settings-title">
      <h2 id="settings-title">Related papers</h2>
      <div class="op-grid">
        <label for="related-count">Related papers shown</label>
        <input
          id="related-count"
          type="number"
          min={1}
          max={20}
          value={settings.relatedCount}
          onChange={(e) => {
            const n = Math.round(Number(e.currentTarget.value));
            if (n >= 1 && n <= 20) void patch({ relatedCount: n });
          }}
        />
        <label for="recency-boost">Prefer recent papers</label>
        <span class="op-range">
          <input
            id="recency-boost"
            type="range"
            min={0}
            max={1}
            step={0.1}
            value={settings.recencyBoost}
            onChange={(e) => void patch({ recencyBoost: Number(e.currentTarget.value) })}
          />
          <output for="recency-boost">
            {settings.recencyBoost === 0 ? 'off' : settings.recencyBoost.toFixed(1)}
          </output>
        </span>
        <label for="upvote-boost">Prefer upvoted papers</label>
        <span class="op-range">
          <input
            id="upvote-boost"
            type="range"
            min={0}
            max={1}
            step={0.1}
            value={settings.upvoteBoost}
            onChange={(e) => void patch({ upvoteBoost: Number(e.currentTarget.value) })}
          />
          <output for="upvote-boost">
            {settings.upvoteBoost === 0 ? 'off' : settings.upvoteBoost.toFixed(1)}
          </output>
        </span>
      </div>
      <fieldset class="op-fieldset">
        <legend>Show the panel on</legend>
        {SITES.map((site) => (
          <label key={site} class="op-check">
            <input
              type="checkbox"
              checked={settings.panelSites[site]}
              onChange={(e) =>
                void patch({ panelSites: { ...settings.panelSites, [site]: e.currentTarget.checked } })
              }
            />
            {SITE_LABELS[site]}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p class="rp-error op-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
