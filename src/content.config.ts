import { defineCollection } from 'astro:content';
import { file, glob, type DataStore, type Loader } from 'astro/loaders';
import {
  entrySchema,
  personSchema,
  personTextSchema,
  placeSchema,
  sourceSchema,
  storySchema,
  storyTextSchema,
  translationSchema,
} from './schema/index.ts';
import { CONTENT_DIR } from './content-dir.ts';

/**
 * Entries and their translations are the bulk of the content. They are stored without their raw
 * Markdown and without their rendered HTML: the one page that shows a body renders it from the file
 * (src/data.ts renderEventBody). At 100,000 entries these made more than half of a content store
 * the build holds several times over (as written, as bundled for the pages, and as read by them).
 * The copy of the front matter the renderer adds to its metadata goes too; an entry whose Markdown
 * shows one of its photos keeps Astro's rendering, which resolves the image.
 */
/** What the glob loader is handed for each file type (Astro's entry types, by extension). */
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<(entry: { body?: string }) => Promise<unknown>>;
}

/**
 * The Markdown entry type, rendering at sync only a body that shows an image (Astro resolves the
 * image in its stored HTML); every other body is rendered by its page, so it is not rendered twice.
 */
function renderingOnlyImages(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  const markdown = entryTypes.get('.md');
  const render = markdown?.getRenderFunction;
  if (!markdown || !render) return entryTypes;
  return new Map(entryTypes).set('.md', {
    ...markdown,
    getRenderFunction: async (config) => {
      const rendered = await render(config);
      return async (entry) => (/!\[/.test(entry.body ?? '') ? rendered(entry) : undefined);
    },
  });
}

function slim(loader: Loader): Loader {
  type Entry = Parameters<DataStore['set']>[0];
  const slimmed = ({ rendered, ...entry }: Entry): Entry => {
    if (!rendered || !rendered.metadata?.imagePaths?.length) return entry;
    return { ...entry, rendered: { ...rendered, metadata: { ...rendered.metadata, frontmatter: {} } } };
  };
  return {
    ...loader,
    load: (context) => {
      const { entryTypes } = context as typeof context & { entryTypes?: Map<string, EntryType> };
      return loader.load({
        ...context,
        ...(entryTypes ? { entryTypes: renderingOnlyImages(entryTypes) } : {}),
        store: new Proxy(context.store, {
          get(target, key, receiver) {
            if (key !== 'set') return Reflect.get(target, key, receiver) as unknown;
            return (entry: Entry) => target.set(slimmed(entry));
          },
        }),
      });
    },
  };
}

const places = defineCollection({ loader: file(`${CONTENT_DIR}/places.yaml`), schema: placeSchema });

const sources = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: `${CONTENT_DIR}/sources`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: sourceSchema,
});

/** content/events/<id>/index.md (or index.mdx, held to the entry components) -> "<id>" */
const events = defineCollection({
  loader: slim(
    glob({
      pattern: '*/index.{md,mdx}',
      base: `${CONTENT_DIR}/events`,
      generateId: ({ entry }) => entry.slice(0, entry.indexOf('/')),
      retainBody: false,
    }),
  ),
  schema: ({ image }) => entrySchema(image),
});

/** content/events/<id>/{kk,ru,en}.md (or .mdx) -> "<id>/<lang>" */
const eventTexts = defineCollection({
  loader: slim(
    glob({
      pattern: '*/{kk,ru,en}.{md,mdx}',
      base: `${CONTENT_DIR}/events`,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
      retainBody: false,
    }),
  ),
  schema: translationSchema,
});

/** content/people/<id>.md -> "<id>" */
const people = defineCollection({
  loader: glob({
    pattern: ['*.md', '!*.{kk,ru,en}.md'],
    base: `${CONTENT_DIR}/people`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: personSchema,
});

/** content/people/<id>.<lang>.md -> "<id>/<lang>" */
const personTexts = defineCollection({
  loader: glob({
    pattern: '*.{kk,ru,en}.md',
    base: `${CONTENT_DIR}/people`,
    generateId: ({ entry }) => entry.replace(/\.(kk|ru|en)\.md$/, '/$1'),
  }),
  schema: personTextSchema,
});

/** content/stories/<id>/index.mdx -> "<id>" */
const stories = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: `${CONTENT_DIR}/stories`,
    generateId: ({ entry }) => entry.slice(0, entry.indexOf('/')),
  }),
  schema: storySchema,
});

/** content/stories/<id>/{kk,ru,en}.mdx -> "<id>/<lang>" */
const storyTexts = defineCollection({
  loader: glob({
    pattern: '*/{kk,ru,en}.mdx',
    base: `${CONTENT_DIR}/stories`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: storyTextSchema,
});

export const collections = { places, sources, events, eventTexts, people, personTexts, stories, storyTexts };
