package io.purplemcp.sandbox.faults;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The faults a marker can ask for. See {@link Markers} for the syntax. */
public enum FaultKind {
    /** {@code sandbox:fault=<400..599>}: that status with the family's error body, nothing processed. */
    STATUS(true, Phase.LAUNCH, EnumSet.allOf(Phase.class)),
    /** {@code sandbox:fault=malformed-json}: 200 whose JSON body is cut in half; the request was processed. */
    MALFORMED_JSON(true, Phase.LAUNCH, EnumSet.allOf(Phase.class)),
    /** {@code sandbox:fault=slow}: the normal reply, after the configured slow delay; processed. */
    SLOW(true, Phase.LAUNCH, EnumSet.allOf(Phase.class)),
    /** {@code sandbox:fault=reset}: the connection is closed without a response; processed. */
    RESET(true, Phase.LAUNCH, EnumSet.allOf(Phase.class)),
    /** {@code sandbox:fault=redirect}: 307 to {@code /sandbox/redirect-target<path>}, nothing processed. */
    REDIRECT(true, Phase.LAUNCH, EnumSet.allOf(Phase.class)),
    /** {@code sandbox:fault=query-error}: SDL: an {@code error} object in a 200; Purple AI: {@code status.error} UNKNOWN. */
    QUERY_ERROR(false, Phase.POLL, EnumSet.of(Phase.LAUNCH, Phase.POLL)),
    /**
     * {@code sandbox:fault=graphql-error}: Purple AI and findings: a GraphQL {@code errors} array with
     * {@code data: null}.
     */
    GRAPHQL_ERROR(false, Phase.LAUNCH, EnumSet.of(Phase.LAUNCH, Phase.GET, Phase.LIST, Phase.NOTES, Phase.HISTORY)),
    /** {@code sandbox:fault=partial-data}: findings: the normal {@code data} plus an {@code errors} entry. */
    PARTIAL_DATA(false, Phase.GET, EnumSet.of(Phase.GET, Phase.LIST, Phase.NOTES, Phase.HISTORY)),
    /** {@code sandbox:fault=empty-errors}: findings: the normal {@code data} plus {@code "errors": []}. */
    EMPTY_ERRORS(false, Phase.GET, EnumSet.of(Phase.GET, Phase.LIST, Phase.NOTES, Phase.HISTORY)),
    /**
     * {@code sandbox:fault=null-data}: findings: every root field {@code null}; inventory:
     * {@code {"data": null, "pagination": null}}.
     */
    NULL_DATA(false, Phase.GET, EnumSet.of(Phase.GET, Phase.LIST, Phase.SEARCH, Phase.NOTES, Phase.HISTORY)),
    /** {@code sandbox:fault=never-finishes}: SDL only: the query stays one step short of complete. */
    NEVER_FINISHES(false, Phase.POLL, EnumSet.of(Phase.POLL)),
    /** {@code sandbox:fault=no-forward-tag}: SDL launch answered without {@code X-Dataset-Query-Forward-Tag}. */
    NO_FORWARD_TAG(false, Phase.LAUNCH, EnumSet.of(Phase.LAUNCH)),
    /** {@code sandbox:fault=null-id}: SDL launch answered with {@code "id": null}. */
    NULL_ID(false, Phase.LAUNCH, EnumSet.of(Phase.LAUNCH));

    private final boolean transport;
    private final Phase defaultPhase;
    private final Set<Phase> phases;

    FaultKind(boolean transport, Phase defaultPhase, Set<Phase> phases) {
        this.transport = transport;
        this.defaultPhase = defaultPhase;
        this.phases = phases;
    }

    /** The transport faults, which every family takes, and the content faults a family's answers can carry. */
    public static Set<FaultKind> transportAnd(FaultKind... content) {
        var kinds = EnumSet.noneOf(FaultKind.class);
        kinds.addAll(List.of(content));
        for (var kind : values()) {
            if (kind.transport) {
                kinds.add(kind);
            }
        }
        return Collections.unmodifiableSet(kinds);
    }

    /**
     * Whether the fault is about the HTTP exchange (and so applies the same way to every family and
     * phase) rather than about the content of an answer.
     */
    public boolean transport() {
        return transport;
    }

    /** Whether the request is refused before anything is processed (no query launched, polled or deleted). */
    public boolean rejectsBeforeProcessing() {
        return this == STATUS || this == REDIRECT;
    }

    Phase defaultPhase() {
        return defaultPhase;
    }

    boolean allows(Phase phase) {
        return phases.contains(phase);
    }
}
