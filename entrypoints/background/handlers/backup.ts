import type { Handlers } from '@/lib/messaging/server';
import { exportBackup } from '@/lib/backup/export';
import { importBackup } from '@/lib/backup/import';
import { getDb } from '../services';
import { duringImport } from '../warmup';

export const backupHandlers: Partial<Handlers> = {
  'backup.export': async () => ({ json: JSON.stringify(await exportBackup(getDb()), null, 1) }),
  'backup.import': async ({ json }) => {
    const db = getDb();
    // A restored backup can change the catalogue: the indexes are rebuilt and persisted right after.
    return duringImport(db, () => importBackup(db, json));
  },
};
