package io.purplemcp.sandbox.sdl;

import io.purplemcp.sandbox.faults.Markers;

/** A launched, not yet deleted query: what its poll and delete requests need, and how far it has come. */
record RunningQuery(
        String id,
        String forwardTag,
        String query,
        QueryPlan plan,
        Markers markers,
        long seed,
        long startMillis,
        long endMillis,
        Steps steps) {

    /** The state a response reports. */
    record Progress(int stepsCompleted, boolean failed) {}

    /** The one mutable part: the steps done of {@code total}, of which only {@code reachable} can ever be done. */
    static final class Steps {
        private final int total;
        private final int reachable;
        private int completed;
        private boolean failed;

        Steps(int total, int reachable) {
            this.total = total;
            this.reachable = reachable;
        }

        synchronized Progress progress() {
            return new Progress(completed, failed);
        }

        /** One poll's worth of work: one more step, unless complete or held back by never-finishes. */
        synchronized Progress advance() {
            if (completed < reachable) {
                completed++;
            }
            return progress();
        }

        /** The query failed (an {@code error} object): it is complete, without data. */
        synchronized Progress fail() {
            failed = true;
            completed = total;
            return progress();
        }

        /** Jumps to the end (a query complete in its launch response). */
        synchronized Progress complete() {
            completed = Math.max(completed, reachable);
            return progress();
        }
    }

    Progress progress() {
        return steps.progress();
    }

    Progress advance() {
        return steps.advance();
    }

    Progress fail() {
        return steps.fail();
    }

    Progress complete() {
        return steps.complete();
    }

    int totalSteps() {
        return steps.total;
    }
}
