/**
 * Client bundles on a budget: every script in dist/_astro/ is weighed gzipped against its line
 * in the table (a bundle not in the table gets the default), and the proposal page's first load
 * (its scripts and everything they import statically) stays under 30 KB gzipped: the checker and
 * the messages come only when the person asks for a check.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, builtPages } from './built-site.ts';

const KB = 1024;
/** Gzipped budgets by bundle name (the part before the content hash). */
const BUDGETS: Record<string, number> = {
  // Leaflet and its clustering plugin: only on pages with a map
  'leaflet-src': 45 * KB,
  'leaflet.markercluster-src': 10 * KB,
  // the proposal form's checker (zod, the schemas, the front-matter writer), fetched on the first check
  'form-checker': 32 * KB,
  // the messages of one language, fetched with it (entries, sources, places, people, mirrors)
  messages: 5 * KB,
  'messages.kk': 6.5 * KB,
  'messages.ru': 6.5 * KB,
  // the map's own script (Leaflet itself is loaded apart), with the stories' focus on a step's entries
  'EventMap.astro_astro_type_script_index_0_lang': 5 * KB,
  // the layout's script (search box, menu, the offer to save the site for reading offline) on every page
  'Base.astro_astro_type_script_index_0_lang': 9 * KB,
};
const DEFAULT_BUDGET = 4 * KB;
const FIRST_LOAD_BUDGET = 30 * KB;

const ASTRO = join(DIST, '_astro');
const scripts = readdirSync(ASTRO).filter((f) => f.endsWith('.js'));
const gzipped = (file: string) => gzipSync(readFileSync(join(ASTRO, file)), { level: 9 }).length;
const nameOf = (file: string) => file.replace(/\.[\w-]{8}\.js$/, '');

test('every client bundle is within its gzipped budget', () => {
  expect(scripts.length).toBeGreaterThan(5);
  const over = scripts
    .map((f) => ({ f, size: gzipped(f), budget: BUDGETS[nameOf(f)] ?? DEFAULT_BUDGET }))
    .filter(({ size, budget }) => size > budget)
    .map(({ f, size, budget }) => `${f}: ${(size / KB).toFixed(1)} KB gzipped, budget ${(budget / KB).toFixed(1)} KB`);
  expect(over).toEqual([]);
});

/** A bundle and every bundle it imports statically (`import … from "./x.js"`), not `import("./y.js")`. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(ASTRO, file), 'utf8');
  for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g))
    staticClosure(m[1]!, seen);
  return seen;
}

for (const lang of ['kk', 'ru', 'en']) {
  test(`the proposal page (${lang}) loads under 30 KB of script before a check, with no other language's messages`, () => {
    const page = builtPages().find((p) => p.path === `/${lang}/contribute/new/`);
    expect(page, `/${lang}/contribute/new/ is built`).toBeTruthy();
    const entries = page!.doc
      .querySelectorAll('script[type="module"][src]')
      .map((s) => s.getAttribute('src')!)
      .filter((src) => src.includes('/_astro/'))
      .map((src) => src.slice(src.lastIndexOf('/') + 1));
    expect(entries.some((f) => f.startsWith('EntryForm'))).toBe(true);
    const loaded = new Set(entries.flatMap((f) => [...staticClosure(f)]));
    const total = [...loaded].reduce((sum, f) => sum + gzipped(f), 0);
    expect([...loaded].filter((f) => /^(form-checker|messages)/.test(f))).toEqual([]);
    expect(total, [...loaded].join(', ')).toBeLessThan(FIRST_LOAD_BUDGET);
  });
}
