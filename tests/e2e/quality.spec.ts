/**
 * Quality gates over the whole built site (files, no browser): valid HTML, no broken internal
 * link or anchor, the right language and metadata on every page, and nothing executable but the
 * site's own scripts.
 */
import { expect, test } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST, builtPages, template } from './built-site.ts';

const LANGS = ['kk', 'ru', 'en'];
const pages = builtPages();
const langOf = (path: string) => {
  const p = path.split('/');
  return LANGS.includes(p[1]!) ? p[1] : p[1] === 'embed' && LANGS.includes(p[2]!) ? p[2] : undefined;
};

const hv = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta …>; both forms are valid HTML
    'void-style': 'off',
    // long Kazakh and Russian words make text ambiguous to this heuristic
    'no-trailing-whitespace': 'off',
    // an entry's title is a headline followed by the site name: often longer than 70 characters
    'long-title': 'off',
  },
});

// Every built page, in groups of one template and language (/en/events/*/ …): the groups run in
// parallel, each well within its time, and a failure says which kind of page it is.
const groups = new Map<string, typeof pages>();
for (const p of pages) {
  const key = template(p.path).replace('{lang}', langOf(p.path) ?? '-');
  groups.set(key, [...(groups.get(key) ?? []), p]);
}

test.describe('html-validate reports no error', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const [key, group] of groups) {
    test(`on ${key} (${group.length} pages)`, async () => {
      const errors: string[] = [];
      for (const p of group) {
        const report = await hv.validateString(p.html, p.file);
        for (const r of report.results)
          for (const m of r.messages)
            if (m.severity === 2) errors.push(`${p.path}:${m.line}: ${m.ruleId}: ${m.message}`);
      }
      expect(errors.slice(0, 30), `${errors.length} errors`).toEqual([]);
    });
  }
});

test('no broken internal link or anchor anywhere', () => {
  const ids = new Map(
    pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')!))]),
  );
  const broken: string[] = [];
  let checked = 0;
  for (const p of pages) {
    for (const el of p.doc.querySelectorAll('a[href], link[href], img[src], script[src], iframe[src], source[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      if (/^(?:[a-z]+:)?\/\//i.test(raw) || /^(mailto|tel|data|blob):/i.test(raw)) continue;
      const url = new URL(raw, `http://site${p.path}`);
      if (url.host !== 'site') continue;
      checked++;
      let target = decodeURIComponent(url.pathname);
      const file = join(DIST, target);
      const exists = target.endsWith('/')
        ? existsSync(join(file, 'index.html'))
        : existsSync(file) && statSync(file).isFile();
      if (!exists) {
        broken.push(`${p.path}: ${raw}`);
        continue;
      }
      if (url.hash && url.hash.length > 1) {
        if (!target.endsWith('/') && target.endsWith('.html')) target = target.replace(/index\.html$/, '');
        const anchors = ids.get(target);
        if (anchors && !anchors.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${p.path}: ${raw} (no such anchor)`);
      }
    }
  }
  console.log(`links: ${checked} internal links checked on ${pages.length} pages, ${broken.length} broken`);
  expect(broken).toEqual([]);
});

test('every page has its language, a unique title, a description, a canonical URL, hreflang alternates and its language’s feed', () => {
  const titles = new Map<string, string>();
  const problems: string[] = [];
  for (const p of pages) {
    if (p.path.startsWith('/embed/')) continue; // frames are not pages of their own: checked in the widget tests
    const lang = langOf(p.path);
    const html = p.doc.querySelector('html')!;
    if (lang && html.getAttribute('lang') !== lang) problems.push(`${p.path}: lang="${html.getAttribute('lang')}"`);
    if (!html.getAttribute('lang')) problems.push(`${p.path}: no lang`);
    const title = p.doc.querySelector('title')?.text.trim() ?? '';
    if (!title) problems.push(`${p.path}: no title`);
    else if (titles.has(title) && p.path !== '/404')
      problems.push(`${p.path}: same title as ${titles.get(title)}: "${title}"`);
    titles.set(title, p.path);
    if (!p.doc.querySelector('meta[name="description"]')?.getAttribute('content'))
      problems.push(`${p.path}: no description`);
    if (p.path === '/404') continue;
    const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // a path when the build has no public address (SITE_URL), an absolute URL when it has one
    if (!canonical || new URL(canonical, 'http://site').pathname !== p.path)
      problems.push(`${p.path}: canonical ${canonical}`);
    const alternates = p.doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    for (const l of LANGS) if (!alternates.includes(l)) problems.push(`${p.path}: no hreflang ${l}`);
    const feed = p.doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href');
    if (lang && feed !== `/${lang}/feed.xml`) problems.push(`${p.path}: feed link ${feed}`);
  }
  expect(problems).toEqual([]);
});

test('nothing executable but the site’s own scripts', () => {
  const problems: string[] = [];
  for (const p of pages) {
    for (const el of p.doc.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (/^on/i.test(name)) problems.push(`${p.path}: inline handler ${name} on <${el.tagName}>`);
        if (/^\s*(javascript|vbscript):/i.test(value)) problems.push(`${p.path}: ${name}="${value}"`);
      }
    }
    const csp = p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    for (const s of p.doc.querySelectorAll('script')) {
      const src = s.getAttribute('src');
      if (src) {
        if (/^(?:[a-z]+:)?\/\//i.test(src)) problems.push(`${p.path}: third-party script ${src}`);
      } else if (s.getAttribute('type') !== 'application/ld+json' && s.getAttribute('type') !== 'application/json') {
        if (!csp) problems.push(`${p.path}: inline script without a CSP hash`);
      }
    }
    if (/<iframe[^>]+src="(?:https?:)?\/\//i.test(p.html)) problems.push(`${p.path}: third-party frame`);
  }
  expect(problems).toEqual([]);
});
