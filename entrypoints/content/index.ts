import { startController } from './controller';

/**
 * The "Related papers" panel on arXiv, GitHub and Hugging Face pages. Kept small: it reads the page,
 * asks the worker (which owns the catalogue and indexes) and renders; no database code here.
 */
export default defineContentScript({
  matches: ['https://arxiv.org/*', 'https://github.com/*', 'https://huggingface.co/*'],
  runAt: 'document_end',
  main(ctx) {
    const controller = startController({ doc: document, signal: ctx.signal });
    // Single-page-app navigations: GitHub (Turbo, older pjax, soft-nav), Hugging Face, history moves.
    for (const type of ['turbo:load', 'turbo:render', 'soft-nav:end', 'pjax:end', 'popstate']) {
      window.addEventListener(type, () => controller.onContentChanged(), { signal: ctx.signal });
    }
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.onLocationChanged());
  },
});
