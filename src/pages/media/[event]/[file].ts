/**
 * Photos of entries, re-encoded at build time. sharp drops all metadata (EXIF, GPS, camera serial)
 * unless asked to keep it, and the original file is never copied to the output.
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
