import type { Handlers } from '@/lib/messaging/server';
import { catalogueHandlers } from './catalogue';
import { readingHandlers } from './reading';
import { searchHandlers } from './search';
import { backupHandlers } from './backup';
import { pageHandlers } from './page';
import { relatedHandlers } from './related';

/** Every message handler of the worker. Each area registers its handlers with one line here. */
export const handlers: Partial<Handlers> = {
  ...catalogueHandlers,
  ...readingHandlers,
  ...searchHandlers,
  ...backupHandlers,
  ...pageHandlers,
  ...relatedHandlers,
};
