import type { Handlers } from '@/lib/messaging/server';
import { exportBackup } from '@/lib/backup/export';
import { importBackup } from '@/lib/backup/import';
import { getDb } from '../services';

export const backupHandlers: Partial<Handlers> = {
  'backup.export': async () => ({ json: JSON.stringify(await exportBackup(getDb()), null, 1) }),
  'backup.import': async ({ json }) => importBackup(getDb(), json),
};
