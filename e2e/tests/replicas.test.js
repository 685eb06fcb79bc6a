// Two replicas behind nginx with plain round-robin (no stickiness), set up from deploy/nginx/purple-mcp.conf:
// a 2026-07-28 client, whose requests carry everything needed to serve them, and a 2025-era client
// against servers in --stateless-http. Each server's log shows it served part of the same client's requests.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTimeToolsListed } from '../lib/checks.js';
import { connectModernHttp } from '../lib/modern.js';
import { fetchResolving, startNginx } from '../lib/nginx.js';
import { CANARY_TOKEN, connectHttp, startHttpServer } from '../lib/server.js';

const PUBLIC_NAME = 'mcp.example.test';
const TOKEN = 'e2e-replica-token-5d1c9e7a3b0f2846c1d9e7a3b5f20846';
const AUTH = { Authorization: `Bearer ${TOKEN}` };

/** How many MCP POSTs a server logged (it logs each request's method and path at DEBUG). */
const posts = (server) => server.stderr().split('\n').filter((line) => / POST \/mcp$/.test(line)).length;

/** Calls that succeed only when whichever replica answers them serves them completely. */
async function useTools(client) {
  assertTimeToolsListed((await client.listTools()).tools);
  for (let hours = 1; hours <= 6; hours++) {
    const result = await client.callTool({ name: 'get_timestamp_range', arguments: { hours } });
    assert.equal(result.isError, false, result.content?.[0]?.text);
  }
  const purple = await client.callTool({ name: 'purple_ai', arguments: { query: 'Which endpoints logged in?' } });
  assert.equal(purple.isError, false, purple.content?.[0]?.text);
}

for (const era of ['2026-07-28', '2025-11-25 with --stateless-http']) {
  describe(`two replicas behind round-robin nginx, ${era} client`, () => {
    const fetch = fetchResolving([PUBLIC_NAME]);
    const servers = [];
    let proxy;
    let session;

    before(async () => {
      const args = ['--demo', '--verbose', ...(era.startsWith('2026') ? [] : ['--stateless-http'])];
      const env = { PURPLEMCP_ALLOWED_HOSTS: PUBLIC_NAME };
      servers.push(...(await Promise.all([1, 2].map(() => startHttpServer({ mode: 'streamable-http', args, env })))));
      proxy = await startNginx({
        upstreamPort: servers[0].port,
        replicaPorts: [servers[1].port],
        token: TOKEN,
        serverName: PUBLIC_NAME,
      });
      const url = proxy.publicUrl('/mcp');
      session = era.startsWith('2026')
        ? await connectModernHttp({ url, fetch, headers: AUTH })
        : await connectHttp({ url, fetch, headers: AUTH });
    });

    after(async () => {
      await session?.client.close();
      const codes = await Promise.all([proxy?.stop(), ...servers.map((server) => server.stop())]);
      await fetch.close();
      assert.deepEqual(codes, [0, 143, 143]);
      for (const server of servers) assert.ok(!server.stderr().includes(CANARY_TOKEN), 'canary token leaked');
    });

    test('consecutive requests of one client land on both replicas and all succeed', async (t) => {
      const before = servers.map(posts);
      await useTools(session.client);
      const served = servers.map((server, i) => posts(server) - before[i]);
      t.diagnostic(`POST /mcp lines in the replicas' logs: ${served.join(' and ')}`);
      assert.ok(served.every((count) => count > 0), `each replica served some requests: ${served}`);
      assert.ok(served[0] + served[1] >= 8, `all requests were served: ${served}`);
      for (const server of servers) assert.doesNotMatch(server.stderr(), /session not found|Session not found/i);
    });

    test('no replica handed out a session id', () => {
      if (session.exchanges) {
        // No handshake at all: the client settled the era with server/discover.
        for (const server of servers) assert.equal(server.stderr().includes('session initialized'), false);
        for (const exchange of session.exchanges) assert.equal(exchange.responseHeaders.get('mcp-session-id'), null);
      } else {
        assert.equal(session.transport.sessionId, undefined);
      }
    });
  });
}
