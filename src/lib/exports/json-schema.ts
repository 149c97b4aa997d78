/**
 * JSON Schemas published under /data/schema/, generated with zod 4's z.toJSONSchema from the very
 * schemas the build and the validator use, so they cannot drift from the content contract:
 * - event, translation, source, place: what a contributor writes (front matter and places.yaml);
 * - events: one record of /data/events.json, as downloaded.
 * Rules that JSON Schema cannot state (a day that exists, end after start, references between
 * records) are checked by `npm run validate` only; the schemas say so in their description.
 */
import { z } from 'astro/zod';
import {
  eventSchema,
  personSchema,
  personTextSchema,
  placeSchema,
  sourceSchema,
  translationSchema,
} from '../../schema/index.ts';
import { peopleFileSchema } from './people.ts';
import { eventsFileSchema } from './events-json.ts';

export const SCHEMAS = {
  event: {
    schema: eventSchema,
    io: 'input',
    title: 'Qantar Chronicle event (front matter of content/events/<id>/index.md)',
  },
  translation: {
    schema: translationSchema,
    io: 'input',
    title: 'Qantar Chronicle translation (front matter of content/events/<id>/<lang>.md)',
  },
  source: {
    schema: sourceSchema,
    io: 'input',
    title: 'Qantar Chronicle source (front matter of content/sources/<id>.md)',
  },
  place: { schema: placeSchema, io: 'input', title: 'Qantar Chronicle place (one item of content/places.yaml)' },
  events: { schema: eventsFileSchema, io: 'output', title: 'Qantar Chronicle events download (/data/events.json)' },
  person: {
    schema: personSchema,
    io: 'input',
    title: 'Qantar Chronicle person (front matter of content/people/<id>.md)',
  },
  'person-translation': {
    schema: personTextSchema,
    io: 'input',
    title: 'Qantar Chronicle person translation (front matter of content/people/<id>.<lang>.md)',
  },
  people: {
    schema: peopleFileSchema,
    io: 'output',
    title: 'Qantar Chronicle register of people download (/data/people.json)',
  },
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

const NOTE =
  'Generated from the zod schemas in src/schema/. Rules between fields and records (real dates, end after start, references to sources, places and events) are checked by `npm run validate`, not by this schema.';

export function jsonSchema(name: SchemaName, id: string): Record<string, unknown> {
  const { schema, io, title } = SCHEMAS[name];
  // `unrepresentable: 'any'`: refinements and preprocessing have no JSON Schema form; the
  // structural rules (types, enums, patterns, bounds, required keys) are all kept
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title, description: NOTE, ...rest };
}
