package io.purplemcp.sandbox.faults;

import io.purplemcp.sandbox.http.ErrorStyle;
import io.purplemcp.sandbox.http.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies the transport faults ({@link FaultKind#transport()}) to replies, and counts the requests a
 * limited fault ({@code *n}) has hit. Content faults are applied by the families themselves.
 */
public final class FaultInjector {

    /** Where {@code sandbox:fault=redirect} points: this prefix plus the original path. */
    public static final String REDIRECT_PREFIX = "/sandbox/redirect-target";

    private final Duration slowDelay;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

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
            if (fault.times() == 0) {
                return Optional.of(fault);
            }
            var count = hits.computeIfAbsent(series + '\u0000' + fault.marker(), key -> new AtomicInteger())
                    .incrementAndGet();
            if (count <= fault.times()) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
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
