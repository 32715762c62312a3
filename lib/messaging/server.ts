import {
  API,
  CONTENT_SCRIPT_MESSAGES,
  Envelope,
  formatZodError,
  isMessageType,
  type MessageType,
  type Reply,
  type Req,
  type Res,
} from '../messages';

export interface SenderInfo {
  /** The tab a content script runs in; undefined for extension pages. */
  tabId?: number;
  url?: string;
  /** True when the sender is a content script in a web page (limited API). */
  fromContentScript: boolean;
}

export type Handler<K extends MessageType> = (req: Req<K>, sender: SenderInfo) => Promise<Res<K>>;
export type Handlers = { [K in MessageType]: Handler<K> };

/**
 * Validates and dispatches one message. Never throws: every failure becomes `{ ok: false, error }`.
 * Replies are validated too, so a handler bug can't send malformed data to a page.
 */
export async function dispatch(
  handlers: Partial<Handlers>,
  message: unknown,
  sender: SenderInfo,
): Promise<Reply<unknown>> {
  const env = Envelope.safeParse(message);
  if (!env.success) return { ok: false, error: 'not a Related Papers message' };
  const { type, payload } = env.data;
  if (!isMessageType(type)) return { ok: false, error: `unknown message type "${type.slice(0, 60)}"` };
  if (sender.fromContentScript && !CONTENT_SCRIPT_MESSAGES.has(type)) {
    return { ok: false, error: `"${type}" is not available to web pages` };
  }
  const handler = handlers[type] as Handler<typeof type> | undefined;
  if (!handler) return { ok: false, error: `"${type}" is not implemented` };
  const req = API[type].req.safeParse(payload);
  if (!req.success) return { ok: false, error: `invalid "${type}" request: ${formatZodError(req.error)}` };
  try {
    const data = await handler(req.data as Req<typeof type>, sender);
    const res = API[type].res.safeParse(data);
    if (!res.success)
      return { ok: false, error: `internal error: bad "${type}" reply (${formatZodError(res.error)})` };
    return { ok: true, data: res.data };
  } catch (e) {
    return { ok: false, error: describeError(e) };
  }
}

export function describeError(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'QuotaExceededError' || /quota/i.test(e.message)) {
      return 'Storage is full: free some disk space or remove data; nothing was changed.';
    }
    return e.message;
  }
  return String(e);
}

interface RawSender {
  tab?: { id?: number };
  url?: string;
  id?: string;
}

/** Classifies a runtime.onMessage sender: extension pages get the full API, web pages a subset. */
export function senderInfo(sender: RawSender, extensionOrigin: string, extensionId: string): SenderInfo {
  const fromExtensionPage = sender.id === extensionId && (sender.url?.startsWith(extensionOrigin) ?? false);
  return { tabId: sender.tab?.id, url: sender.url, fromContentScript: !fromExtensionPage };
}

/**
 * A runtime.onMessage listener. It answers through sendResponse and returns true, the one form
 * every browser supports (Chrome ignores a promise returned from a listener).
 */
export function createListener(handlers: Partial<Handlers>, classify: (sender: RawSender) => SenderInfo) {
  return (message: unknown, sender: RawSender, sendResponse: (reply: unknown) => void): true => {
    void dispatch(handlers, message, classify(sender)).then(sendResponse);
    return true;
  };
}
