package io.purplemcp.sandbox.faults;

import io.purplemcp.sandbox.http.ErrorStyle;
import io.purplemcp.sandbox.http.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies the transport faults ({@link FaultKind#transport()}) to replies, and counts the requests a
 * limited fault ({@code *n}) has hit. Content faults are applied by the families themselves.
 */
public final class FaultInjector {

    /** Where {@code sandbox:fault=redirect} points: this prefix plus the original path. */
    public static final String REDIRECT_PREFIX = "/sandbox/redirect-target";

    private record Armed(String pathPrefix, Markers markers) {}

    private final Duration slowDelay;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Armed> armed = new CopyOnWriteArrayList<>();

    /** @param slowDelay how long {@code sandbox:fault=slow} holds a reply */
    public FaultInjector(Duration slowDelay) {
        this.slowDelay = slowDelay;
    }

    /**
     * The transport fault that hits this request, if any: the first one aimed at the phase whose
     * budget is not used up.
     *
     * @param series names the series of requests a limited fault counts, e.g. the poll requests of
     *     one query, or the launches of one query text
     */
    public Optional<Fault> select(Markers markers, Phase phase, String series) {
        for (var fault : markers.faults()) {
            if (!fault.kind().transport() || fault.phase() != phase) {
                continue;
            }
            if (counts(fault, series)) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    /**
     * For the families whose calls are single requests (findings, inventory): the fault, transport or
     * content, that hits this request, if any. A fault hits when its marker names this phase, or names
     * none, and its budget is not used up.
     *
     * @param series names the series of requests a limited fault counts, e.g. the requests that carry
     *     the same id
     */
    public Optional<Fault> selectForRequest(Markers markers, Phase phase, String series) {
        for (var fault : markers.faults()) {
            if (fault.phaseGiven() ? fault.phase() != phase : !fault.kind().allows(phase)) {
                continue;
            }
            if (counts(fault, series)) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    /**
     * Arms markers for every request whose path starts with the prefix, as if the request carried
     * them (for requests that have no string argument to carry one, e.g. an inventory listing). A
     * limited fault ({@code *n}) counts the requests of all such paths together.
     */
    public void arm(String pathPrefix, Markers markers) {
        armed.add(new Armed(pathPrefix, markers));
    }

    /** Forgets every armed marker. */
    public void disarm() {
        armed.clear();
    }

    /** The armed markers that apply to a path, merged, so that a family can check they apply to it. */
    public Markers armedFor(String path) {
        var faults = new ArrayList<Fault>();
        for (var entry : armed) {
            if (path.startsWith(entry.pathPrefix())) {
                faults.addAll(entry.markers().faults());
            }
        }
        return new Markers(faults, Set.of());
    }

    /** The armed fault that hits this request, if any; see {@link #selectForRequest}. */
    public Optional<Fault> selectArmed(String path, Phase phase) {
        for (var entry : armed) {
            if (path.startsWith(entry.pathPrefix())) {
                var fault = selectForRequest(entry.markers(), phase, "armed\u0000" + entry.pathPrefix());
                if (fault.isPresent()) {
                    return fault;
                }
            }
        }
        return Optional.empty();
    }

    private boolean counts(Fault fault, String series) {
        if (fault.times() == 0) {
            return true;
        }
        var count = hits.computeIfAbsent(series + '\u0000' + fault.marker(), key -> new AtomicInteger())
                .incrementAndGet();
        return count <= fault.times();
    }

    /** The reply of a fault that refuses the request before it is processed (status or redirect). */
    public Reply reject(Fault fault, ErrorStyle style, String path) {
        if (fault.kind() == FaultKind.REDIRECT) {
            return new Reply.Injected(
                    fault.marker(),
                    Reply.json(
                            307,
                            Map.of("Location", REDIRECT_PREFIX + path),
                            "{\"redirect\":true}".getBytes(StandardCharsets.UTF_8)));
        }
        return new Reply.Injected(
                fault.marker(),
                style.reply(
                        fault.status(), ErrorStyle.reason(fault.status()) + " (injected by " + fault.marker() + ")"));
    }

    /** The normal reply of a processed request, disturbed by the fault (malformed, slow or reset). */
    public Reply disturb(Fault fault, Reply normal) {
        return switch (fault.kind()) {
            case MALFORMED_JSON -> new Reply.Injected(fault.marker(), malformed(normal));
            case SLOW -> new Reply.Injected(fault.marker(), new Reply.Delayed(slowDelay, normal));
            case RESET -> new Reply.Injected(fault.marker(), new Reply.Reset());
            default -> normal;
        };
    }

    /**
     * Handles a request with an optional transport fault: refused faults skip the processing, the
     * others disturb the processed reply.
     */
    public Reply apply(
            Optional<Fault> fault, ErrorStyle style, String path, java.util.function.Supplier<Reply> process) {
        if (fault.isPresent() && fault.get().kind().rejectsBeforeProcessing()) {
            return reject(fault.get(), style, path);
        }
        var normal = process.get();
        return fault.map(f -> disturb(f, normal)).orElse(normal);
    }

    private static Reply malformed(Reply normal) {
        var headers = new HashMap<String, String>();
        var body = "{\"truncated\":".getBytes(StandardCharsets.UTF_8);
        if (normal instanceof Reply.Send send) {
            headers.putAll(send.headers());
            if (send.body().length >= 2) {
                body = Arrays.copyOf(send.body(), send.body().length / 2);
            }
        }
        headers.put("Content-Type", "application/json");
        return new Reply.Send(200, headers, body);
    }
}
