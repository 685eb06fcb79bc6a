// Every tool the server lists, called at least once against --demo over every transport.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connectHttp, connectStdio, startHttpServer } from '../lib/server.js';
import { callEverything } from '../lib/tools.js';

for (const transport of ['stdio', 'streamable', 'sse']) {
  describe(`every tool against --demo over ${transport}`, () => {
    let server;
    let session;

    before(async () => {
      if (transport === 'stdio') {
        session = await connectStdio({ args: ['--demo'] });
      } else {
        server = await startHttpServer({ mode: transport === 'sse' ? 'sse' : 'streamable-http', args: ['--demo'] });
        session = await connectHttp({ server, transport });
      }
    });

    after(async () => {
      await session?.client.close();
      if (server) assert.equal(await server.stop(), 143);
    });

    test('each listed tool answers without an error', async () => {
      const { listed, called } = await callEverything(session.client);
      assert.deepEqual([...called].sort(), [...listed].sort(), 'every listed tool is exercised');
    });
  });
}
