/**
 * Photos of entries, re-encoded at build time. sharp drops all metadata (EXIF, GPS, camera serial)
 * unless asked to keep it, and the original file is never copied to the output.
 *
 * Why not astro:assets: its sharp service would do the same (it rotates and never keeps metadata,
 * and deletes originals nothing references), but `image()` exists only inside the schema function
 * of src/content.config.ts, while the event schema is shared with `npm run validate` and the
 * proposal form, and its cross-field refinement stops zod 4 from extending it there. Moving to it
 * means splitting the media field out of the shared schema; until then this endpoint is the one
 * place photos are published, at a stable address (/media/<entry>/<name>.webp).
 */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { getChronicle } from '../../../data.ts';
import { CONTENT_DIR } from '../../../content-dir.ts';
import { mediaPath } from '../../../lib/urls.ts';

export async function getStaticPaths() {
  const { events } = await getChronicle();
  return events.flatMap((e) =>
    e.data.media.map((m) => ({ params: { event: e.id, file: mediaPath(e.id, m.file).split('/').pop()! }, props: { source: join(CONTENT_DIR, 'events', e.id, m.file) } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const input = await readFile((props as { source: string }).source);
  const output = await sharp(input).rotate().resize({ width: 1600, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
  return new Response(new Uint8Array(output), { headers: { 'content-type': 'image/webp' } });
};
