/**
 * The Singularity Data Lake's long-running query API ({@code /sdl/v2/api/queries}): launch, poll and
 * delete, with answers read by Jackson's streaming parser straight from the received buffers.
 */
package io.purplemcp.adapters.sentinelone.datalake;
