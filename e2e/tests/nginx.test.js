// nginx with deploy/nginx/purple-mcp.conf in front of the jar, set up as the README tells operators:
// the public name in PURPLEMCP_ALLOWED_HOSTS, the SDK clients sending the bearer token nginx checks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { assertIsoToUnix, assertTimeToolsListed, assertTimestampRange } from '../lib/checks.js';
import { fetchResolving, startNginx } from '../lib/nginx.js';
import { CANARY_TOKEN, connectHttp, startHttpServer } from '../lib/server.js';
import { readFirstSseEvent } from '../lib/sse.js';

const PUBLIC_NAME = 'mcp.example.test';
const TOKEN = 'e2e-proxy-token-3b9d1f0c8a7e6d5c4b3a29180716f5e4';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const PREFIX = '/purple-mcp';

describe('nginx in front of the server (deploy/nginx/purple-mcp.conf)', () => {
  const fetch = fetchResolving([PUBLIC_NAME]);
  const started = [];
  let streamable; // Streamable HTTP server, published at /
  let legacy; // --mode sse server, published under PREFIX
  let unlisted; // a server whose PURPLEMCP_ALLOWED_HOSTS lacks the public name
  const clients = [];

  const track = async (promise) => {
    const value = await promise;
    started.push(value);
    return value;
  };

  before(async () => {
    const env = { PURPLEMCP_ALLOWED_HOSTS: PUBLIC_NAME };
    const [a, b, c] = await Promise.all([
      track(startHttpServer({ mode: 'streamable-http', env })),
      track(startHttpServer({ mode: 'sse', env })),
      track(startHttpServer({ mode: 'streamable-http' })),
    ]);
    const proxy = (server, pathPrefix) =>
      track(startNginx({ upstreamPort: server.port, token: TOKEN, serverName: PUBLIC_NAME, pathPrefix }));
    const [pa, pb, pc] = await Promise.all([proxy(a, ''), proxy(b, PREFIX), proxy(c, '')]);
    streamable = { server: a, proxy: pa };
    legacy = { server: b, proxy: pb };
    unlisted = { server: c, proxy: pc };
  });

  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    const codes = await Promise.all(started.reverse().map((child) => child.stop()));
    await fetch.close();
    // The servers stop with 143 and none printed the console token; nginx stops with 0.
    for (const { server } of [streamable, legacy, unlisted].map((pair) => pair ?? {})) {
      assert.ok(!server?.stderr().includes(CANARY_TOKEN), 'canary token leaked to stderr');
    }
    assert.deepEqual(codes.sort((x, y) => x - y), [0, 0, 0, 143, 143, 143]);
  });

  test('the rendered snippet keeps nginx variables and carries the token and upstream port', () => {
    const { site } = streamable.proxy;
    assert.match(site, new RegExp(`server 127\\.0\\.0\\.1:${streamable.server.port};`));
    assert.match(site, /proxy_set_header Host \$host;/);
    assert.ok(site.includes(`"${TOKEN}"`));
  });

  test('/health passes without a token, at / and under the prefix', async () => {
    for (const url of [streamable.proxy.publicUrl('/health'), legacy.proxy.publicUrl('/health')]) {
      const response = await fetch(url);
      assert.equal(response.status, 200, url);
      assert.deepEqual(await response.json(), { status: 'ok' });
    }
    assert.equal((await fetch(streamable.proxy.publicUrl('/health/ready'))).status, 200);
  });

  test('no token or a malformed header is 401, a wrong token 403', async () => {
    const cases = [
      [undefined, 401, /Unauthorized: Missing or invalid Authorization header/],
      ['Basic ' + Buffer.from(`user:${TOKEN}`).toString('base64'), 401, /Unauthorized/],
      ['Bearer', 401, /Unauthorized/],
      [`bearer ${TOKEN}`, 401, /Unauthorized/],
      ['Bearer not-the-token', 403, /Forbidden: Invalid token/],
      [`Bearer ${TOKEN}x`, 403, /Forbidden/],
    ];
    for (const [authorization, status, text] of cases) {
      const headers = authorization ? { Authorization: authorization } : {};
      for (const [url, method] of [
        [streamable.proxy.publicUrl('/mcp'), 'POST'],
        [legacy.proxy.publicUrl('/sse'), 'GET'],
      ]) {
        const response = await fetch(url, { method, headers, body: method === 'POST' ? '{}' : undefined });
        assert.equal(response.status, status, `${method} ${url} with ${authorization}`);
        assert.match(await response.text(), text);
      }
    }
  });

  test('the SDK client refuses to connect without the token and reports the 401', async () => {
    await assert.rejects(
      connectHttp({ url: streamable.proxy.publicUrl('/mcp'), fetch }),
      (error) => error instanceof StreamableHTTPError && error.code === 401,
    );
  });

  test('StreamableHTTPClientTransport with the bearer token: tools, calls and session end', async () => {
    const session = await connectHttp({ url: streamable.proxy.publicUrl('/mcp'), headers: AUTH, fetch });
    clients.push(session.client);
    assertTimeToolsListed((await session.client.listTools()).tools);
    await assertTimestampRange(session.client);
    await assertIsoToUnix(session.client);
    assert.ok(session.transport.sessionId);
    await session.transport.terminateSession(); // DELETE passes the proxy too
    assert.equal(session.transport.sessionId, undefined);
  });

  test('SSEClientTransport under the prefix: the endpoint URL carries it, replies arrive on the stream', async () => {
    const session = await connectHttp({ url: legacy.proxy.publicUrl('/sse'), transport: 'sse', headers: AUTH, fetch });
    clients.push(session.client);
    assertTimeToolsListed((await session.client.listTools()).tools);
    await assertTimestampRange(session.client);
    await assertIsoToUnix(session.client);
  });

  test('the SSE stream is not buffered: its first event arrives while the stream stays open', async () => {
    const response = await fetch(legacy.proxy.publicUrl('/sse'), { headers: { ...AUTH, Accept: 'text/event-stream' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/event-stream/);
    assert.equal(response.headers.get('content-encoding'), null, 'not compressed');
    // nginx acts on the server's X-Accel-Buffering: no itself and does not pass it on.
    const started = Date.now();
    const event = await readFirstSseEvent(response, () => true, 5_000);
    assert.ok(Date.now() - started < 5_000);
    assert.equal(event.event, 'endpoint');
    assert.match(event.data, new RegExp(`^${PREFIX}/messages/\\?session_id=[0-9a-f]{32}$`));
  });

  test('the server gets the public Host and X-Forwarded-*, but neither the prefix nor the token', async () => {
    // A stand-in upstream that echoes what reaches it.
    const echo = http.createServer((request, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ url: request.url, headers: request.headers }));
    });
    await new Promise((listening) => echo.listen(0, '127.0.0.1', listening));
    const proxy = await startNginx({
      upstreamPort: echo.address().port,
      token: TOKEN,
      serverName: PUBLIC_NAME,
      pathPrefix: PREFIX,
    });
    try {
      const url = proxy.publicUrl('/messages/?session_id=abc');
      const response = await fetch(url, { method: 'POST', headers: AUTH, body: '{}' });
      const seen = await response.json();
      const { headers } = seen;
      assert.equal(seen.url, '/messages/?session_id=abc');
      assert.equal(headers.authorization, undefined, 'the bearer token must not reach the server');
      assert.equal(headers.host, PUBLIC_NAME);
      assert.equal(headers['x-forwarded-host'], PUBLIC_NAME);
      assert.equal(headers['x-forwarded-prefix'], PREFIX);
      assert.equal(headers['x-forwarded-proto'], 'http');
      assert.equal(headers['x-forwarded-for'], '127.0.0.1');
    } finally {
      assert.equal(await proxy.stop(), 0);
      echo.close();
    }
  });

  test('without the public name in PURPLEMCP_ALLOWED_HOSTS the server refuses proxied requests (421)', async () => {
    // node:http rather than fetch: undici's fetch retries a 421 on a new connection (as the Fetch
    // standard allows) and then fails on the already-sent body, which would hide the status.
    const { status, body } = await new Promise((resolveResponse, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: unlisted.proxy.port,
          method: 'POST',
          path: '/mcp',
          headers: {
            Host: `${PUBLIC_NAME}:${unlisted.proxy.port}`,
            ...AUTH,
            'Content-Type': 'application/json',
            Accept: 'application/json, text/event-stream',
          },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolveResponse({ status: response.statusCode, body: text }));
        },
      );
      request.on('error', reject);
      request.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }));
    });
    assert.equal(status, 421);
    assert.match(body, /Host not allowed/);
  });
});
