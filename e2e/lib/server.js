// How the e2e tests start the server under test: the jar that `./mvnw -B verify` built.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const here = dirname(fileURLToPath(import.meta.url));

export const JAR = process.env.PURPLEMCP_JAR ?? resolve(here, '../../bootstrap/target/purple-mcp.jar');
export const JAVA = process.env.JAVA_HOME ? resolve(process.env.JAVA_HOME, 'bin/java') : 'java';

// A token nobody could mistake for anything else: if it shows up in any output, something leaked.
export const CANARY_TOKEN = 'E2E-CANARY-7f3a9c-do-not-print';

export function requireJar() {
  if (!existsSync(JAR)) {
    throw new Error(`No server jar at ${JAR}: run ./mvnw -B verify first (or set PURPLEMCP_JAR).`);
  }
}

/** Starts the jar over stdio, connects the SDK client, and collects everything it wrote to stderr. */
export async function connectStdio({ args = [], env = {} } = {}) {
  requireJar();
  const transport = new StdioClientTransport({
    command: JAVA,
    args: ['-jar', JAR, ...args],
    env: {
      PATH: process.env.PATH ?? '',
      PURPLEMCP_CONSOLE_TOKEN: CANARY_TOKEN,
      PURPLEMCP_CONSOLE_BASE_URL: 'https://console.example.test',
      ...env,
    },
    stderr: 'pipe',
  });
  const stderr = [];
  transport.stderr?.on('data', (chunk) => stderr.push(chunk.toString('utf8')));
  const client = new Client({ name: 'purple-mcp-e2e', version: '1.0.0' });
  await client.connect(transport);
  return { client, transport, stderr: () => stderr.join('') };
}
