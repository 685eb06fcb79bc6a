// What every transport must show the same way: the time tools, their schemas, and their results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';

// The tools every build has. More arrive later: tests check these by name and never the total count.
export const TIME_TOOLS = ['get_timestamp_range', 'iso_to_unix_timestamp'];

export function assertHandshake(client) {
  const info = client.getServerVersion();
  assert.equal(info.name, 'PurpleAIMCP');
  assert.match(info.version, /^\d+\.\d+\.\d+/);
  assert.ok(client.getServerCapabilities().tools, 'tools capability advertised');
  assert.ok(client.getInstructions()?.length > 0, 'instructions given');
}

export function assertTimeToolsListed(tools) {
  for (const name of TIME_TOOLS) {
    const tool = tools.find((t) => t.name === name);
    assert.ok(tool, `${name} is listed`);
    assert.ok(tool.description.length > 40, `${name} has a real description`);
    assert.equal(tool.annotations?.readOnlyHint, true);
    assert.equal(tool.annotations?.destructiveHint, false);
  }
}

/** Every input and output schema compiles under JSON Schema 2020-12 and accepts its own defaults. */
export function assertSchemasValid(tools) {
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
}

export async function assertTimestampRange(client) {
  const result = await client.callTool({
    name: 'get_timestamp_range',
    arguments: { reference_time: '2024-01-15T12:00:00Z', hours: 2 },
  });
  assert.equal(result.isError, false);
  assert.deepEqual(result.structuredContent, {
    current_time: '2024-01-15T12:00:00Z',
    offset_time: '2024-01-15T10:00:00Z',
  });
  assert.equal(result.content[0].text, '{"current_time":"2024-01-15T12:00:00Z","offset_time":"2024-01-15T10:00:00Z"}');
}

export async function assertIsoToUnix(client) {
  const result = await client.callTool({
    name: 'iso_to_unix_timestamp',
    arguments: { iso_datetime: '2025-10-30T08:00:00-04:00' },
  });
  assert.equal(result.isError, false);
  assert.equal(result.content[0].text, '1761825600000');
  assert.deepEqual(result.structuredContent, { unix_timestamp_ms: 1761825600000 });
}

/**
 * The SDK client checks structuredContent against the outputSchema it saw in tools/list on every
 * callTool, and rejects the call when they disagree; so each call that resolves here was accepted.
 * The text content must say the same (unwrapped where the document wraps a bare value under one key).
 */
export async function assertStructuredContentAccepted(client) {
  const { tools } = await client.listTools();
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const calls = [
    ['list_alerts', { first: 2 }],
    ['get_timestamp_range', { reference_time: '2024-01-15T12:00:00Z', hours: 2 }],
    ['iso_to_unix_timestamp', { iso_datetime: '2025-10-30T08:00:00-04:00' }],
  ];
  for (const [name, args] of calls) {
    const tool = tools.find((t) => t.name === name);
    assert.ok(tool?.outputSchema, `${name} declares an output schema`);
    const result = await client.callTool({ name, arguments: args });
    assert.equal(result.isError, false, `${name} failed: ${result.content?.[0]?.text}`);
    assert.equal(typeof result.structuredContent, 'object', `${name} carries structured content`);
    const validate = ajv.compile(tool.outputSchema);
    assert.ok(validate(result.structuredContent), `${name}: ${ajv.errorsText(validate.errors)}`);
    const text = JSON.parse(result.content[0].text);
    const values = Object.values(result.structuredContent);
    if (values.length === 1 && typeof text !== 'object') assert.deepEqual(values[0], text, name);
    else assert.deepEqual(result.structuredContent, text, name);
  }
  const prose = tools.find((t) => t.name === 'purple_ai');
  assert.equal(prose.outputSchema, undefined, 'purple_ai answers in prose and declares no output schema');
}

export async function assertBadArgumentIsToolError(client) {
  const result = await client.callTool({ name: 'iso_to_unix_timestamp', arguments: { iso_datetime: 'yesterday' } });
  assert.equal(result.isError, true);
  assert.match(result.content[0].text, /Invalid ISO 8601 datetime format: 'yesterday'/);
}

/** tools/list as a client sees it, sorted by name, for comparing transports field by field. */
export function sortedTools(tools) {
  return [...tools].sort((a, b) => a.name.localeCompare(b.name));
}

/** The tests every transport shares; `client()` gives the connected SDK client once the suite's `before` ran. */
export function transportToolTests(client) {
  test('the handshake names the server and its version', () => assertHandshake(client()));

  test('tools/list offers the time tools with valid JSON Schema 2020-12 schemas', async () => {
    const { tools } = await client().listTools();
    assertTimeToolsListed(tools);
    assertSchemasValid(tools);
  });

  test('get_timestamp_range returns the range as structured content', () => assertTimestampRange(client()));

  test('iso_to_unix_timestamp converts with the offset the user gave', () => assertIsoToUnix(client()));

  test('a bad argument is a tool error, an unknown tool a protocol error', async () => {
    await assertBadArgumentIsToolError(client());
    await assert.rejects(client().callTool({ name: 'no_such_tool', arguments: {} }), /Unknown tool/);
  });

  test('ping works', async () => {
    assert.deepEqual(await client().ping(), {});
  });
}
