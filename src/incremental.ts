/**
 * Whether a build keeps a record of its pages for the next build to copy from (Astro's
 * `experimental.incrementalBuild`, astro.config.mjs; the keys are src/lib/page-keys.ts).
 *
 * The record costs memory in Astro's process, beside the content store: at 100,000 entries the
 * build peaked at 4,723 MB with it, against 3,950 MB without, over the 4 GB budget. So a chronicle
 * of up to INCREMENTAL_MAX_ENTRIES entries gets rebuilds that copy unchanged pages; a larger one
 * renders every page on every build. QANTAR_INCREMENTAL=on or off decides instead.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from './content-dir.ts';

export const INCREMENTAL_MAX_ENTRIES = 30_000;
export const INCREMENTAL_VAR = 'QANTAR_INCREMENTAL';

/** The decision for a chronicle of `entries` entries, with the environment's setting when there is one. */
export function incrementalFor(entries: number, setting: string | undefined): boolean {
  const value = setting?.trim() ?? '';
  if (value === 'on') return true;
  if (value === 'off') return false;
  if (value !== '')
    throw new Error(
      `${INCREMENTAL_VAR}=${JSON.stringify(setting)}: expected "on" or "off" (or unset: on up to ${INCREMENTAL_MAX_ENTRIES} entries)`,
    );
  return entries <= INCREMENTAL_MAX_ENTRIES;
}

let decided: boolean | undefined;
/** The decision for this build's content (its entry folders counted once per process). */
export function incrementalBuild(): boolean {
  if (decided === undefined) {
    const events = join(CONTENT_DIR, 'events');
    decided = incrementalFor(existsSync(events) ? readdirSync(events).length : 0, process.env[INCREMENTAL_VAR]);
  }
  return decided;
}
