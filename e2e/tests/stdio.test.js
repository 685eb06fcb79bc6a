// The official TypeScript SDK client drives the jar over stdio, as a desktop MCP client would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { transportToolTests } from '../lib/checks.js';
import { CANARY_TOKEN, connectStdio } from '../lib/server.js';

describe('stdio transport with the TypeScript SDK client', () => {
  let session;

  before(async () => {
    session = await connectStdio();
  });

  after(async () => {
    await session?.client.close();
  });

  transportToolTests(() => session.client);

  test('the console token never appears on stderr', () => {
    assert.ok(!session.stderr().includes(CANARY_TOKEN), 'canary token leaked to stderr');
  });
});
