import { h, render } from 'preact';
import themeCss from '@/components/theme.css?inline';
import panelCss from '@/components/panel/panel.css?inline';
import { Panel, type PanelProps } from '@/components/panel/Panel';

export const HOST_TAG = 'related-papers-panel';

export interface MountedPanel {
  host: HTMLElement;
  /** Re-renders with new props (related papers arrived); the panel keeps its state. */
  update(props: PanelProps): void;
}

/**
 * Renders the panel into an OPEN shadow root on its own host element (open so tests and assistive
 * tools can reach it). Removed, with its Preact tree, when `signal` aborts.
 */
export function mountPanel(doc: Document, props: PanelProps, signal: AbortSignal): MountedPanel {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${themeCss}\n${panelCss}`;
  const container = doc.createElement('div');
  root.append(style, container);
  // On <html>, not <body>: Turbo swaps <body> on navigation and would drop the panel mid-render.
  doc.documentElement.append(host);
  render(h(Panel, props), container);
  const update = (next: PanelProps) => {
    if (!signal.aborted) render(h(Panel, next), container);
  };
  signal.addEventListener(
    'abort',
    () => {
      render(null, container);
      host.remove();
    },
    { once: true },
  );
  return { host, update };
}
