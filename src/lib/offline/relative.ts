/**
 * Turns the built site's root-absolute links ("/kk/timeline/", "/qantar/_astro/x.css") into links
 * relative to each file ("../timeline/", "../_astro/x.css"), so that the downloadable copy works
 * from whatever folder a static server shows it in. Astro's `base` only prefixes links with a fixed
 * path, so the copy is made from the normal build by this rewrite, not by a second build.
 *
 * Rewritten: URL attributes in HTML (href, src, srcset, action, poster, data-*, a custom element's
 * *-path…), url() and @import in CSS (files and <style>), import specifiers in inline module
 * scripts, a meta refresh target, and string values of a web app manifest. An inline script or
 * style that changes gets its new hash added to the page's Content-Security-Policy.
 * Scripts in files are left as they are: the site's scripts build URLs from the page at run time
 * (src/lib/urls.ts), and chunks import each other relatively.
 */
import { createHash } from 'node:crypto';

/** The prefix from a file to the site's root: "" for a file at the root, "../" per folder level. */
export function toRoot(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/**
 * One URL, relative to the file at `path`; anything that is not a root-absolute path under `base`
 * (a full URL, "#top", "mailto:", an already relative link, a path outside the site) is returned as is.
 */
export function relativeUrl(url: string, path: string, base: string): string {
  if (!url.startsWith(base) || url.startsWith('//')) return url;
  const rest = url.slice(base.length);
  if (rest.startsWith('/')) return url;
  const rel = `${toRoot(path)}${rest}`;
  return rel === '' || rel.startsWith('#') || rel.startsWith('?') ? `./${rel}` : rel;
}

// Attributes that never hold a URL, even when their value starts with "/".
const NOT_URL =
  /^(class|id|style|title|alt|lang|dir|type|name|value|placeholder|role|datetime|integrity|nonce|charset|rel|hreflang|media|sizes|for|aria-.*)$/i;
const URL_ATTRIBUTES =
  /^(href|src|action|formaction|poster|data|cite|background|manifest|xlink:href|data-.+|[\w-]+-(path|url|href|src))$/i;

function rewriteSrcset(value: string, path: string, base: string): string {
  return value
    .split(',')
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + relativeUrl(url, path, base)),
    )
    .join(',');
}

function rewriteAttributes(attrs: string, path: string, base: string): string {
  const refresh = /\bhttp-equiv\s*=\s*["']?refresh/i.test(attrs);
  // Most tags hold no site link at all: skip them cheaply (a large site has millions of tags).
  if (!refresh && !attrs.includes(`"${base}`) && !attrs.includes(`'${base}`) && !/srcset/i.test(attrs)) return attrs;
  return attrs.replace(
    /([^\s"'=<>/]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g,
    (whole, name: string, eq: string, quoted: string, dq?: string, sq?: string) => {
      const value = dq ?? sq ?? '';
      const quote = quoted[0];
      let next = value;
      if (name.toLowerCase() === 'srcset') next = rewriteSrcset(value, path, base);
      else if (name.toLowerCase() === 'content' && refresh)
        next = value.replace(/(url\s*=\s*)(\S+)/i, (_, k: string, u: string) => k + relativeUrl(u, path, base));
      else if (URL_ATTRIBUTES.test(name) && !NOT_URL.test(name)) next = relativeUrl(value, path, base);
      return next === value ? whole : `${name}${eq}${quote}${next}${quote}`;
    },
  );
}

/** url(…) and @import "…" in a stylesheet that lives at `path` (or is inlined in the page at `path`). */
export function relativizeCss(css: string, path: string, base: string): string {
  return css
    .replace(
      /url\(\s*(["']?)([^"')]+)\1\s*\)/g,
      (_, q: string, url: string) => `url(${q}${relativeUrl(url, path, base)}${q})`,
    )
    .replace(
      /@import\s+(["'])([^"']+)\1/g,
      (_, q: string, url: string) => `@import ${q}${relativeUrl(url, path, base)}${q}`,
    );
}

/** Static and dynamic import specifiers in an inline module script. */
export function relativizeScript(js: string, path: string, base: string): string {
  return js.replace(
    /(\bfrom\s*|\bimport\s*\(?\s*)(["'`])([^"'`]+)\2/g,
    (whole, lead: string, q: string, spec: string) => {
      const next = relativeUrl(spec, path, base);
      return next === spec ? whole : `${lead}${q}${next.startsWith('.') ? next : `./${next}`}${q}`;
    },
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * One HTML page made relative. Tags are rewritten outside of comments, scripts and styles; the
 * content of inline scripts and styles is rewritten by the rules above, and when it changes the
 * page's CSP meta gets the new hash beside the old one (the old hash may still serve other pages).
 */
export function relativizeHtml(html: string, path: string, base: string): string {
  const hashes: [string, string][] = [];
  const out = html.replace(
    /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)(\s[^>]*)?>/g,
    (whole, block?: string, blockAttrs?: string, body?: string, tag?: string, attrs?: string) => {
      if (block !== undefined) {
        const isScript = block.toLowerCase() === 'script';
        const inline = body ?? '';
        const code =
          !inline.trim() || /\bsrc\s*=/.test(blockAttrs ?? '')
            ? inline
            : isScript
              ? relativizeScript(inline, path, base)
              : relativizeCss(inline, path, base);
        if (code !== inline) hashes.push([sha256(inline), sha256(code)]);
        return `<${block}${rewriteAttributes(blockAttrs ?? '', path, base)}>${code}</${block}>`;
      }
      if (tag !== undefined) return `<${tag}${rewriteAttributes(attrs ?? '', path, base)}>`;
      return whole;
    },
  );
  if (!hashes.length) return out;
  return out.replace(
    /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)"/i,
    (_, head: string, policy: string) => {
      let next = policy;
      for (const [old, fresh] of hashes) if (!next.includes(fresh)) next = next.split(old).join(`${old} ${fresh}`);
      return `${head}${next}"`;
    },
  );
}

/** String values of a web app manifest (start_url, scope, icons[].src) that are root-absolute. */
export function relativizeManifest(json: string, path: string, base: string): string {
  const walk = (v: unknown): unknown =>
    typeof v === 'string'
      ? relativeUrl(v, path, base)
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  return JSON.stringify(walk(JSON.parse(json)));
}

/** The rewritten text of one file of the site, or null when the file is copied byte for byte. */
export function relativizeFile(path: string, text: () => string, base: string): string | null {
  if (path.endsWith('.html')) return relativizeHtml(text(), path, base);
  if (path.endsWith('.css')) return relativizeCss(text(), path, base);
  if (path.endsWith('.webmanifest')) return relativizeManifest(text(), path, base);
  return null;
}
