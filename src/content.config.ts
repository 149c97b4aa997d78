import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { eventSchema, placeSchema, sourceSchema, translationSchema } from './schema/index.ts';
import { CONTENT_DIR } from './content-dir.ts';

const places = defineCollection({ loader: file(`${CONTENT_DIR}/places.yaml`), schema: placeSchema });

const sources = defineCollection({
  loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/sources`, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: sourceSchema,
});

/** content/events/<id>/index.md -> "<id>" */
const events = defineCollection({
  loader: glob({
    pattern: '*/index.md',
    base: `${CONTENT_DIR}/events`,
    generateId: ({ entry }) => entry.slice(0, entry.indexOf('/')),
  }),
  schema: eventSchema,
});

/** content/events/<id>/{kk,ru,en}.md -> "<id>/<lang>" */
const eventTexts = defineCollection({
  loader: glob({
    pattern: '*/{kk,ru,en}.md',
    base: `${CONTENT_DIR}/events`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: translationSchema,
});

export const collections = { places, sources, events, eventTexts };
