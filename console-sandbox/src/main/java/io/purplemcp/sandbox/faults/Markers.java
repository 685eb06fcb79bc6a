package io.purplemcp.sandbox.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code sandbox:} markers found in a PowerQuery or a Purple AI question.
 *
 * <p>Syntax: {@code sandbox:fault=<mode>[@<phase>][*<times>]}, where mode is an HTTP status between 400
 * and 599 or one of {@code malformed-json}, {@code slow}, {@code reset}, {@code redirect},
 * {@code query-error}, {@code graphql-error}, {@code partial-data}, {@code empty-errors}, {@code null-data},
 * {@code never-finishes}, {@code no-forward-tag}, {@code null-id}; phase is one of {@link Phase} in lower
 * case ({@code launch}, {@code poll}, {@code delete}, {@code get}, {@code list}, {@code search},
 * {@code notes}, {@code history}); times limits the fault to the first n matching requests (retries then
 * succeed). Other markers are plain flags
 * ({@code sandbox:paged}, {@code sandbox:partial}) that a family may accept. A marker may appear
 * anywhere in the text; several may appear. Anything else spelt {@code sandbox:…} is an error.
 *
 * @param faults the fault markers, in order of appearance
 * @param flags the flag markers, without the {@code sandbox:} prefix
 */
public record Markers(List<Fault> faults, Set<String> flags) {

    private static final Pattern MARKER = Pattern.compile("sandbox:([A-Za-z0-9=@*_-]*)");
    private static final Pattern FAULT =
            Pattern.compile("fault=([a-z0-9-]+)(?:@([a-z]+))?(?:\\*([0-9]{1,6}))?", Pattern.CASE_INSENSITIVE);

    private static final String PHASE_NAMES =
            Arrays.stream(Phase.values()).map(Phase::markerName).collect(Collectors.joining(", "));

    public Markers {
        faults = List.copyOf(faults);
        flags = Set.copyOf(flags);
    }

    /** No markers. */
    public static Markers none() {
        return new Markers(List.of(), Set.of());
    }

    /**
     * Parses the markers of a text.
     *
     * @param allowedFlags the flag markers the caller understands
     * @throws MarkerException for an unknown marker, mode or phase, or a mode used in a phase it cannot hit
     */
    public static Markers parse(String text, Set<String> allowedFlags) {
        var faults = new ArrayList<Fault>();
        var flags = new LinkedHashSet<String>();
        var matcher = MARKER.matcher(text);
        while (matcher.find()) {
            var body = matcher.group(1);
            if (allowedFlags.contains(body)) {
                flags.add(body);
                continue;
            }
            var fault = FAULT.matcher(body);
            if (!fault.matches()) {
                throw new MarkerException("unknown sandbox marker '" + matcher.group()
                        + "'; expected sandbox:fault=<mode>[@<phase>][*<times>]"
                        + (allowedFlags.isEmpty()
                                ? ""
                                : " or one of sandbox:" + String.join(", sandbox:", allowedFlags)));
            }
            faults.add(fault(matcher.group(), fault.group(1), fault.group(2), fault.group(3)));
        }
        return new Markers(faults, flags);
    }

    /**
     * Checks that every fault applies to a family.
     *
     * @param kinds the fault kinds the family knows
     * @param phases the phases the family has
     * @throws MarkerException naming the first fault that does not apply
     */
    public Markers requireApplicable(String family, Set<FaultKind> kinds, Set<Phase> phases) {
        for (var fault : faults) {
            if (!kinds.contains(fault.kind())) {
                throw new MarkerException(fault.marker() + " does not apply to " + family);
            }
            if (fault.marker().contains("@") && !phases.contains(fault.phase())) {
                throw new MarkerException(fault.marker() + ": " + family + " has no "
                        + fault.phase().markerName() + " request");
            }
        }
        return this;
    }

    /** The text with every marker removed, so that markers do not change what a query means. */
    public static String strip(String text) {
        return MARKER.matcher(text).replaceAll("");
    }

    /** The first fault of a kind, whatever its phase. */
    public Optional<Fault> first(FaultKind kind) {
        return faults.stream().filter(fault -> fault.kind() == kind).findFirst();
    }

    /** The first fault of a kind aimed at a phase. */
    public Optional<Fault> first(FaultKind kind, Phase phase) {
        return faults.stream()
                .filter(fault -> fault.kind() == kind && fault.phase() == phase)
                .findFirst();
    }

    /** Whether a flag marker is present. */
    public boolean has(String flag) {
        return flags.contains(flag);
    }

    private static Fault fault(String marker, String mode, String phaseName, String timesText) {
        var lower = mode.toLowerCase(Locale.ROOT);
        int status = 0;
        FaultKind kind;
        if (lower.matches("[0-9]{3}")) {
            status = Integer.parseInt(lower);
            if (status < 400 || status > 599) {
                throw new MarkerException("sandbox fault status must be between 400 and 599: " + marker);
            }
            kind = FaultKind.STATUS;
        } else {
            kind = kindNamed(lower)
                    .orElseThrow(() -> new MarkerException("unknown sandbox fault mode '" + mode
                            + "' in " + marker
                            + "; known: 400..599, malformed-json, slow, reset, redirect, query-error,"
                            + " graphql-error, partial-data, empty-errors, null-data, never-finishes,"
                            + " no-forward-tag, null-id"));
        }
        Phase phase = kind.defaultPhase();
        if (phaseName != null) {
            phase = phaseNamed(phaseName.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new MarkerException(
                            "unknown sandbox fault phase in " + marker + "; known: " + PHASE_NAMES));
            if (!kind.allows(phase)) {
                throw new MarkerException(
                        "sandbox fault " + lower + " cannot hit the " + phaseName + " request: " + marker);
            }
        }
        var times = timesText == null ? 0 : Integer.parseInt(timesText);
        if (timesText != null && times == 0) {
            throw new MarkerException("a sandbox fault count must be at least 1: " + marker);
        }
        return new Fault(kind, status, phase, times, marker);
    }

    private static Optional<FaultKind> kindNamed(String mode) {
        for (var kind : FaultKind.values()) {
            if (kind != FaultKind.STATUS
                    && kind.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(mode)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<Phase> phaseNamed(String name) {
        for (var phase : Phase.values()) {
            if (phase.markerName().equals(name)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
