// A client must see the same server whichever transport it uses: same tools, schemas and annotations.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedTools, TIME_TOOLS } from '../lib/checks.js';
import { connectHttp, connectStdio, startHttpServer } from '../lib/server.js';

describe('every transport offers the same tools', () => {
  const servers = [];
  const clients = [];
  const seen = {};

  before(async () => {
    const stdio = await connectStdio();
    clients.push(stdio.client);
    seen.stdio = stdio;

    const variants = {
      'streamable-http': { mode: 'streamable-http', transport: 'streamable' },
      'streamable-http --stateless-http': {
        mode: 'streamable-http',
        args: ['--stateless-http'],
        transport: 'streamable',
      },
      sse: { mode: 'sse', transport: 'sse' },
    };
    await Promise.all(
      Object.entries(variants).map(async ([name, { mode, args, transport }]) => {
        const server = await startHttpServer({ mode, args });
        servers.push(server);
        const session = await connectHttp({ server, transport });
        clients.push(session.client);
        seen[name] = session;
      }),
    );
    for (const session of Object.values(seen)) session.tools = sortedTools((await session.client.listTools()).tools);
  });

  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    const codes = await Promise.all(servers.map((server) => server.stop()));
    assert.deepEqual(codes, servers.map(() => 143));
  });

  test('the time tools are there on stdio', () => {
    for (const name of TIME_TOOLS) assert.ok(seen.stdio.tools.some((t) => t.name === name), name);
  });

  for (const name of ['streamable-http', 'streamable-http --stateless-http', 'sse']) {
    test(`tools/list over ${name} equals tools/list over stdio`, () => {
      assert.deepEqual(seen[name].tools, seen.stdio.tools);
    });

    test(`server info, capabilities and instructions over ${name} equal those over stdio`, () => {
      assert.deepEqual(seen[name].client.getServerVersion(), seen.stdio.client.getServerVersion());
      assert.deepEqual(seen[name].client.getServerCapabilities(), seen.stdio.client.getServerCapabilities());
      assert.equal(seen[name].client.getInstructions(), seen.stdio.client.getInstructions());
    });
  }
});
