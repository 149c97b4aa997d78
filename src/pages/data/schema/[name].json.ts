import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from '../../../lib/exports/json-schema.ts';
import { absoluteUrl, withBase } from '../../../lib/urls.ts';
import { json } from '../../../data-exports.ts';

export const getStaticPaths: GetStaticPaths = () => SCHEMA_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as SchemaName;
  const id = absoluteUrl(withBase(`data/schema/${name}.json`), site);
  return json(jsonSchema(name, id), 'application/schema+json');
};
