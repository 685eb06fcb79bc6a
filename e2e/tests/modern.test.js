// The 2026-07-28 revision with the official TypeScript SDK v2 client, pinned to it: no handshake, no
// session, every request self-contained, over stdio and Streamable HTTP in both modes, against --demo.
// The 2025-era clients of the other test files run against the same jar in the same run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSchemasValid, assertTimeToolsListed } from '../lib/checks.js';
import { MODERN, connectModernHttp, connectModernStdio } from '../lib/modern.js';
import { CANARY_TOKEN, startHttpServer, waitForOutput } from '../lib/server.js';
import { WINDOW, callEverything } from '../lib/tools.js';

const TRANSPORTS = {
  stdio: undefined,
  'Streamable HTTP (stateful mode)': [],
  'Streamable HTTP (--stateless-http)': ['--stateless-http'],
};

for (const [transport, httpArgs] of Object.entries(TRANSPORTS)) {
  describe(`2026-07-28 client over ${transport}`, () => {
    let server;
    let session;
    let output; // { read, stream }: the server's stderr

    before(async () => {
      const args = ['--demo', '--verbose'];
      if (httpArgs === undefined) {
        session = await connectModernStdio({ args });
        output = { read: session.stderr, stream: session.transport.stderr };
      } else {
        server = await startHttpServer({ mode: 'streamable-http', args: [...args, ...httpArgs] });
        session = await connectModernHttp({ url: `${server.origin}/mcp` });
        output = { read: server.stderr, stream: server.stderrStream };
      }
    });

    after(async () => {
      await session?.client.close();
      if (server) {
        assert.equal(await server.stop(), 143);
        assert.ok(!server.stderr().includes(CANARY_TOKEN), 'canary token leaked');
      }
    });

    test('server/discover settles the modern era: the revision, tools, server info, instructions', () => {
      const { client } = session;
      assert.equal(client.getProtocolEra(), 'modern');
      assert.equal(client.getNegotiatedProtocolVersion(), MODERN);
      const discovered = client.getDiscoverResult();
      assert.deepEqual(discovered.supportedVersions, [MODERN]);
      assert.ok(discovered.capabilities.tools, 'tools capability');
      assert.ok(discovered.instructions.length > 0, 'instructions');
      assert.equal(client.getServerVersion().name, 'PurpleAIMCP');
    });

    test('tools/list is valid for the revision and the same on every call', async () => {
      const first = await session.client.listTools();
      const again = await session.client.listTools(undefined, { cacheMode: 'no-store' });
      assert.deepEqual(again.tools, first.tools);
      assertTimeToolsListed(first.tools);
      assertSchemasValid(first.tools);
    });

    test('every listed tool answers without an error', async () => {
      const { listed, called } = await callEverything(session.client);
      assert.deepEqual([...called].sort(), [...listed].sort());
    });

    test('an upstream failure is a short tool error', async () => {
      const result = await session.client.callTool({
        name: 'powerquery',
        arguments: { query: 'event.type = "Login" sandbox:fault=500', ...WINDOW },
      });
      assert.equal(result.isError, true);
      assert.match(result.content[0].text, /500/);
      assert.ok(result.content[0].text.length < 800);
    });

    test('a running powerquery cancelled by the client stops, and its upstream query is deleted', async () => {
      const controller = new AbortController();
      const call = session.client.callTool(
        { name: 'powerquery', arguments: { query: 'event.type = "Login" sandbox:fault=never-finishes', ...WINDOW } },
        { signal: controller.signal, onprogress: () => controller.abort('the user changed their mind') },
      );
      await assert.rejects(call, /AbortError|abort|changed their mind/i);
      await waitForOutput(output.read, output.stream, 'upstream sdl.delete DELETE');
      await waitForOutput(output.read, output.stream, 'tool=powerquery outcome=cancelled');
      const after = await session.client.callTool({ name: 'get_timestamp_range', arguments: { hours: 1 } });
      assert.equal(after.isError, false, 'the server keeps serving');
    });

    if (httpArgs !== undefined) {
      test('only POSTs, each naming its method, none handed or carrying a session id', () => {
        const { exchanges } = session;
        assert.ok(exchanges.length > 10, `${exchanges.length} exchanges`);
        for (const exchange of exchanges) {
          assert.equal(exchange.method, 'POST');
          assert.equal(exchange.requestHeaders.get('mcp-protocol-version'), MODERN);
          assert.ok(exchange.requestHeaders.get('mcp-method'), 'Mcp-Method sent');
          assert.equal(exchange.requestHeaders.get('mcp-session-id'), null);
          assert.equal(exchange.responseHeaders.get('mcp-session-id'), null);
        }
        assert.equal(server.stderr().includes('session initialized'), false, 'no handshake happened');
      });

      test('refusals carry the status the revision gives them', async () => {
        const meta = {
          'io.modelcontextprotocol/protocolVersion': MODERN,
          'io.modelcontextprotocol/clientCapabilities': {},
        };
        const post = (body, headers) =>
          fetch(`${server.origin}/mcp`, {
            method: 'POST',
            headers: {
              Accept: 'application/json, text/event-stream',
              'Content-Type': 'application/json',
              'MCP-Protocol-Version': MODERN,
              ...headers,
            },
            body: JSON.stringify({ jsonrpc: '2.0', id: 1, ...body }),
          }).then(async (response) => ({ status: response.status, body: await response.json() }));
        const call = { method: 'tools/call', params: { name: 'get_timestamp_range', arguments: {}, _meta: meta } };

        const mismatch = await post(call, { 'Mcp-Method': 'tools/call', 'Mcp-Name': 'powerquery' });
        assert.equal(mismatch.status, 400);
        assert.equal(mismatch.body.error.code, -32020);
        const ping = await post({ method: 'ping', params: { _meta: meta } }, { 'Mcp-Method': 'ping' });
        assert.equal(ping.status, 404);
        assert.equal(ping.body.error.code, -32601);
        const future = await post(
          { method: 'tools/list', params: { _meta: { ...meta, 'io.modelcontextprotocol/protocolVersion': '2099-01-01' } } },
          { 'Mcp-Method': 'tools/list', 'MCP-Protocol-Version': '2099-01-01' },
        );
        assert.equal(future.status, 400);
        assert.equal(future.body.error.code, -32022);
        assert.deepEqual(future.body.error.data, { supported: [MODERN], requested: '2099-01-01' });
      });
    }
  });
}
