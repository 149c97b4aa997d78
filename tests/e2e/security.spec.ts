/**
 * Safe to read: a strict CSP on every page with no violation in a real browser, the host headers
 * that a meta tag cannot carry, no cookie, no request to any origin but the site's own, and no
 * referrer sent to the sources readers follow.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtPages, samplePages } from './built-site.ts';

test.describe.configure({ mode: 'parallel' });

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k!, v]),
  );
}

test('every page carries a strict Content Security Policy', () => {
  const problems: string[] = [];
  for (const p of builtPages()) {
    const csp = p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    if (!csp) {
      problems.push(`${p.path}: no CSP`);
      continue;
    }
    const d = directives(csp);
    if (!["'none'", "'self'"].includes(d.get('default-src')?.[0] ?? ''))
      problems.push(`${p.path}: default-src ${d.get('default-src')}`);
    if (d.get('object-src')?.join(' ') !== "'none'") problems.push(`${p.path}: object-src`);
    if (d.get('base-uri')?.join(' ') !== "'none'") problems.push(`${p.path}: base-uri`);
    const script = d.get('script-src') ?? [];
    if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'"))
      problems.push(`${p.path}: unsafe script-src`);
    if (script.some((s) => /^https?:|^\*$/.test(s))) problems.push(`${p.path}: script-src allows another origin`);
    const isSearch = /^\/(kk|ru|en)\/search\/$/.test(p.path);
    if (script.includes("'wasm-unsafe-eval'") && !isSearch) problems.push(`${p.path}: wasm-unsafe-eval outside search`);
    if ((d.get('style-src') ?? []).includes("'unsafe-inline'")) problems.push(`${p.path}: style-src unsafe-inline`);
  }
  expect(problems).toEqual([]);
});

test('the host headers: no referrer, nosniff, a restrictive permissions policy, framing only for embeds', async ({
  request,
}) => {
  const page = await request.get('/en/');
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['permissions-policy']).toMatch(/camera=\(\)/);
  expect(page.headers()['permissions-policy']).toMatch(/geolocation=\(\)/);
  expect(page.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  expect((await request.get('/')).headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  const embeds = builtPages().filter((p) => p.path.startsWith('/embed/'));
  if (embeds.length)
    expect((await request.get(embeds[0]!.path)).headers()['content-security-policy']).toBe('frame-ancestors *');
});

/** Records CSP violations, requests to other origins and console errors on a page. */
export async function watch(page: Page, origin: string) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await page.exposeFunction('__csp', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: (v: string) => void }).__csp(`${e.effectiveDirective} ${e.blockedURI}`),
    ),
  );
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
  });
  return { violations, foreign };
}

for (const lang of ['kk', 'ru', 'en']) {
  test(`no CSP violation, no third-party request and no cookie on any page type (${lang})`, async ({
    page,
    context,
    baseURL,
  }) => {
    const { violations, foreign } = await watch(page, new URL(baseURL!).origin);
    const visited: string[] = [];
    for (const path of samplePages([lang])) {
      if (path.startsWith('/embed/') || !path.startsWith(`/${lang}/`)) continue;
      await page.goto(path, { waitUntil: 'networkidle' });
      visited.push(path);
    }
    expect(visited.length).toBeGreaterThan(8);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    console.log(
      `${lang}: ${visited.length} page types, ${violations.length} CSP violations, ${foreign.length} third-party requests`,
    );
  });
}

test('links out to sources send no referrer and cannot reach back', () => {
  const bad: string[] = [];
  for (const p of builtPages())
    for (const a of p.doc.querySelectorAll('a[href^="http"]')) {
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${p.path}: ${a.getAttribute('href')}`);
    }
  // canonical self-links on the citation are the site's own: ignore links to the site itself
  expect(bad.filter((b) => !/https?:\/\/(localhost|127\.0\.0\.1)/.test(b))).toEqual([]);
});

test('pages cannot be framed by another site, embeds can', async ({ page, baseURL }) => {
  const embed = builtPages().find((p) => p.path.startsWith('/embed/'))!.path;
  // another site: a server of its own on another port, so another origin (Chromium lets no public
  // origin, a routed one included, frame a local one), with a network scheme as a real site has
  const other = createServer((_, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<iframe src="${baseURL}/en/" title="page"></iframe><iframe src="${baseURL}${embed}" title="embed"></iframe>`,
      ),
  );
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refused.push(m.text());
    });
    // Chromium reports the refusal on the framing page's console; a page that is framed says nothing
    const blocked = page
      .waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 15_000 })
      .catch(() => undefined);
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    expect((await blocked)?.text(), 'the refusal on the console').toContain(
      `Framing '${baseURL}/' violates the following Content Security Policy directive: "frame-ancestors 'none'"`,
    );
    const framed = await (await page.$('iframe[title="page"]'))!.contentFrame();
    expect(framed!.url()).not.toContain('/en/');
    expect(await framed!.title()).not.toContain('Qantar');
    // the embed beside it is shown: only the page was refused
    await expect(
      page.frameLocator('iframe[title="embed"]').locator('main, article, qc-embed-timeline').first(),
    ).toBeAttached();
    expect(refused).toHaveLength(1);
  } finally {
    other.close();
  }
});
