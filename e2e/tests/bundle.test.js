// The MCP Bundle as Claude Desktop installs it: unpacked with the mcpb package's own unpack (which
// restores the file modes the runtime needs), the command, arguments and environment taken from the
// manifest's mcp_config with the user's settings substituted by the same function the client uses,
// then initialize, tools/list and a tool call. Needs PURPLEMCP_BUNDLE (distribution/mcpb/build-bundle.sh
// makes the bundle and the server.json beside it; .ci/run sets it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { getMcpConfigForManifest, unpackExtension } from '@anthropic-ai/mcpb';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { BUNDLE, readJson, registryValidator } from '../lib/bundle.js';

// What a user types into the install dialog (the values never reach a console: the test adds --demo).
const USER_CONFIG = {
  console_base_url: 'https://console.example.test',
  console_token: 'E2E-BUNDLE-TOKEN-do-not-print',
};

describe('the MCP Bundle', { skip: BUNDLE === undefined && 'PURPLEMCP_BUNDLE is not set' }, () => {
  let installed;
  let manifest;
  let config;
  let client;
  let stderr;

  before(async () => {
    installed = mkdtempSync(join(tmpdir(), 'purple-mcp-bundle-'));
    assert.equal(await unpackExtension({ mcpbPath: BUNDLE, outputDir: installed, silent: true }), true);
    manifest = readJson(join(installed, 'manifest.json'));
    config = await getMcpConfigForManifest({
      manifest,
      extensionPath: installed,
      systemDirs: {},
      userConfig: USER_CONFIG,
      pathSeparator: '/',
    });
    assert.ok(config, 'the client found required settings missing');
    // The client starts the command with the manifest's environment; the demo is this test's addition.
    const transport = new StdioClientTransport({
      command: config.command,
      args: [...(config.args ?? []), '--demo'],
      env: { PATH: process.env.PATH ?? '', ...config.env },
      stderr: 'pipe',
    });
    stderr = [];
    transport.stderr?.on('data', (chunk) => stderr.push(chunk.toString('utf8')));
    client = new Client({ name: 'purple-mcp-bundle-e2e', version: '1.0.0' });
    await client.connect(transport);
  });

  after(async () => {
    await client?.close();
    if (installed) rmSync(installed, { recursive: true, force: true });
  });

  test('the manifest runs the launcher inside the bundle with the settings substituted', () => {
    assert.equal(config.command, join(installed, 'server/bin/purple-mcp'));
    assert.equal(config.env.PURPLEMCP_CONSOLE_TOKEN, USER_CONFIG.console_token);
    assert.equal(config.env.PURPLEMCP_CONSOLE_BASE_URL, USER_CONFIG.console_base_url);
    // Optional settings left empty reach the server as empty variables, i.e. as not set.
    assert.equal(config.env.PURPLEMCP_CA_BUNDLE, '');
    assert.equal(config.env.PURPLEMCP_HTTPS_PROXY, '');
    assert.doesNotMatch(JSON.stringify(config), /\$\{/);
  });

  test('without the token the client does not start the server at all', async () => {
    const missing = await getMcpConfigForManifest({
      manifest,
      extensionPath: installed,
      systemDirs: {},
      userConfig: { console_base_url: USER_CONFIG.console_base_url },
      pathSeparator: '/',
    });
    assert.equal(missing, undefined);
  });

  test('initializes as purple-mcp of the bundle version', () => {
    assert.equal(client.getServerVersion()?.version, manifest.version);
  });

  test('lists the tools the manifest declares', async () => {
    const tools = (await client.listTools()).tools;
    assert.deepEqual(
      tools.map((tool) => tool.name),
      manifest.tools.map((tool) => tool.name),
    );
  });

  test('answers a tool call', async () => {
    const result = await client.callTool({
      name: 'purple_ai',
      arguments: { query: 'Show me the endpoints with the most process creations' },
    });
    assert.equal(result.isError, false, JSON.stringify(result));
    assert.match(JSON.parse(result.content[0].text).power_query, /\|/);
  });

  test('never prints the token', () => {
    assert.doesNotMatch(stderr.join(''), new RegExp(USER_CONFIG.console_token));
  });

  test('the server.json beside the bundle names it with its SHA-256 and passes the registry schema', () => {
    const entry = readJson(join(dirname(BUNDLE), 'server.json'));
    assert.deepEqual(registryValidator()(entry), []);
    const digest = createHash('sha256').update(readFileSync(BUNDLE)).digest('hex');
    const named = entry.packages.filter((p) => p.registryType === 'mcpb' && p.identifier.endsWith('/' + basename(BUNDLE)));
    assert.equal(named.length, 1, JSON.stringify(entry.packages));
    assert.equal(named[0].fileSha256, digest);
    assert.equal(entry.version, manifest.version);
  });
});
