import type { Handlers } from '@/lib/messaging/server';
import { listSaved, removeSaved, restoreSaved, savePaper, updateSaved } from '@/lib/reading/store';
import { getSettings, updateSettings } from '@/lib/settings';
import { getDb } from '../services';

export const readingHandlers: Partial<Handlers> = {
  'reading.list': async () => listSaved(getDb()),
  'reading.save': async (req) => savePaper(getDb(), req),
  'reading.update': async ({ id, ...patch }) => updateSaved(getDb(), id, patch),
  'reading.remove': async ({ id }) => removeSaved(getDb(), id),
  'reading.restore': async ({ item }) => restoreSaved(getDb(), item),
  'settings.get': async () => getSettings(getDb()),
  'settings.set': async ({ patch }) => updateSettings(getDb(), patch),
};
