import { useState } from 'preact/hooks';
import { BackupSection } from './BackupSection';
import { DigestImport } from './DigestImport';
import { ReadingExport } from './ReadingExport';
import { SettingsSection } from './SettingsSection';
import { StorageSection } from './StorageSection';

export function OptionsApp() {
  // Bumped after imports and restores so the storage figures refresh.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <main class="op-root">
      <h1>Related Papers</h1>
      <DigestImport onImported={changed} />
      <ReadingExport />
      <BackupSection onRestored={changed} />
      <SettingsSection key={version} />
      <StorageSection version={version} />
    </main>
  );
}
