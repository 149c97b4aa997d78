// Sanitizes the HTML of every rendered entry, whatever the validator let through: Astro 7's
// default Markdown processor (Sätteri) ignores rehype plugins, so this runs as a Sätteri hast
// plugin with hast-util-sanitize, the engine behind rehype-sanitize.
import { defineHastPlugin } from 'satteri';
import { sanitize, defaultSchema } from 'hast-util-sanitize';

export const schema = {
  ...defaultSchema,
  // no form controls in an entry (GFM task-list checkboxes are not worth a phishing surface)
  tagNames: defaultSchema.tagNames.filter((t) => t !== 'input'),
  clobberPrefix: '',
  clobber: [],
  strip: ['script', 'style'],
  // src: no protocol at all, so only files of the entry itself load: a remote image is a tracking pixel
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: [] },
};

export function satteriSanitize(s = schema) {
  return defineHastPlugin({
    name: 'sanitize',
    after(root, ctx) {
      ctx.replaceNode(root, dropRemoteImages(sanitize(toPlain(root), s)));
    },
  });
}

// hast-util-sanitize treats a protocol-relative "//host/x.gif" as relative: remove those too.
function dropRemoteImages(node) {
  if (node.children)
    node.children = node.children
      .filter((c) => !(c.tagName === 'img' && /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(String(c.properties?.src ?? ''))))
      .map(dropRemoteImages);
  return node;
}

// Sätteri nodes are lazy read-only proxies (structuredClone throws), so copy them by hand.
function toPlain(n) {
  const o = { type: n.type };
  if ('tagName' in n) o.tagName = n.tagName;
  if ('value' in n) o.value = n.value;
  if (n.properties) o.properties = { ...n.properties };
  if (n.children) o.children = Array.from(n.children, toPlain);
  return o;
}
