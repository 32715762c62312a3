import { extensionWorker, type ChromiumSession } from '../../test/e2e/support/chromium';

/**
 * JS heap used by the extension's service worker, in MB, after a forced GC: CDP `Runtime.getHeapUsage`
 * on the worker target, reached through a page's CDP session (Playwright opens none on workers).
 * null when the browser does not allow it.
 */
export async function workerHeapMb(session: ChromiumSession): Promise<number | null> {
  const worker = await extensionWorker(session.context);
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === worker.url());
    if (!target) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as {
      sessionId: string;
    };
    let next = 1;
    const pending = new Map<number, (r: { result?: unknown; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (msg.id !== undefined) pending.get(msg.id)?.(msg);
    });
    const call = (method: string, params: object = {}) =>
      new Promise<unknown>((resolve, reject) => {
        const id = next++;
        pending.set(id, (r) =>
          r.error ? reject(new Error(`${method}: ${r.error.message}`)) : resolve(r.result),
        );
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return usage.usedSize / 2 ** 20;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
