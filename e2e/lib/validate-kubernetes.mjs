// Validates Kubernetes manifests against the API's schemas (about 1.34), offline and strict: wrong
// types, missing required fields, unknown fields, unknown kinds and duplicate keys are problems.
// The packages imported here are pinned in e2e/package-lock.json (`npm ci` in e2e installs them).
//
//   import { validateManifests } from './validate-kubernetes.mjs';
//   node lib/validate-kubernetes.mjs FILE...     ("-" reads stdin; exit 1 when anything is invalid)
//
// Used by tests/kubernetes.test.js and by deploy/kubernetes/validate.sh. It checks the schemas
// only; the project's own rules for the manifests are in distribution's KubernetesManifestsTest.
//
// Two bundled sources, because neither is strict alone:
// - kubernetes-models: the API's OpenAPI schemas compiled to validators (types, required fields,
//   formats, enums), but they let unknown fields through;
// - the official client's models (@kubernetes/client-node): every field of every type, used to
//   refuse unknown fields, as the API server does under kubectl's default strict validation.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import * as clientModels from '@kubernetes/client-node/dist/gen/models/all.js';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// "apps/v1" -> ["apps", "v1"]; the core group has no prefix: "v1" -> [null, "v1"].
function splitApiVersion(apiVersion) {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? [null, apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}

// Group, version and kind become a module path below, so they must look like what they are.
const GROUP = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;
const VERSION = /^v[0-9]+[a-z0-9]*$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;

async function schemaModel(group, version, kind) {
  if ((group !== null && !GROUP.test(group)) || !VERSION.test(version) || !KIND.test(kind)) return undefined;
  const module = group === null ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
  try {
    return (await import(module))[kind];
  } catch {
    return undefined;
  }
}

// The client names its root types by version and kind: apps/v1 Deployment -> V1Deployment.
function fieldModel(version, kind) {
  const model = clientModels[version.charAt(0).toUpperCase() + version.slice(1) + kind];
  return typeof model?.getAttributeTypeMap === 'function' ? model : undefined;
}

// Walks the document along the client's type names ("Array<V1Container>", "{ [key: string]: string; }",
// "V1PodSpec", primitives) and reports every key its type does not declare.
function unknownFields(value, type, path, problems) {
  if (value === null || value === undefined) return;
  let match;
  if ((match = /^Array<(.+)>$/.exec(type))) {
    if (Array.isArray(value)) value.forEach((item, i) => unknownFields(item, match[1], `${path}[${i}]`, problems));
    return;
  }
  if ((match = /^\{ \[key: string\]: (.+); \}$/.exec(type))) {
    if (isObject(value)) for (const [key, item] of Object.entries(value)) unknownFields(item, match[1], `${path}.${key}`, problems);
    return;
  }
  const model = clientModels[type];
  // Primitives, IntOrString, Date and free-form objects have no declared fields; a value of
  // the wrong shape is the schema check's to report.
  if (typeof model?.getAttributeTypeMap !== 'function' || !isObject(value)) return;
  const fields = new Map(model.getAttributeTypeMap().map((field) => [field.baseName, field.type]));
  for (const [key, item] of Object.entries(value)) {
    if (fields.has(key)) unknownFields(item, fields.get(key), `${path}.${key}`, problems);
    else problems.push(`${path}.${key}: unknown field (${type} has no such field)`);
  }
}

/** The problems of one parsed API object (a plain object from YAML or JSON); empty when it is valid. */
export async function validateDocument(document) {
  const problems = [];
  if (!isObject(document)) return ['not a mapping'];
  const { apiVersion, kind } = document;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return ['apiVersion and kind are required'];
  if (typeof document.metadata?.name !== 'string' || document.metadata.name === '') problems.push('metadata.name is required');
  const [group, version] = splitApiVersion(apiVersion);
  const Model = await schemaModel(group, version, kind);
  const fields = fieldModel(version, kind);
  if (Model === undefined || fields === undefined) return [...problems, `unknown resource type ${apiVersion} ${kind}`];
  try {
    new Model(document).validate();
  } catch (error) {
    problems.push(...String(error.message).split('\n').filter((line) => line.trim() !== ''));
  }
  unknownFields(document, fields.name, '', problems);
  return problems;
}

/**
 * Validates every YAML document of the given sources. A source is a file path ("-" for stdin) or
 * `{ text, label }` for YAML in memory. Resolves with one result per document, in order:
 * `{ source, index, kind, name, status, problems }` where `status` is `valid`, `invalid` or
 * `skipped` (a kustomize.config.k8s.io file: not an API object, kubectl kustomize checks it) and
 * `problems` lists what is wrong (YAML errors such as duplicate keys included). Empty documents,
 * e.g. after a trailing "---", give no result.
 */
export async function validateManifests(sources) {
  const results = [];
  for (const source of sources) {
    const label = typeof source === 'string' ? (source === '-' ? '(stdin)' : source) : (source.label ?? '(text)');
    const text = typeof source === 'string' ? readFileSync(source === '-' ? 0 : source, 'utf8') : source.text;
    let index = 0;
    for (const parsed of parseAllDocuments(text)) {
      const at = { source: label, index: index++ };
      if (parsed.errors.length > 0) {
        results.push({ ...at, kind: undefined, name: undefined, status: 'invalid', problems: parsed.errors.map((e) => e.message) });
        continue;
      }
      const document = parsed.toJS();
      if (document === null) continue; // an empty document
      const kind = isObject(document) ? document.kind : undefined;
      const name = isObject(document) ? document.metadata?.name : undefined;
      if (isObject(document) && typeof document.apiVersion === 'string' && document.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        results.push({ ...at, kind, name, status: 'skipped', problems: [] });
        continue;
      }
      const problems = await validateDocument(document);
      results.push({ ...at, kind, name, status: problems.length === 0 ? 'valid' : 'invalid', problems });
    }
  }
  return results;
}

/** The command line: prints one line per document, problems on stderr; exit 1 when any is invalid. */
async function main(files) {
  if (files.length === 0) {
    console.error('usage: node validate-kubernetes.mjs FILE... ("-" reads stdin)');
    return 2;
  }
  let failed = false;
  for (const result of await validateManifests(files)) {
    const what = result.kind === undefined ? `document ${result.index + 1}` : `${result.kind}/${result.name}`;
    if (result.status === 'skipped') {
      console.log(`${result.source}: ${result.kind} (not an API object; checked by kubectl kustomize)`);
    } else if (result.status === 'valid') {
      console.log(`${result.source}: ${what} valid`);
    } else {
      failed = true;
      result.problems.forEach((problem) => console.error(`${result.source}: ${what}: ${problem}`));
    }
  }
  return failed ? 1 : 0;
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
