/**
 * The built site as files: every HTML page of dist/ parsed once, and one sample page of each
 * route template (events/<id>, days/<day>, …) so that new page types are checked automatically.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env.DIST ?? join(import.meta.dirname, '../../dist');
const VARIABLE = new Set([
  'events',
  'days',
  'places',
  'sources',
  'types',
  'event',
  'media',
  'people',
  'stories',
  'story',
]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

export interface BuiltPage {
  /** URL path, e.g. /en/events/x/ */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

let pages: BuiltPage[] | undefined;
export function builtPages(): BuiltPage[] {
  pages ??= walk(DIST)
    .filter((f) => f.endsWith('.html') && !relative(DIST, f).startsWith('pagefind'))
    .sort()
    .map((file) => {
      const rel = relative(DIST, file).split('\\').join('/');
      const path = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, doc: parse(html) };
    });
  return pages;
}

export function allFiles(): string[] {
  return walk(DIST).map((f) => `/${relative(DIST, f).split('\\').join('/')}`);
}

/** "/{lang}/events/*\/" for "/en/events/x/". */
export function template(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (['kk', 'ru', 'en'].includes(parts[0] ?? '')) parts[0] = '{lang}';
  for (let i = 1; i < parts.length; i++) if (VARIABLE.has(parts[i - 1]!) && i === parts.length - 1) parts[i] = '*';
  if (parts[0] === 'embed' && ['kk', 'ru', 'en'].includes(parts[1] ?? '')) parts[1] = '{lang}';
  return `/${parts.join('/')}${parts.length ? '/' : ''}`.replace('/404/', '/404');
}

/** One page of each template and language: the pages browser checks visit. */
export function samplePages(langs: readonly string[] = ['kk', 'ru', 'en']): string[] {
  const seen = new Map<string, string>();
  for (const p of builtPages()) {
    const lang = p.path.split('/')[1] === 'embed' ? p.path.split('/')[2] : p.path.split('/')[1];
    const key = `${template(p.path)}|${langs.includes(lang ?? '') ? lang : '-'}`;
    if (!seen.has(key)) seen.set(key, p.path);
  }
  return [...seen.values()].filter((p) => {
    const parts = p.split('/');
    const lang = parts[1] === 'embed' ? parts[2] : parts[1];
    return !['kk', 'ru', 'en'].includes(lang ?? '') || langs.includes(lang!);
  });
}
