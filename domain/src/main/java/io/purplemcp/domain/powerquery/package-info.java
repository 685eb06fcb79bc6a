/**
 * The {@code powerquery} tool: runs a PowerQuery on the Singularity Data Lake and owns its
 * lifecycle: validation, launch, polling with back-off under one deadline, progress, cancellation,
 * the upstream clean-up on every way out, and the result text.
 */
package io.purplemcp.domain.powerquery;
