/**
 * The command line: a hand-written parser (no library) for the options of the reference's {@code
 * purple-mcp} command, and the texts the process prints around start-up (help, usage errors, the
 * deprecated-token notice, the loopback binding rule). Nothing here prints or exits; the launcher
 * decides what to do with each result.
 */
package io.purplemcp.bootstrap.cli;
