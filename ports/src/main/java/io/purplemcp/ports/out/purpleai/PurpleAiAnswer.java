package io.purplemcp.ports.out.purpleai;

import io.purplemcp.ports.out.upstream.UpstreamText;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What Purple AI made of a question. */
public sealed interface PurpleAiAnswer {

    /** A prose answer; may be empty when Purple AI sent no text. */
    record Message(String text) implements PurpleAiAnswer {
        public Message {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The question turned into a PowerQuery, with the time range Purple AI suggests for it (when it
     * gave one) and its explanation of the query (possibly empty).
     */
    record PowerQuery(String query, Optional<TimeRange> timeRange, String explanation) implements PurpleAiAnswer {
        public PowerQuery {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(timeRange, "timeRange");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** Purple AI could not make sense of the question (its "unknown" error): rephrasing may help. */
    record Unanswerable() implements PurpleAiAnswer {}

    /** Purple AI refused or failed for a stated reason, e.g. a question that is too long; sanitised. */
    record Refused(String reason) implements PurpleAiAnswer {
        public Refused {
            reason = UpstreamText.sanitise(Objects.requireNonNull(reason, "reason"));
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("a refusal states its reason");
            }
        }
    }

    /** A time window with {@code start} not after {@code end}. */
    record TimeRange(Instant start, Instant end) {
        public TimeRange {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (start.isAfter(end)) {
                throw new IllegalArgumentException("a time range starts before it ends");
            }
        }
    }
}
