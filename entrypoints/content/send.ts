import { browser } from 'wxt/browser';
import type { MessageType, Req, Res } from '@/lib/messages';
import { safeParse } from 'zod/v4/core';
import { REPLIES } from './replies';

/**
 * The content script's way to the worker. Every reply is checked against its shape with Zod
 * (./replies.ts) before the panel sees it: a malformed reply becomes an error the caller shows
 * (related papers "could not be looked up", a save toggle's alert), never a crash. Requests are
 * validated by the worker, which refuses anything invalid with `{ ok: false, error }`.
 * Typed over every message so views can take it as their `Send`; the others are refused here.
 */
export async function sendToWorker<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const schema = (REPLIES as Partial<Record<MessageType, (typeof REPLIES)[keyof typeof REPLIES]>>)[type];
  if (!schema) throw new Error(`${type}: not available to content scripts`);
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  // The envelope, `{ ok: true, data } | { ok: false, error }`, by hand: Zod checks what is rendered.
  const reply = (raw ?? {}) as { ok?: unknown; data?: unknown; error?: unknown };
  if (reply.ok === false) throw new Error(`${type}: ${reply.error as string}`);
  const res = reply.ok === true ? safeParse(schema, reply.data) : null;
  if (!res?.success) throw new Error(`${type}: the background worker gave a malformed reply`);
  return res.data as Res<K>;
}
