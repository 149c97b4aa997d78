/**
 * A throw-away copy of the project for the benchmark: the working tree's code (not content/, not
 * dist/), a content folder of generated entries, and node_modules linked package by package so
 * that the copy has its own Astro cache (node_modules/.astro) and never touches the real one.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const COPY = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function makeProject(root: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of COPY)
    if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  return dir;
}
