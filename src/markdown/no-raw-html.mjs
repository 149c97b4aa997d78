// The safety net under the validator for every rendered entry. Raw HTML is off in astro.config.mjs
// (content rules forbid it), so this only has to drop raw nodes and vet what Markdown itself makes:
// links and images with a script or data URL, remote images (a tracking pixel), and GFM task-list
// checkboxes (no form controls in an entry), and the style="" of GFM column alignment, which the
// CSP refuses (style-src has no 'unsafe-inline'). A Sätteri hast plugin, since Astro 7's default
// processor ignores rehype plugins; about ten times cheaper than sanitizing the whole tree
// (TECH-NOTES §1).
import { defineHastPlugin } from 'satteri';

// After removing control characters and spaces: http(s), mailto, or a relative URL (no scheme).
const SAFE_HREF = /^(?:https?:|mailto:|[^:]*$)/i;
// An image may only be one of the entry's own files: no scheme, no "//host" and no "\\host".
const REMOTE_SRC = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;
// eslint-disable-next-line no-control-regex
const clean = (v) => v.replace(/[\u0000-\u0020]/g, '');

export function satteriNoRawHtml() {
  return defineHastPlugin({
    name: 'no-raw-html',
    raw(node, ctx) {
      ctx.removeNode(node);
    },
    element: {
      filter: ['a', 'img', 'input', 'th', 'td'],
      visit(node, ctx) {
        if (node.tagName === 'input') return ctx.removeNode(node);
        if (node.tagName === 'th' || node.tagName === 'td') {
          if (node.properties?.style !== undefined) ctx.setProperty(node, 'style', null);
          if (node.properties?.align !== undefined) ctx.setProperty(node, 'align', null);
          return;
        }
        if (node.tagName === 'img') {
          const src = node.properties?.src;
          if (typeof src !== 'string' || REMOTE_SRC.test(clean(src))) ctx.removeNode(node);
          return;
        }
        const href = node.properties?.href;
        if (typeof href === 'string' && !SAFE_HREF.test(clean(href))) ctx.setProperty(node, 'href', null);
      },
    },
  });
}
