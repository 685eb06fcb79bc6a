// The official MCP conformance suite against --mode streamable-http, in two pinned releases: 0.1.16
// for the handshake era, and 0.2.0-alpha.12 for what the 2026-07-28 revision requires (a pre-release:
// no stable release knows that revision yet). Every scenario must pass except those in each baseline; a
// listed scenario that passes fails the test too.
import { describeConformance } from '../lib/conformance.js';

describeConformance({
  title: 'MCP conformance suite against --mode streamable-http',
  cli: 'node_modules/@modelcontextprotocol/conformance/dist/index.js',
  baseline: 'conformance-expected-failures.yml',
  select: ['--suite', 'all'],
  listSelect: [],
});

describeConformance({
  title: 'MCP conformance suite, 2026-07-28 requirements, against --mode streamable-http',
  cli: 'node_modules/@modelcontextprotocol/conformance-2026/dist/index.js',
  baseline: 'conformance-2026-expected-failures.yml',
  select: ['--requirements', '2026-07-28'],
  listSelect: ['--requirements', '2026-07-28'],
});
