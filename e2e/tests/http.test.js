// The official TypeScript SDK client against the jar's HTTP transports: Streamable HTTP (stateful and
// stateless) and the legacy HTTP+SSE transport, each on its own server started on a free port.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { transportToolTests } from '../lib/checks.js';
import { CANARY_TOKEN, connectHttp, startHttpServer } from '../lib/server.js';
import { readFirstSseEvent } from '../lib/sse.js';

/** Closes the client, stops the server with SIGTERM, and checks the exit code and stderr. */
function stopsCleanly(context) {
  test('SIGTERM stops the server with exit code 143, and the console token never reached stderr', async () => {
    await context().client.close();
    assert.equal(await context().server.stop(), 143);
    assert.ok(!context().server.stderr().includes(CANARY_TOKEN), 'canary token leaked to stderr');
  });
}

/**
 * One transport on its own server: the shared tool checks, then `tests`, then a clean stop. `tests`
 * reaches the server and the session through `context()`, as both exist only once `before` has run.
 */
function describeTransport(title, { serverOptions, transport }, tests) {
  describe(title, () => {
    let server;
    let session;
    const context = () => ({ server, ...session });

    before(async () => {
      server = await startHttpServer(serverOptions);
      session = await connectHttp({ server, transport });
    });
    after(() => server?.stop());

    transportToolTests(() => context().client);
    tests(context);
    stopsCleanly(context);
  });
}

describeTransport('Streamable HTTP, stateful', { serverOptions: { mode: 'streamable-http' } }, (context) => {
  test('the server assigned a session id of visible ASCII', () => {
    assert.match(context().transport.sessionId, /^[\x21-\x7e]{16,}$/);
  });

  test('a terminated session answers 404, which the SDK surfaces as StreamableHTTPError', async () => {
    const other = await connectHttp({ server: context().server });
    const sessionId = other.transport.sessionId;
    const protocolVersion = other.transport.protocolVersion;
    assert.ok(sessionId && protocolVersion);

    // The session id alone is enough to resume, so the 404 below is down to the termination.
    const resumed = await connectHttp({ server: context().server, sessionId });
    resumed.transport.setProtocolVersion(protocolVersion);
    assert.ok((await resumed.client.listTools()).tools.length >= 2);

    await other.transport.terminateSession();
    assert.equal(other.transport.sessionId, undefined, 'the SDK forgets the terminated session');

    const error = await resumed.client.listTools().then(
      () => assert.fail('a request on a terminated session succeeded'),
      (e) => e,
    );
    assert.ok(error instanceof StreamableHTTPError, `expected StreamableHTTPError, got ${error}`);
    assert.equal(error.code, 404);
    await Promise.all([resumed.client.close(), other.client.close()]);

    // The session the suite uses is untouched.
    assert.deepEqual(await context().client.ping(), {});
  });
});

describeTransport(
  'Streamable HTTP, stateless (--stateless-http)',
  { serverOptions: { mode: 'streamable-http', args: ['--stateless-http'] } },
  (context) => {
    test('no session id is issued, DELETE and GET are 405', async () => {
      assert.equal(context().transport.sessionId, undefined);
      for (const method of ['DELETE', 'GET']) {
        const response = await fetch(`${context().server.origin}/mcp`, {
          method,
          headers: { Accept: 'text/event-stream' },
        });
        await response.body?.cancel();
        assert.equal(response.status, 405, `${method} /mcp`);
      }
    });

    test('tools/call works without any initialize handshake', async () => {
      const response = await fetch(`${context().server.origin}/mcp`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json, text/event-stream',
          'MCP-Protocol-Version': '2025-06-18',
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 7,
          method: 'tools/call',
          params: { name: 'iso_to_unix_timestamp', arguments: { iso_datetime: '1970-01-01T00:00:01Z' } },
        }),
      });
      assert.equal(response.status, 200);
      const body = response.headers.get('content-type').startsWith('text/event-stream')
        ? JSON.parse((await readFirstSseEvent(response, (e) => e.data)).data)
        : await response.json();
      assert.equal(body.id, 7);
      assert.deepEqual(body.result.structuredContent, { unix_timestamp_ms: 1000 });
    });
  },
);

describeTransport(
  'legacy HTTP+SSE (--mode sse)',
  { serverOptions: { mode: 'sse', args: ['--verbose'] }, transport: 'sse' },
  (context) => {
    test('GET /sse opens an unbuffered stream whose first event names the message endpoint', async () => {
      const response = await fetch(`${context().server.origin}/sse`, { headers: { Accept: 'text/event-stream' } });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /^text\/event-stream/);
      assert.equal(response.headers.get('x-accel-buffering'), 'no');
      const event = await readFirstSseEvent(response);
      assert.equal(event.event, 'endpoint');
      assert.match(event.data, /^\/messages\/\?session_id=[0-9a-f]{32}$/);
    });

    test('a proxy’s X-Forwarded-Prefix goes into the endpoint URL; an unsafe one is ignored', async () => {
      const endpoint = async (prefix) => {
        const response = await fetch(`${context().server.origin}/sse`, {
          headers: { Accept: 'text/event-stream', 'X-Forwarded-Prefix': prefix },
        });
        return (await readFirstSseEvent(response)).data;
      };
      assert.match(await endpoint('/purple-mcp'), /^\/purple-mcp\/messages\/\?session_id=[0-9a-f]{32}$/);
      assert.match(await endpoint('//evil.example'), /^\/messages\/\?session_id=/);
    });
  },
);
