/** Figures about a built site read from its files: pages, total size, the heaviest HTML page. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function siteFigures(dist: string) {
  const files = walk(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const sizes = html.map((f) => ({
    path: `/${relative(dist, f).replace(/index\.html$/, '')}`,
    bytes: statSync(f).size,
  }));
  const heaviest = sizes.sort((a, b) => b.bytes - a.bytes)[0] ?? { path: '-', bytes: 0 };
  return {
    pages: html.length,
    files: files.length,
    totalBytes: files.reduce((n, f) => n + statSync(f).size, 0),
    heaviest,
    pagesOver500k: sizes.filter((s) => s.bytes > 500 * 1024).length,
  };
}
