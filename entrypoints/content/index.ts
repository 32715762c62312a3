import { listenForNavigation, startController } from './controller';

/**
 * The "Related papers" panel on arXiv, GitHub and Hugging Face pages. Kept small: it reads the page,
 * asks the worker (which owns the catalogue and indexes) and renders; no database code here.
 */
export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://github.com/*', 'https://huggingface.co/*'],
  // Injected at document_start (parsed and ready while the page loads), started at DOMContentLoaded:
  // document_end injection often lands tens of milliseconds after DOMContentLoaded.
  runAt: 'document_start',
  async main(ctx) {
    if (document.readyState === 'loading') {
      await new Promise((ok) => document.addEventListener('DOMContentLoaded', ok, { once: true }));
    }
    if (ctx.isInvalid) return;
    const controller = startController({ doc: document, signal: ctx.signal });
    listenForNavigation(window, controller, ctx.signal);
    // Any other URL change (history.pushState on Hugging Face, …), seen through the Navigation API or polling.
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChanged());
  },
});
