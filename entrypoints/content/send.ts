import { browser } from 'wxt/browser';
import type { MessageType, Req, Res } from '@/lib/messages';

/**
 * The content script's way to the worker. Unlike lib/messaging/client.ts it does not re-validate with
 * Zod: the worker validates every request and every reply against lib/messages.ts before answering,
 * and leaving Zod out keeps this script, which runs on every arXiv/GitHub/HF page, within its 60 kB budget.
 */
export async function sendToWorker<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    const reply = raw as { ok: unknown; data?: unknown; error?: unknown };
    if (reply.ok === true && 'data' in reply) return reply.data as Res<K>;
    if (reply.ok === false) throw new Error(`${type}: ${String(reply.error)}`);
  }
  throw new Error(`${type}: the background worker gave no valid reply`);
}
