package io.purplemcp.sandbox.sdl;

import io.purplemcp.sandbox.faults.Markers;

/** A launched, not yet deleted query: what its poll and delete requests need. */
final class RunningQuery {

    private final String id;
    private final String forwardTag;
    private final String query;
    private final QueryPlan plan;
    private final Markers markers;
    private final long seed;
    private final long startMillis;
    private final long endMillis;
    private final int totalSteps;
    private final int reachableSteps;
    private int stepsCompleted;
    private boolean failed;

    RunningQuery(
            String id,
            String forwardTag,
            String query,
            QueryPlan plan,
            Markers markers,
            long seed,
            long startMillis,
            long endMillis,
            int totalSteps,
            int reachableSteps) {
        this.id = id;
        this.forwardTag = forwardTag;
        this.query = query;
        this.plan = plan;
        this.markers = markers;
        this.seed = seed;
        this.startMillis = startMillis;
        this.endMillis = endMillis;
        this.totalSteps = totalSteps;
        this.reachableSteps = reachableSteps;
    }

    /** The state a response reports. */
    record Progress(int stepsCompleted, boolean failed) {}

    synchronized Progress progress() {
        return new Progress(stepsCompleted, failed);
    }

    /** One poll's worth of work: one more step, unless complete or held back by never-finishes. */
    synchronized Progress advance() {
        if (stepsCompleted < reachableSteps) {
            stepsCompleted++;
        }
        return progress();
    }

    /** The query failed (an {@code error} object): it is complete, without data. */
    synchronized Progress fail() {
        failed = true;
        stepsCompleted = totalSteps;
        return progress();
    }

    /** Jumps to the end (a query complete in its launch response). */
    synchronized Progress complete() {
        stepsCompleted = Math.max(stepsCompleted, reachableSteps);
        return progress();
    }

    String id() {
        return id;
    }

    String forwardTag() {
        return forwardTag;
    }

    String query() {
        return query;
    }

    QueryPlan plan() {
        return plan;
    }

    Markers markers() {
        return markers;
    }

    long seed() {
        return seed;
    }

    long startMillis() {
        return startMillis;
    }

    long endMillis() {
        return endMillis;
    }

    int totalSteps() {
        return totalSteps;
    }
}
