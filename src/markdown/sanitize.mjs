// Sanitizes the HTML of every rendered entry, whatever the validator let through: Astro 7's
// default Markdown processor (Sätteri) ignores rehype plugins, so this runs as a Sätteri hast
// plugin with hast-util-sanitize, the engine behind rehype-sanitize.
import { defineHastPlugin } from 'satteri';
import { sanitize, defaultSchema } from 'hast-util-sanitize';

export const schema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  strip: ['script', 'style'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

export function satteriSanitize(s = schema) {
  return defineHastPlugin({
    name: 'sanitize',
    after(root, ctx) {
      ctx.replaceNode(root, sanitize(toPlain(root), s));
    },
  });
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
