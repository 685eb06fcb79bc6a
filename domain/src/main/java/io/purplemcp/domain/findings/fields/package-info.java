/**
 * Which fields of a findings record the model sees: the per-family field specifications, the
 * {@code fields} argument, the allow-listed selection built from it, and the shaping of the console's
 * records into snake_case output.
 */
package io.purplemcp.domain.findings.fields;
