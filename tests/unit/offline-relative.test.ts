import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  relativeUrl,
  relativizeCss,
  relativizeFile,
  relativizeHtml,
  relativizeManifest,
  relativizeScript,
  toRoot,
} from '../../src/lib/offline/relative.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('links made relative for the downloadable copy', () => {
  it('climbs one level per folder', () => {
    expect(toRoot('index.html')).toBe('');
    expect(toRoot('kk/index.html')).toBe('../');
    expect(toRoot('kk/events/x/index.html')).toBe('../../../');
  });

  it('rewrites root-absolute links under the base, and nothing else', () => {
    expect(relativeUrl('/kk/timeline/', 'kk/events/x/index.html', '/')).toBe('../../../kk/timeline/');
    expect(relativeUrl('/', 'index.html', '/')).toBe('./');
    expect(relativeUrl('/', 'kk/index.html', '/')).toBe('../');
    expect(relativeUrl('/#main', 'index.html', '/')).toBe('./#main');
    expect(relativeUrl('/kk/search/?q=a', 'kk/index.html', '/')).toBe('../kk/search/?q=a');
    expect(relativeUrl('/qantar/kk/', 'kk/index.html', '/qantar/')).toBe('../kk/');
    for (const untouched of [
      'https://example.org/x',
      '//cdn.example/x',
      '#main',
      'mailto:a@b.c',
      '../x/',
      'x.css',
      'data:image/png;base64,AA',
    ])
      expect(relativeUrl(untouched, 'kk/index.html', '/')).toBe(untouched);
    expect(relativeUrl('/other/x/', 'kk/index.html', '/qantar/')).toBe('/other/x/');
  });

  it('rewrites URL attributes of every tag, custom elements too, but not text or full URLs', () => {
    const html = [
      '<link rel="canonical" href="https://site.example/kk/x/">',
      '<link rel="stylesheet" href="/_astro/a.css">',
      '<a href="/kk/timeline/" class="/not-a-url">Шежіре /kk/</a>',
      '<img src="/media/x.webp" srcset="/media/x-1.webp 1x, /media/x-2.webp 2x" alt="/">',
      '<event-map data-basemap="/data/basemap.json" data-lat="43.2"></event-map>',
      '<pagefind-config bundle-path="/pagefind/"></pagefind-config>',
      '<meta http-equiv="refresh" content="0;url=/kk/">',
      '<form action="/kk/search/" method="get"></form>',
      '<!-- <a href="/kk/in-a-comment/"> -->',
      '<pre><code>&lt;iframe src="/embed/kk/timeline/"&gt;</code></pre>',
    ].join('');
    const out = relativizeHtml(html, 'kk/events/x/index.html', '/');
    expect(out).toContain('href="https://site.example/kk/x/"');
    expect(out).toContain('href="../../../_astro/a.css"');
    expect(out).toContain('<a href="../../../kk/timeline/" class="/not-a-url">Шежіре /kk/</a>');
    expect(out).toContain(
      'src="../../../media/x.webp" srcset="../../../media/x-1.webp 1x, ../../../media/x-2.webp 2x" alt="/"',
    );
    expect(out).toContain('data-basemap="../../../data/basemap.json" data-lat="43.2"');
    expect(out).toContain('bundle-path="../../../pagefind/"');
    expect(out).toContain('content="0;url=../../../kk/"');
    expect(out).toContain('action="../../../kk/search/"');
    expect(out).toContain('<!-- <a href="/kk/in-a-comment/"> -->');
    expect(out).toContain('&lt;iframe src="/embed/kk/timeline/"&gt;');
  });

  it('rewrites url() and @import in stylesheets, relative to the stylesheet', () => {
    const css =
      "@import '/_astro/b.css';@font-face{src:url(/_astro/f.woff2) format('woff2'),url(\"/_astro/f.woff\")}.x{background:url(data:image/png;base64,AAAA)}";
    expect(relativizeCss(css, '_astro/a.css', '/')).toBe(
      "@import '../_astro/b.css';@font-face{src:url(../_astro/f.woff2) format('woff2'),url(\"../_astro/f.woff\")}.x{background:url(data:image/png;base64,AAAA)}",
    );
  });

  it('rewrites imports of inline module scripts and adds their new hash to the CSP', () => {
    const script = 'import{a}from"/_astro/x.js";import("/_astro/y.js");a();';
    const other = 'console.log(1)';
    const html = `<html><head><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' ${hash(script)} ${hash(other)};"></head><body><script type="module">${script}</script><script type="module">${other}</script></body></html>`;
    const out = relativizeHtml(html, 'index.html', '/');
    const rewritten = 'import{a}from"./_astro/x.js";import("./_astro/y.js");a();';
    expect(out).toContain(`<script type="module">${rewritten}</script>`);
    expect(out).toContain(`script-src 'self' ${hash(script)} ${hash(rewritten)} ${hash(other)};`);
  });

  it('rewrites <style> blocks and hashes them too', () => {
    const style = '.a{background:url(/media/b.webp)}';
    const html = `<meta http-equiv="content-security-policy" content="style-src 'self' ${hash(style)}"><style>${style}</style>`;
    const out = relativizeHtml(html, 'kk/index.html', '/');
    expect(out).toContain('<style>.a{background:url(../media/b.webp)}</style>');
    expect(out).toContain(hash('.a{background:url(../media/b.webp)}'));
  });

  it('leaves a page without anything to rewrite byte for byte the same', () => {
    const html = '<p>Нет ссылок</p><script type="module">console.log(`/kk/`)</script>';
    expect(relativizeHtml(html, 'kk/index.html', '/')).toBe(html);
    expect(relativizeScript('const a = "/kk/";', 'kk/index.html', '/')).toBe('const a = "/kk/";');
  });

  it('rewrites a web app manifest and says which files are copied as they are', () => {
    expect(
      JSON.parse(
        relativizeManifest(
          '{"start_url":"/kk/","icons":[{"src":"/favicon.svg"}],"name":"Q"}',
          'manifest.webmanifest',
          '/',
        ),
      ),
    ).toEqual({
      start_url: 'kk/',
      icons: [{ src: 'favicon.svg' }],
      name: 'Q',
    });
    expect(relativizeFile('_astro/a.js', () => 'x', '/')).toBeNull();
    expect(relativizeFile('data/events.json', () => 'x', '/')).toBeNull();
  });
});
