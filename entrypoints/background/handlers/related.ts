import type { Handlers } from '@/lib/messaging/server';
import { relatedForPaper } from '@/lib/related/for-paper';
import { getDb } from '../services';

export const relatedHandlers: Partial<Handlers> = {
  'related.forPaper': async (req) => relatedForPaper(getDb(), req),
};
