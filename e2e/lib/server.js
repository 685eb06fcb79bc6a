// How the e2e tests start the server under test: the jar that `./mvnw -B verify` built, run with
// `java -jar`, or, when PURPLEMCP_LAUNCHER names the `bin/purple-mcp` of an unpacked release archive,
// that launcher with its bundled runtime (the product users get; it takes the same arguments).
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const here = dirname(fileURLToPath(import.meta.url));

export const JAR = process.env.PURPLEMCP_JAR ?? resolve(here, '../../bootstrap/target/purple-mcp.jar');
export const JAVA = process.env.JAVA_HOME ? resolve(process.env.JAVA_HOME, 'bin/java') : 'java';
/** The release's launcher, e.g. <unpacked release>/purple-mcp-0.1.0/bin/purple-mcp; undefined: the jar. */
export const LAUNCHER = process.env.PURPLEMCP_LAUNCHER ? resolve(process.env.PURPLEMCP_LAUNCHER) : undefined;

// A token nobody could mistake for anything else: if it shows up in any output, something leaked.
export const CANARY_TOKEN = 'E2E-CANARY-7f3a9c-do-not-print';

// How long a server may take to start or to stop before the test gives up on it.
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

/** Throws unless what starts the server is there: the launcher when PURPLEMCP_LAUNCHER is set, else the jar. */
export function requireJar() {
  if (LAUNCHER !== undefined) {
    try {
      accessSync(LAUNCHER, constants.X_OK);
      if (!statSync(LAUNCHER).isFile()) throw new Error('not a file');
    } catch {
      throw new Error(
        `PURPLEMCP_LAUNCHER is ${LAUNCHER}, which is no executable file: unpack the release archive ` +
          '(distribution/target/purple-mcp-*-linux-x64.tar.gz) and point it at bin/purple-mcp, or unset it.',
      );
    }
    return;
  }
  if (!existsSync(JAR)) {
    throw new Error(`No server jar at ${JAR}: run ./mvnw -B verify first (or set PURPLEMCP_JAR).`);
  }
}

/** The command and arguments that start the server with `serverArgs`: the launcher, or java -jar. */
export function serverCommand(serverArgs = []) {
  return LAUNCHER !== undefined
    ? { command: LAUNCHER, args: [...serverArgs] }
    : { command: JAVA, args: ['-jar', JAR, ...serverArgs] };
}

/** The environment the server gets: nothing of ours but PATH, the canary token and the fake console. */
export function serverEnv(env) {
  const merged = {
    PATH: process.env.PATH ?? '',
    PURPLEMCP_CONSOLE_TOKEN: CANARY_TOKEN,
    PURPLEMCP_CONSOLE_BASE_URL: 'https://console.example.test',
    ...env,
  };
  // A variable given as undefined is removed, not passed on as the text "undefined".
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}

/** Starts the server over stdio, connects the SDK client, and collects everything it wrote to stderr. */
export async function connectStdio({ args = [], env = {} } = {}) {
  requireJar();
  const { command, args: commandArgs } = serverCommand(args);
  const transport = new StdioClientTransport({
    command,
    args: commandArgs,
    env: serverEnv(env),
    stderr: 'pipe',
  });
  const stderr = [];
  transport.stderr?.on('data', (chunk) => stderr.push(chunk.toString('utf8')));
  const client = new Client({ name: 'purple-mcp-e2e', version: '1.0.0' });
  await client.connect(transport);
  return { client, transport, stderr: () => stderr.join('') };
}

/** A TCP port nothing listens on right now: bind 127.0.0.1:0, note the port, let it go. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the server as an HTTP server (`mode` is `streamable-http` or `sse`) on a free loopback port and
 * resolves once it logged `listening on /127.0.0.1:<port>` (`port` picks it, else a free one is found). `stop()` sends SIGTERM and resolves with
 * the exit code (143 for a graceful stop); a server that does not stop in time is killed and reported.
 */
export async function startHttpServer({ mode = 'streamable-http', args = [], env = {}, port: fixedPort } = {}) {
  requireJar();
  // A caller that must name the URL in the environment first (PURPLEMCP_PUBLIC_URL) picks the port itself.
  const port = fixedPort ?? (await freePort());
  const { command, args: commandArgs } = serverCommand(['--mode', mode, '--port', String(port), ...args]);
  const child = spawn(command, commandArgs, {
    env: serverEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr = [];
  const stdout = [];
  child.stdout.on('data', (chunk) => stdout.push(chunk.toString('utf8')));
  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => resolveExit({ code, signal }));
  });

  await new Promise((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`server did not log "listening on" within ${START_TIMEOUT_MS} ms:\n${stderr.join('')}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk) => {
      stderr.push(chunk.toString('utf8'));
      const match = /listening on \/127\.0\.0\.1:(\d+)/.exec(stderr.join(''));
      if (match) {
        clearTimeout(timer);
        child.stderr.off('data', onData);
        child.stderr.on('data', (more) => stderr.push(more.toString('utf8')));
        if (Number(match[1]) !== port) fail(new Error(`server listens on ${match[1]}, asked for ${port}`));
        else ready();
      }
    };
    child.stderr.on('data', onData);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code ?? signal}) before listening:\n${stderr.join('')}`));
    });
  });

  let stopped;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    stderr: () => stderr.join(''),
    /** The server's stderr as it arrives, for waitForOutput. */
    stderrStream: child.stderr,
    stdout: () => stdout.join(''),
    /** SIGTERM, then the exit code once the process is gone. Idempotent. */
    stop() {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        const { code, signal } = await exited;
        clearTimeout(timer);
        if (signal === 'SIGKILL') throw new Error(`server ignored SIGTERM for ${STOP_TIMEOUT_MS} ms and was killed`);
        return code ?? signal;
      })();
      return stopped;
    },
  };
}

/**
 * Connects the SDK client over HTTP. `transport` is `streamable` (Streamable HTTP at `/mcp`) or `sse`
 * (the legacy transport at `/sse`); `url` defaults to the server's own address; `headers` go on every
 * request (e.g. a bearer token for the proxy); `fetch` replaces the global fetch.
 */
export async function connectHttp({ server, transport = 'streamable', url, headers, fetch, sessionId } = {}) {
  const target = new URL(url ?? `${server.origin}${transport === 'sse' ? '/sse' : '/mcp'}`);
  const options = { requestInit: headers ? { headers } : undefined, fetch, sessionId };
  const clientTransport =
    transport === 'sse' ? new SSEClientTransport(target, options) : new StreamableHTTPClientTransport(target, options);
  const client = new Client({ name: 'purple-mcp-e2e', version: '1.0.0' });
  await client.connect(clientTransport);
  return { client, transport: clientTransport };
}

/**
 * Resolves when `read()` (everything a process wrote so far) contains `text`, re-checking whenever
 * `stream` delivers more; rejects after `ms`. No polling, no sleeping.
 */
export function waitForOutput(read, stream, text, ms = 30_000) {
  if (read().includes(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stream.off('data', listener);
      reject(new Error(`output never contained ${JSON.stringify(text)}`));
    }, ms);
    // Listeners run in registration order: the collector added its chunk before this one runs.
    const listener = () => {
      if (read().includes(text)) {
        clearTimeout(timer);
        stream.off('data', listener);
        resolve();
      }
    };
    stream.on('data', listener);
  });
}
