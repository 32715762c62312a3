import { browser } from 'wxt/browser';
import { API, formatZodError, ReplySchema, type MessageType, type Req, type Res } from '../messages';

export class MessageError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends a validated request to the background worker and validates its reply. */
export async function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const req = API[type].req.safeParse(payload);
  if (!req.success) throw new MessageError(type, `invalid request: ${formatZodError(req.error)}`);
  const raw: unknown = await browser.runtime.sendMessage({ type, payload: req.data });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(type, 'the background worker gave no valid reply');
  if (!reply.data.ok) throw new MessageError(type, reply.data.error);
  const res = API[type].res.safeParse(reply.data.data);
  if (!res.success) throw new MessageError(type, `invalid reply: ${formatZodError(res.error)}`);
  return res.data as Res<K>;
}
