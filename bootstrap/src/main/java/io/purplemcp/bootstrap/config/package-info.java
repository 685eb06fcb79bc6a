/**
 * {@code PURPLEMCP_*} environment plus command-line overrides into one validated, immutable {@link
 * io.purplemcp.bootstrap.config.Settings}. Nothing here reads the process environment itself: the
 * caller passes the environment as a map, which keeps every rule testable and the reads in one place.
 */
package io.purplemcp.bootstrap.config;
