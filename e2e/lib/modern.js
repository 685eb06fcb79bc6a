// The 2026-07-28 client: the official TypeScript SDK v2 (@modelcontextprotocol/client), pinned to the
// stateless revision so that a server falling back to the handshake fails the test instead of passing it.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { requireJar, serverCommand, serverEnv } from './server.js';

export const MODERN = '2026-07-28';

function modernClient() {
  return new Client(
    { name: 'purple-mcp-e2e-modern', version: '1.0.0' },
    { versionNegotiation: { mode: { pin: MODERN } } },
  );
}

/** Starts the server over stdio and connects the v2 client to it; collects the server's stderr. */
export async function connectModernStdio({ args = [], env = {} } = {}) {
  requireJar();
  const { command, args: commandArgs } = serverCommand(args);
  const transport = new StdioClientTransport({ command, args: commandArgs, env: serverEnv(env), stderr: 'pipe' });
  const stderr = [];
  transport.stderr?.on('data', (chunk) => stderr.push(chunk.toString('utf8')));
  const client = modernClient();
  await client.connect(transport);
  return { client, transport, stderr: () => stderr.join('') };
}

/**
 * Connects the v2 client over Streamable HTTP to `url`. Every exchange is recorded in `exchanges`
 * (method, request headers, status, response headers) so tests can show what crossed the wire.
 */
export async function connectModernHttp({ url, fetch: baseFetch = fetch, headers } = {}) {
  const exchanges = [];
  const recordingFetch = async (input, init = {}) => {
    const response = await baseFetch(input, init);
    exchanges.push({
      method: init.method ?? 'GET',
      requestHeaders: new Headers(init.headers),
      status: response.status,
      responseHeaders: response.headers,
    });
    return response;
  };
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    fetch: recordingFetch,
    requestInit: headers ? { headers } : undefined,
  });
  const client = modernClient();
  await client.connect(transport);
  return { client, transport, exchanges };
}
