// The official TypeScript SDK client drives the jar over stdio, as a desktop MCP client would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertBadArgumentIsToolError,
  assertHandshake,
  assertIsoToUnix,
  assertSchemasValid,
  assertTimeToolsListed,
  assertTimestampRange,
} from '../lib/checks.js';
import { CANARY_TOKEN, connectStdio } from '../lib/server.js';

describe('stdio transport with the TypeScript SDK client', () => {
  let session;
  let tools;

  before(async () => {
    session = await connectStdio();
    tools = (await session.client.listTools()).tools;
  });

  after(async () => {
    await session?.client.close();
  });

  test('the handshake names the server and its version', () => assertHandshake(session.client));

  test('tools/list offers the time tools, read-only, with descriptions', () => assertTimeToolsListed(tools));

  test('every input and output schema is valid JSON Schema 2020-12 and accepts its own defaults', () =>
    assertSchemasValid(tools));

  test('get_timestamp_range returns the range as structured content', () => assertTimestampRange(session.client));

  test('iso_to_unix_timestamp converts with the offset the user gave', () => assertIsoToUnix(session.client));

  test('a bad argument value is a tool error the model can read, not a protocol error', () =>
    assertBadArgumentIsToolError(session.client));

  test('an unknown tool is a protocol error', async () => {
    await assert.rejects(session.client.callTool({ name: 'no_such_tool', arguments: {} }), /Unknown tool/);
  });

  test('ping works', async () => {
    assert.deepEqual(await session.client.ping(), {});
  });

  test('the console token never appears on stderr', () => {
    assert.ok(!session.stderr().includes(CANARY_TOKEN), 'canary token leaked to stderr');
  });
});
