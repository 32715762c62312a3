import * as z from 'zod/mini';
import type { RelatedPapersDB } from './db';

export const SITES = ['arxiv', 'github', 'huggingface'] as const;
export type Site = (typeof SITES)[number];

/** User settings, stored in the `settings` table under key "user". Defaults fill anything missing. */
export const Settings = z.object({
  relatedCount: z.number().check(z.int(), z.gte(1), z.lte(20)),
  /** 0 = off; 1 = strong preference for recent papers when scores are close. */
  recencyBoost: z.number().check(z.gte(0), z.lte(1)),
  upvoteBoost: z.number().check(z.gte(0), z.lte(1)),
  panelSites: z.object({ arxiv: z.boolean(), github: z.boolean(), huggingface: z.boolean() }),
  /** The page panel collapsed to its small tab. */
  panelCollapsed: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  relatedCount: 5,
  recencyBoost: 0,
  upvoteBoost: 0,
  panelSites: { arxiv: true, github: true, huggingface: true },
  panelCollapsed: false,
};

export async function getSettings(db: RelatedPapersDB): Promise<Settings> {
  const row = await db.settings.get('user');
  const merged = { ...DEFAULT_SETTINGS, ...((row?.value as object | undefined) ?? {}) };
  const parsed = Settings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(db: RelatedPapersDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = Settings.parse({ ...(await getSettings(db)), ...patch });
    await db.settings.put({ key: 'user', value: next });
    return next;
  });
}

/** Monotonic catalogue revision: persisted indexes built from an older revision are stale. */
export async function getCatalogueRev(db: RelatedPapersDB): Promise<number> {
  const row = await db.settings.get('catalogueRev');
  return typeof row?.value === 'number' ? row.value : 0;
}

export async function bumpCatalogueRev(db: RelatedPapersDB): Promise<number> {
  const next = (await getCatalogueRev(db)) + 1;
  await db.settings.put({ key: 'catalogueRev', value: next });
  return next;
}
