// The committed bundle manifest and registry entry (generated from tools/list by bootstrap's
// ReleaseMetadataTest): the manifest passes the official mcpb CLI's validation and lists what the
// running server lists; the registry entry, completed as the release completes it, passes the registry's
// published schema.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateManifest } from '@anthropic-ai/mcpb';
import { MANIFEST_PATH, SERVER_JSON_PATH, readJson, registryValidator } from '../lib/bundle.js';
import { connectStdio } from '../lib/server.js';

describe('the bundle manifest and the registry entry', () => {
  let session;
  let served;

  before(async () => {
    session = await connectStdio({ args: ['--demo'] });
    served = (await session.client.listTools()).tools;
  });

  after(async () => {
    await session?.client.close();
  });

  test('the manifest passes the mcpb CLI validation', () => {
    assert.equal(validateManifest(MANIFEST_PATH), true);
  });

  test('the manifest lists the tools the server lists, in its order, each with its first sentence', () => {
    const manifest = readJson(MANIFEST_PATH);
    assert.deepEqual(
      manifest.tools.map((tool) => tool.name),
      served.map((tool) => tool.name),
    );
    for (const [i, tool] of manifest.tools.entries()) {
      assert.ok(tool.description.length > 20, tool.name);
      assert.ok(served[i].description.trim().startsWith(tool.description), tool.name);
    }
  });

  test('the manifest starts a binary from the bundle and keeps the token a secret', () => {
    const manifest = readJson(MANIFEST_PATH);
    assert.equal(manifest.server.type, 'binary');
    assert.equal(manifest.server.mcp_config.command, '${__dirname}/server/bin/purple-mcp');
    assert.equal(manifest.user_config.console_token.sensitive, true);
    assert.equal(manifest.user_config.console_token.required, true);
    assert.equal(manifest.user_config.console_base_url.required, true);
    // A real installation never runs the demo: nothing in the manifest asks for it.
    assert.doesNotMatch(JSON.stringify(manifest.server), /--demo/);
  });

  test('the registry entry with the digest the release adds passes the registry schema', () => {
    const entry = readJson(SERVER_JSON_PATH);
    const bundle = entry.packages.find((p) => p.registryType === 'mcpb');
    bundle.fileSha256 = 'a'.repeat(64);
    assert.deepEqual(registryValidator()(entry), []);
    assert.deepEqual(
      entry._meta['io.modelcontextprotocol.registry/publisher-provided'].tools,
      served.map((tool) => tool.name),
    );
    assert.deepEqual(
      entry.packages.map((p) => p.registryType),
      ['mcpb', 'oci'],
    );
  });

  test('the committed entry lacks only the digest: the schema refuses an mcpb package without one', () => {
    const errors = registryValidator()(readJson(SERVER_JSON_PATH));
    assert.ok(
      errors.some((e) => e.includes("must have required property 'fileSha256'")),
      errors.join('\n'),
    );
  });
});
