import { listenForNavigation, startController } from './controller';

/**
 * The "Related papers" panel on arXiv, GitHub and Hugging Face pages. Kept small: it reads the page,
 * asks the worker (which owns the catalogue and indexes) and renders; no database code here.
 */
export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://github.com/*', 'https://huggingface.co/*'],
  runAt: 'document_end',
  main(ctx) {
    const controller = startController({ doc: document, signal: ctx.signal });
    listenForNavigation(window, controller, ctx.signal);
    // Any other URL change (history.pushState on Hugging Face, …), seen through the Navigation API or polling.
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChanged());
  },
});
