/**
 * The Singularity Data Lake's long-running query API: launch a PowerQuery, poll it until it is
 * complete, delete it. The lifecycle policy (cadence, deadline, clean-up) belongs to the core.
 */
package io.purplemcp.ports.out.datalake;
