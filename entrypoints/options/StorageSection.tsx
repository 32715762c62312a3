import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import type { Res } from '@/lib/messages';
import { errorText, formatBytes } from './files';

/** Catalogue size, storage used, and whether the browser may evict the data. */
export function StorageSection({ version }: { version: number }) {
  const [info, setInfo] = useState<Res<'storage.info'> | null>(null);
  const [stats, setStats] = useState<Res<'catalogue.stats'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([send('storage.info', {}), send('catalogue.stats', {})]).then(
      ([i, s]) => {
        setInfo(i);
        setStats(s);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [version]);

  return (
    <section class="op-card" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      {error ? (
        <p class="rp-error op-error" role="alert">
          {error}
        </p>
      ) : null}
      {stats ? (
        <p>
          {stats.papers} papers in your catalogue from {stats.digests.length} digest
          {stats.digests.length === 1 ? '' : 's'}; {stats.reading} in your reading list.
        </p>
      ) : null}
      {info ? (
        <ul class="op-facts">
          <li>
            Storage used: {info.usage === null ? 'unknown' : formatBytes(info.usage)}
            {info.quota ? ` of ${formatBytes(info.quota)} available` : ''}
          </li>
          <li>
            {info.persisted === true
              ? 'Storage is persistent: the browser will not clear it to free space.'
              : info.persisted === false
                ? 'Storage is not persistent: the browser may clear it when disk space runs low. Keep a backup.'
                : 'Whether storage is persistent is unknown in this browser. Keep a backup.'}
          </li>
        </ul>
      ) : null}
    </section>
  );
}
