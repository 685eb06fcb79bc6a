// What every transport must show the same way: the time tools, their schemas, and their results.
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
  assert.deepEqual(result.structuredContent, { result: '1761825600000' });
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
