import * as z from 'zod/mini';

export const READING_STATUSES = ['to-read', 'reading', 'read'] as const;
export const ReadingStatus = z.enum(READING_STATUSES);
export type ReadingStatus = z.infer<typeof ReadingStatus>;

/** Labels shown to users; the stored values above never change. */
export const STATUS_LABELS: Record<ReadingStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

/**
 * One saved paper. `id` is the catalogue id when the paper is in the catalogue, else `u` + a hash of
 * its URL/arXiv id: papers saved from pages outside the catalogue keep their title, URL and arXiv id.
 */
export const ReadingItem = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  paperId: z.nullable(z.string()),
  title: z.string().check(z.minLength(1), z.maxLength(2000)),
  url: z.nullable(z.string().check(z.maxLength(2000))),
  arxivId: z.nullable(z.string().check(z.maxLength(40))),
  status: ReadingStatus,
  note: z.string().check(z.maxLength(20_000)),
  tags: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  savedAt: z.number(),
  updatedAt: z.number(),
});
export type ReadingItem = z.infer<typeof ReadingItem>;
