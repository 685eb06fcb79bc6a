// The MCP authorization spec end to end: a real OAuth 2.1 authorization server (oauth2-mock-server)
// issues JWT access tokens; the official SDK client discovers it from the server's 401 and its
// protected-resource metadata, gets a token with client credentials and calls tools. Tokens for another
// audience, expired ones and ones without the required scope are refused with the RFC 6750 status and
// header, and the audit log has one line per call naming the caller.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAuth2Server } from 'oauth2-mock-server';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ClientCredentialsProvider } from '@modelcontextprotocol/sdk/client/auth-extensions.js';
import { CANARY_TOKEN, freePort, startHttpServer } from '../lib/server.js';

const CLIENT_ID = 'e2e-agent';
const SCOPE = 'mcp:tools';

/** Waits until the audit file holds `count` lines matching `filter` (the log is written off-thread). */
async function auditLines(file, filter, count) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const lines = existsSync(file)
      ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)).filter(filter)
      : [];
    if (lines.length >= count || Date.now() > deadline) return lines;
    await new Promise((resolveLater) => setTimeout(resolveLater, 50));
  }
}

describe('OAuth 2.1: the SDK client against an authorization server and the jar as resource server', () => {
  let issuer;
  let server;
  let resource;
  let dir;
  let auditFile;
  const minted = [];

  before(async () => {
    issuer = new OAuth2Server();
    await issuer.issuer.keys.generate('RS256');
    await issuer.start(0, '127.0.0.1');
    // What a real authorization server does with RFC 8707: the token's audience is the resource asked for.
    issuer.service.on('beforeTokenSigning', (token, req) => {
      // The client authenticates with HTTP Basic or in the body; either way it is the token's subject.
      const basic = req.headers.authorization?.replace(/^Basic /, '');
      const clientId = basic
        ? decodeURIComponent(Buffer.from(basic, 'base64').toString('utf8').split(':')[0])
        : req.body?.client_id;
      if (clientId) token.payload.sub = clientId;
      if (req.body?.resource) token.payload.aud = req.body.resource;
    });
    issuer.service.on('beforeResponse', (response) => {
      if (response.body?.access_token) minted.push(response.body.access_token);
    });

    dir = mkdtempSync(join(tmpdir(), 'purple-mcp-oauth-'));
    auditFile = join(dir, 'audit.jsonl');
    const port = await freePort();
    resource = `http://127.0.0.1:${port}/mcp`;
    server = await startHttpServer({
      port,
      args: ['--demo'],
      env: {
        PURPLEMCP_CONSOLE_TOKEN: undefined,
        PURPLEMCP_CONSOLE_BASE_URL: undefined,
        PURPLEMCP_HTTP_AUTH: 'oauth',
        PURPLEMCP_OAUTH_ISSUER: issuer.issuer.url,
        PURPLEMCP_PUBLIC_URL: resource,
        PURPLEMCP_OAUTH_REQUIRED_SCOPES: SCOPE,
        PURPLEMCP_AUDIT_LOG: auditFile,
      },
    });
  });

  after(async () => {
    await server?.stop();
    await issuer?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('without a token: 401 pointing at the protected-resource metadata, which names the issuer', async () => {
    const response = await fetch(resource, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    assert.equal(response.status, 401);
    const challenge = response.headers.get('www-authenticate');
    const metadataUrl = `${server.origin}/.well-known/oauth-protected-resource/mcp`;
    assert.equal(challenge, `Bearer resource_metadata="${metadataUrl}", scope="${SCOPE}"`);

    const metadata = await (await fetch(metadataUrl)).json();
    assert.equal(metadata.resource, resource);
    assert.deepEqual(metadata.authorization_servers, [issuer.issuer.url]);
    assert.deepEqual(metadata.scopes_supported, [SCOPE]);
    assert.deepEqual(metadata.bearer_methods_supported, ['header']);
    assert.equal((await fetch(`${server.origin}/health`)).status, 200);
  });

  test('the SDK client discovers the authorization server from the 401, gets a token and calls tools', async () => {
    const authProvider = new ClientCredentialsProvider({
      clientId: CLIENT_ID,
      clientSecret: 'e2e-secret',
      scope: SCOPE,
      expectedIssuer: issuer.issuer.url,
    });
    const transport = new StreamableHTTPClientTransport(new URL(resource), { authProvider });
    const client = new Client({ name: 'purple-mcp-e2e', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      assert.ok(tools.some((tool) => tool.name === 'iso_to_unix_timestamp'));
      const converted = await client.callTool({
        name: 'iso_to_unix_timestamp',
        arguments: { iso_datetime: '2026-12-04T09:00:00Z' },
      });
      assert.notEqual(converted.isError, true);
      const range = await client.callTool({ name: 'get_timestamp_range', arguments: { reference_time: '2026-12-04T09:00:00Z', hours: 2 },
      });
      assert.notEqual(range.isError, true);
      assert.ok(minted.length >= 1, 'the client got its token from the authorization server');
      assert.equal(JSON.parse(Buffer.from(minted[0].split('.')[1], 'base64url')).aud, resource);
    } finally {
      await client.close();
    }

    const calls = await auditLines(auditFile, (line) => line.event === 'tool_call', 2);
    assert.equal(calls.length, 2, 'one audit line per tool call');
    assert.deepEqual(calls.map((line) => line.tool), ['iso_to_unix_timestamp', 'get_timestamp_range']);
    for (const line of calls) {
      assert.equal(line.identity, CLIENT_ID);
      assert.equal(line.client, '127.0.0.1');
      assert.equal(line.outcome, 'ok');
      // The session's hash as the log lines carry it, never the id itself (it grants access).
      assert.match(line.session, /^[0-9a-f]{16}$/);
      assert.match(line.arguments_sha256, /^[0-9a-f]{64}$/);
      assert.equal(typeof line.duration_ms, 'number');
    }
  });

  async function initializeWith(token) {
    return fetch(resource, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
      }),
    });
  }

  test('a token for another audience is refused: 401 invalid_token', async () => {
    const token = await issuer.issuer.buildToken({
      scopesOrTransform: (header, payload) => {
        payload.sub = 'someone';
        payload.scope = SCOPE;
        payload.aud = 'https://another-resource.example.com/mcp';
      },
    });
    minted.push(token);
    const response = await initializeWith(token);
    assert.equal(response.status, 401);
    const challenge = response.headers.get('www-authenticate');
    assert.match(challenge, /^Bearer resource_metadata="[^"]+"/);
    assert.match(challenge, /error="invalid_token"/);
    assert.match(challenge, /audience/);
  });

  test('an expired token is refused: 401 invalid_token', async () => {
    const token = await issuer.issuer.buildToken({
      expiresIn: -3600,
      scopesOrTransform: (header, payload) => {
        payload.sub = 'someone';
        payload.scope = SCOPE;
        payload.aud = resource;
      },
    });
    minted.push(token);
    const response = await initializeWith(token);
    assert.equal(response.status, 401);
    assert.match(response.headers.get('www-authenticate'), /error="invalid_token".*expired/);
  });

  test('a token without the required scope is refused: 403 insufficient_scope naming the scope', async () => {
    const token = await issuer.issuer.buildToken({
      scopesOrTransform: (header, payload) => {
        payload.sub = 'narrow-client';
        payload.scope = 'mcp:read';
        payload.aud = resource;
      },
    });
    minted.push(token);
    const response = await initializeWith(token);
    assert.equal(response.status, 403);
    assert.match(response.headers.get('www-authenticate'), /^Bearer error="insufficient_scope", scope="mcp:tools"/);

    // The audit log is written off the request path (in bursts), so wait for this refusal's own line.
    const refusedForScope = (line) =>
      line.event === 'authorization_failure' && line.status === 403 && line.identity === 'narrow-client';
    assert.equal((await auditLines(auditFile, refusedForScope, 1)).length, 1);
    const failures = await auditLines(auditFile, (line) => line.event === 'authorization_failure', 4);
    assert.ok(failures.some((line) => line.status === 401 && line.reason === 'invalid_token'));
  });

  test('no token, console or client, ever reaches stderr or the audit log', async () => {
    const audit = readFileSync(auditFile, 'utf8');
    const stderr = server.stderr();
    assert.ok(minted.length >= 4);
    for (const token of minted) {
      assert.ok(!stderr.includes(token), 'an access token leaked to stderr');
      assert.ok(!audit.includes(token), 'an access token leaked to the audit log');
      assert.ok(!stderr.includes(token.split('.')[2]), 'a token signature leaked to stderr');
    }
    assert.ok(!stderr.includes(CANARY_TOKEN));
  });
});
