// /metrics and JSON logs on the built jar: Streamable HTTP against the demo console with
// PURPLEMCP_METRICS=on and PURPLEMCP_LOG_FORMAT=json. The exposition is checked by a real parser,
// `promtool check metrics` (Debian package prometheus), and the log lines by JSON.parse.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { CANARY_TOKEN, connectHttp, startHttpServer } from '../lib/server.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

describe('metrics and JSON logs over Streamable HTTP', () => {
  let server;
  let session;
  let exposition;
  let response;

  before(async () => {
    server = await startHttpServer({
      mode: 'streamable-http',
      args: ['--demo'],
      env: { PURPLEMCP_METRICS: 'on', PURPLEMCP_LOG_FORMAT: 'json' },
    });
    session = await connectHttp({ server, headers: { traceparent: TRACEPARENT } });
    const { client } = session;
    await client.listTools();
    await client.callTool({
      name: 'get_timestamp_range',
      arguments: { reference_time: '2024-01-15T12:00:00Z', hours: 2 },
    });
    await client.callTool({ name: 'purple_ai', arguments: { query: 'Which endpoints logged in?' } });
    // A tool error (bad argument) and a protocol error (unknown tool): both must show as failures.
    await client.callTool({ name: 'iso_to_unix_timestamp', arguments: { iso_datetime: 'not a time' } });
    await assert.rejects(client.callTool({ name: 'no_such_tool', arguments: {} }), /Unknown tool/);
    response = await fetch(`${server.origin}/metrics`);
    exposition = await response.text();
  });
  after(async () => {
    await session?.client.close();
    await server?.stop();
  });

  test('/metrics answers in the Prometheus text format 0.0.4', () => {
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
  });

  test('promtool parses the exposition and finds nothing to lint', (t) => {
    const check = spawnSync('promtool', ['check', 'metrics'], { input: exposition, encoding: 'utf8' });
    if (check.error?.code === 'ENOENT') {
      assert.fail('promtool is not installed: apt-get install -y prometheus (.ci/run does this)');
    }
    t.diagnostic(`promtool exit ${check.status}: ${(check.stdout + check.stderr).trim() || '(no findings)'}`);
    assert.equal(check.status, 0, `promtool check metrics failed:\n${check.stdout}${check.stderr}`);
  });

  test('requests, tool calls and console exchanges are counted with bounded labels', () => {
    assert.match(exposition, /purplemcp_mcp_request_duration_seconds_count\{method="tools\/list",outcome="ok"\} 1/);
    assert.match(exposition, /purplemcp_tool_call_duration_seconds_count\{tool="purple_ai",outcome="ok"\} 1/);
    assert.match(
      exposition,
      /purplemcp_tool_call_duration_seconds_count\{tool="iso_to_unix_timestamp",outcome="tool_error"\} 1/,
    );
    assert.match(exposition, /purplemcp_tool_call_duration_seconds_count\{tool="unknown",outcome="error"\} 1/);
    assert.match(exposition, /purplemcp_upstream_responses_total\{operation="[^"]+",status="200"\} \d+/);
    assert.match(exposition, /purplemcp_sessions_open 1/);
    assert.ok(!exposition.includes('no_such_tool'), 'a client-chosen tool name became a label');
    assert.ok(!exposition.includes(CANARY_TOKEN), 'the console token reached /metrics');
    assert.ok(!exposition.includes('Which endpoints'), 'a tool argument reached /metrics');
  });

  test('log lines are JSON objects carrying the OpenTelemetry fields and the caller trace id', () => {
    const records = server
      .stderr()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      // The audit log (PURPLEMCP_AUDIT_LOG, stderr by default) writes JSON events of its own shape.
      .filter((record) => !('event' in record));
    assert.ok(records.length > 0, 'no JSON log line on stderr');
    for (const record of records) {
      assert.ok(record.timestamp && record.level && record.logger && 'message' in record, JSON.stringify(record));
    }
    const failed = records.find(
      (record) => record['mcp.method.name'] === 'tools/call' && record['error.type'] === 'tool_error',
    );
    assert.ok(failed, `no request line for the failed call:\n${server.stderr()}`);
    assert.equal(failed['gen_ai.tool.name'], 'iso_to_unix_timestamp');
    assert.equal(failed.trace_id, TRACE_ID);
    assert.match(failed.span_id, /^[0-9a-f]{16}$/);
    assert.match(failed['mcp.session.id'], /^[0-9a-f]{16}$/);
    assert.ok(!server.stderr().includes(CANARY_TOKEN), 'canary token leaked to stderr');
    assert.ok(!server.stderr().includes('not a time'), 'a tool argument reached the log');
  });
});
