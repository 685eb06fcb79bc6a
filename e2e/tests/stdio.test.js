// The official TypeScript SDK client drives the jar over stdio, as a desktop MCP client would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import { CANARY_TOKEN, connectStdio } from '../lib/server.js';

const TIME_TOOLS = ['get_timestamp_range', 'iso_to_unix_timestamp'];

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

  test('the handshake names the server and its version', () => {
    const info = session.client.getServerVersion();
    assert.equal(info.name, 'PurpleAIMCP');
    assert.match(info.version, /^\d+\.\d+\.\d+/);
    assert.ok(session.client.getServerCapabilities().tools, 'tools capability advertised');
    assert.ok(session.client.getInstructions()?.length > 0, 'instructions given');
  });

  test('tools/list offers the time tools, read-only, with descriptions', () => {
    for (const name of TIME_TOOLS) {
      const tool = tools.find((t) => t.name === name);
      assert.ok(tool, `${name} is listed`);
      assert.ok(tool.description.length > 40, `${name} has a real description`);
      assert.equal(tool.annotations?.readOnlyHint, true);
      assert.equal(tool.annotations?.destructiveHint, false);
    }
  });

  test('every input and output schema is valid JSON Schema 2020-12 and accepts its own defaults', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const tool of tools) {
      assert.equal(tool.inputSchema.type, 'object', `${tool.name} input schema is an object`);
      const validate = ajv.compile(tool.inputSchema);
      const defaults = Object.fromEntries(
        Object.entries(tool.inputSchema.properties ?? {})
          .filter(([, schema]) => 'default' in schema)
          .map(([name, schema]) => [name, schema.default]),
      );
      for (const required of tool.inputSchema.required ?? []) {
        assert.ok(!(required in defaults), `${tool.name}.${required} is required and has no default`);
      }
      const sample = { ...defaults };
      for (const required of tool.inputSchema.required ?? []) sample[required] = '2025-10-30T12:00:00Z';
      assert.ok(validate(sample), `${tool.name} accepts its defaults: ${ajv.errorsText(validate.errors)}`);
      if (tool.outputSchema) ajv.compile(tool.outputSchema);
    }
  });

  test('get_timestamp_range returns the range as structured content', async () => {
    const result = await session.client.callTool({
      name: 'get_timestamp_range',
      arguments: { reference_time: '2024-01-15T12:00:00Z', hours: 2 },
    });
    assert.equal(result.isError, false);
    assert.deepEqual(result.structuredContent, {
      current_time: '2024-01-15T12:00:00Z',
      offset_time: '2024-01-15T10:00:00Z',
    });
    assert.equal(result.content[0].text, '{"current_time":"2024-01-15T12:00:00Z","offset_time":"2024-01-15T10:00:00Z"}');
  });

  test('iso_to_unix_timestamp converts with the offset the user gave', async () => {
    const result = await session.client.callTool({
      name: 'iso_to_unix_timestamp',
      arguments: { iso_datetime: '2025-10-30T08:00:00-04:00' },
    });
    assert.equal(result.isError, false);
    assert.equal(result.content[0].text, '1761825600000');
    assert.deepEqual(result.structuredContent, { result: '1761825600000' });
  });

  test('a bad argument value is a tool error the model can read, not a protocol error', async () => {
    const result = await session.client.callTool({
      name: 'iso_to_unix_timestamp',
      arguments: { iso_datetime: 'yesterday' },
    });
    assert.equal(result.isError, true);
    assert.match(result.content[0].text, /Invalid ISO 8601 datetime format: 'yesterday'/);
  });

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
