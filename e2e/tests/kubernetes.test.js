// The Kubernetes manifests of deploy/kubernetes against the API's schemas, offline, with the
// validator of lib/validate-kubernetes.mjs (packages pinned in package-lock.json): every file, and
// what `kubectl kustomize` makes of them when kubectl is installed. A broken manifest proves the
// validator still catches what it must, so that the checks cannot pass by checking nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { validateManifests } from '../lib/validate-kubernetes.mjs';

const MANIFESTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../deploy/kubernetes');

/** The first executable `name` on PATH or in the usual places; undefined when there is none. */
function findExecutable(name) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/bin', '/usr/bin', '/bin', join(homedir(), '.local/bin')];
  for (const dir of dirs.filter((d) => d !== '')) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  return undefined;
}

/** `source: Kind/name: problem` lines for everything that is not valid, to show in a failed assertion. */
function describeProblems(results) {
  return results
    .filter((r) => r.status === 'invalid')
    .flatMap((r) => r.problems.map((p) => `${r.source}: ${r.kind}/${r.name}: ${p}`))
    .join('\n');
}

const KUBECTL = findExecutable('kubectl');

describe('Kubernetes manifests against the API schemas', () => {
  test('every deploy/kubernetes/*.yaml is valid (the kustomization is not an API object)', async () => {
    const files = readdirSync(MANIFESTS)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join(MANIFESTS, name));
    assert.ok(files.length >= 2, `only ${files.length} manifests in ${MANIFESTS}`);
    const results = await validateManifests(files);
    assert.equal(describeProblems(results), '', 'manifests with problems');
    for (const file of files) {
      assert.ok(results.some((r) => r.source === file), `${file} holds no document`);
    }
    const skipped = results.filter((r) => r.status === 'skipped');
    assert.deepEqual(
      skipped.map((r) => r.kind),
      ['Kustomization'],
      'only the kustomization is skipped',
    );
    const valid = results.filter((r) => r.status === 'valid').map((r) => r.kind);
    assert.ok(valid.includes('Deployment'), `no Deployment among ${valid.join(', ')}`);
    assert.equal(valid.length, results.length - 1);
  });

  test(
    'what kubectl kustomize builds from deploy/kubernetes is valid',
    { skip: KUBECTL === undefined && 'no kubectl on PATH or in /usr/local/bin, /usr/bin: the kustomization was not built' },
    async () => {
      const { stdout } = await promisify(execFile)(KUBECTL, ['kustomize', MANIFESTS], {
        maxBuffer: 16 << 20,
        timeout: 60_000,
      });
      const results = await validateManifests([{ text: stdout, label: 'kubectl kustomize' }]);
      assert.equal(describeProblems(results), '', 'kustomize output with problems');
      assert.ok(results.length >= 2, `kustomize built ${results.length} objects`);
      assert.ok(results.every((r) => r.status === 'valid'));
      assert.ok(results.some((r) => r.kind === 'Deployment'), 'kustomize built no Deployment');
    },
  );

  test('the validator reports unknown fields, wrong types, unknown kinds and duplicate keys', async () => {
    const broken = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: broken',
      'spec:',
      '  replicas: two', // a string where the schema wants an integer
      '  selector:',
      '    matchLabels: {app: broken}',
      '  template:',
      '    metadata:',
      '      labels: {app: broken}',
      '    spec:',
      '      containers:',
      '        - name: server',
      '          image: example.test/server:1',
      '          securityContext:',
      '            readOnlyRootFileSystem: true', // the field is readOnlyRootFilesystem
      '---',
      'apiVersion: v1',
      'kind: Servise',
      'metadata: {name: typo}',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: twice}',
      'data: {key: one, key: two}',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: fine}',
      'data: {key: one}',
      '',
    ].join('\n');
    const results = await validateManifests([{ text: broken, label: 'broken' }]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['invalid', 'invalid', 'invalid', 'valid'],
      JSON.stringify(results, null, 2),
    );

    const [deployment, unknownKind, duplicateKey] = results.map((r) => r.problems.join('\n'));
    assert.match(
      deployment,
      /\.spec\.template\.spec\.containers\[0\]\.securityContext\.readOnlyRootFileSystem: unknown field/,
    );
    assert.match(deployment, /spec\/replicas must be integer/);
    assert.equal(results[0].problems.length, 2, deployment);
    assert.match(unknownKind, /unknown resource type v1 Servise/);
    assert.match(duplicateKey, /Map keys must be unique/);
  });
});
