import type { Handlers } from '@/lib/messaging/server';
import { exportBackup } from '@/lib/backup/export';
import { importBackup } from '@/lib/backup/import';
import { getDb } from '../services';
import { scheduleWarmUp } from '../warmup';

export const backupHandlers: Partial<Handlers> = {
  'backup.export': async () => ({ json: JSON.stringify(await exportBackup(getDb()), null, 1) }),
  'backup.import': async ({ json }) => {
    const db = getDb();
    const result = await importBackup(db, json);
    // A restored backup can change the catalogue: rebuild and persist the indexes now.
    scheduleWarmUp(db);
    return result;
  },
};
