/**
 * Log output and secret redaction. Every byte written to stderr goes through {@link
 * io.purplemcp.bootstrap.logging.RedactingPrintStream}, which replaces registered secrets line by
 * line; that covers slf4j-simple, java.util.logging, stack traces and CLI messages alike without
 * touching any logging backend.
 */
package io.purplemcp.bootstrap.logging;
