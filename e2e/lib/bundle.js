// The MCP Bundle and the registry entry as the release ships them: distribution/mcpb/manifest.json and
// distribution/registry/server.json (generated from tools/list by bootstrap's ReleaseMetadataTest), the
// registry's server.json schema (a copy in e2e/schemas), and the .mcpb that distribution/mcpb/build-bundle.sh
// packs, named by PURPLEMCP_BUNDLE.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

export const MANIFEST_PATH = resolve(repo, 'distribution/mcpb/manifest.json');
export const SERVER_JSON_PATH = resolve(repo, 'distribution/registry/server.json');
/** The .mcpb built by distribution/mcpb/build-bundle.sh; its server.json is written beside it. */
export const BUNDLE = process.env.PURPLEMCP_BUNDLE ? resolve(process.env.PURPLEMCP_BUNDLE) : undefined;

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** A validator for the MCP registry's server.json schema (2025-09-29); `errors` lists what is wrong. */
export function registryValidator() {
  // Not strict: the published schema itself trips Ajv's strict mode (a 'required' naming a property another
  // branch of an allOf defines); strictness is about the schema, not the document under test.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(readJson(resolve(here, '../schemas/mcp-registry-server.schema.json')));
  return (entry) => (validate(entry) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));
}
