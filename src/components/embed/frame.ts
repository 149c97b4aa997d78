/**
 * What every widget frame does in the browser: apply the theme and accent of its URL, and tell
 * the page that frames it how tall its content is, so the loader can size the iframe and there
 * is never an inner scroll bar. The height is not secret, so it is posted to any parent; the
 * loader checks that messages come from the chronology's origin and from its own iframe.
 */
import { parseWidgetOptions } from '../../lib/widgets.ts';

/** The message a frame posts; the loader (public/embed.js) reads exactly these fields. */
export interface SizeMessage {
  qantar: 'size';
  height: number;
  title: string;
}

export function applyOptions(search: string): ReturnType<typeof parseWidgetOptions> {
  const options = parseWidgetOptions(search);
  const root = document.documentElement;
  if (options.theme !== 'auto') root.dataset.theme = options.theme;
  // CSSOM, not a style attribute: the page's CSP allows it and the value is a checked hex colour
  if (options.accent) root.style.setProperty('--accent', options.accent);
  return options;
}

export function reportSize(): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: SizeMessage = { qantar: 'size', height, title: document.title };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}
