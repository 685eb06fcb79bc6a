// A new user's first run: `--demo` with the official SDK client, Purple AI and PowerQuery against the
// built-in sandbox console, with progress and a PowerQuery cancelled while it runs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertStructuredContentAccepted } from '../lib/checks.js';
import { connectStdio, waitForOutput } from '../lib/server.js';

function stderrContains(session, transport, text) {
  return waitForOutput(session.stderr, transport.stderr, text);
}

describe('--demo with the TypeScript SDK client', () => {
  let session;

  before(async () => {
    // No console variables at all: --demo needs no credentials.
    session = await connectStdio({
      args: ['--demo', '--verbose'],
      env: { PURPLEMCP_CONSOLE_TOKEN: undefined, PURPLEMCP_CONSOLE_BASE_URL: undefined },
    });
  });

  after(async () => {
    await session?.client.close();
  });

  test('says loudly that the data is synthetic', () => {
    assert.match(session.stderr(), /DEMO MODE/);
    assert.match(session.stderr(), /SYNTHETIC DEMO DATA/);
  });

  test('lists Purple AI and PowerQuery before the time tools', async () => {
    const names = (await session.client.listTools()).tools.map((tool) => tool.name);
    assert.deepEqual(names.slice(0, 4), ['purple_ai', 'powerquery', 'get_timestamp_range', 'iso_to_unix_timestamp']);
  });

  test('the SDK client accepts the structured answers of a findings tool and the time tools', () =>
    assertStructuredContentAccepted(session.client));

  test('purple_ai turns a question into a PowerQuery with its time range and explanation', async () => {
    const result = await session.client.callTool({
      name: 'purple_ai',
      arguments: { query: 'Show me the endpoints with the most process creations' },
    });
    assert.equal(result.isError, false);
    const answer = JSON.parse(result.content[0].text);
    assert.match(answer.power_query, /\|/);
    assert.ok(answer.start_datetime && answer.end_datetime && answer.explanation, JSON.stringify(answer));
  });

  test('powerquery reports strictly increasing progress, then JSON rows', async () => {
    const progress = [];
    const result = await session.client.callTool(
      {
        name: 'powerquery',
        arguments: {
          query: "event.type = 'Process Creation' | group count() by endpoint.name | sort -count | limit 5",
          start_datetime: '2026-11-24T00:00:00Z',
          end_datetime: '2026-11-25T00:00:00Z',
        },
      },
      undefined,
      { onprogress: (update) => progress.push(update.progress) },
    );
    assert.equal(result.isError, false);
    const text = result.content[0].text;
    assert.match(text, /^Match Count: \d+/m);
    assert.match(text, /^Rows: 5$/m);
    const rows = text.split('\n').filter((line) => line.startsWith('Row '));
    assert.equal(rows.length, 5);
    for (const row of rows) JSON.parse(row.slice(row.indexOf(':') + 1));
    assert.ok(progress.length >= 1, 'at least one progress notification');
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i] > progress[i - 1], `progress ${progress}`);
  });

  test('a powerquery cancelled while it runs stops, and its upstream query is deleted', async () => {
    const controller = new AbortController();
    const call = session.client.callTool(
      {
        name: 'powerquery',
        arguments: {
          query: 'event.type = "Login" sandbox:fault=never-finishes',
          start_datetime: '2026-11-24T00:00:00Z',
          end_datetime: '2026-11-25T00:00:00Z',
        },
      },
      undefined,
      // Cancel as soon as the server shows the query is running upstream.
      { signal: controller.signal, onprogress: () => controller.abort('the user changed their mind') },
    );
    await assert.rejects(call, /AbortError|abort|changed their mind/i);
    await stderrContains(session, session.transport, 'upstream sdl.delete DELETE');
    await stderrContains(session, session.transport, 'tool=powerquery outcome=cancelled');
    assert.deepEqual(await session.client.ping(), {}, 'the server keeps serving');
  });

  test('an upstream failure is a short tool error, not a crash', async () => {
    const result = await session.client.callTool({
      name: 'powerquery',
      arguments: {
        query: 'event.type = "Login" sandbox:fault=500',
        start_datetime: '2026-11-24T00:00:00Z',
        end_datetime: '2026-11-25T00:00:00Z',
      },
    });
    assert.equal(result.isError, true);
    assert.match(result.content[0].text, /500/);
    assert.ok(result.content[0].text.length < 800, 'the error is short');
  });
});
