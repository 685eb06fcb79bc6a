package io.purplemcp.sandbox.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fault markers of one request to a JSON API (the findings GraphQL endpoints, the inventory): those
 * in its strings and those armed for its path, both held to what the API can inject, so that a misspelt
 * or inapplicable marker is refused before anything is served.
 */
public final class MarkedRequest {

    private final FaultInjector faults;
    private final String path;
    private final List<String> strings;
    private final Markers markers;
    private final Markers armed;

    private MarkedRequest(FaultInjector faults, String path, List<String> strings, Markers markers, Markers armed) {
        this.faults = faults;
        this.path = path;
        this.strings = strings;
        this.markers = markers;
        this.armed = armed;
    }

    /**
     * @param strings every string the request carries (see {@link #strings(JsonNode)})
     * @param api names the API in messages, e.g. {@code alerts} or {@code the inventory}
     * @throws MarkerException for a marker the API cannot apply
     */
    public static MarkedRequest of(
            FaultInjector faults,
            String path,
            List<String> strings,
            String api,
            Set<FaultKind> kinds,
            Set<Phase> phases)
            throws MarkerException {
        var markers = Markers.parse(String.join(" ", strings), Set.of()).requireApplicable(api, kinds, phases);
        var armed = faults.armedFor(path).requireApplicable(api, kinds, phases);
        return new MarkedRequest(faults, path, List.copyOf(strings), markers, armed);
    }

    /**
     * The fault this request meets in a phase: a marker of its own first, else an armed one. A counted
     * marker ({@code *n}) counts the requests that carry the same markers to the same path and phase.
     */
    public Optional<Fault> fault(Phase phase) {
        var series = path
                + '\u0000'
                + phase
                + '\u0000'
                + String.join(
                        "\u0000",
                        strings.stream()
                                .filter(s -> s.contains("sandbox:"))
                                .sorted()
                                .toList());
        return faults.selectForRequest(markers, phase, series)
                .or(() -> armed.faults().isEmpty() ? Optional.empty() : faults.selectArmed(path, phase));
    }

    /** Every string in a JSON value (none for null), depth first. */
    public static List<String> strings(JsonNode node) {
        var strings = new ArrayList<String>();
        collect(node, strings);
        return strings;
    }

    /** The value with every marker removed from the strings that carry one. */
    public static JsonNode stripped(JsonNode node) {
        if (node == null || node.isNull()) {
            return node;
        }
        var nodes = JsonNodeFactory.instance;
        if (node.isTextual()) {
            var text = node.textValue();
            return text.contains("sandbox:")
                    ? nodes.textNode(Markers.strip(text).strip())
                    : node;
        }
        if (node.isArray()) {
            var array = nodes.arrayNode();
            node.forEach(element -> array.add(stripped(element)));
            return array;
        }
        if (node.isObject()) {
            var object = nodes.objectNode();
            node.properties().forEach(entry -> object.set(entry.getKey(), stripped(entry.getValue())));
            return object;
        }
        return node;
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            strings.add(node.textValue());
        } else if (node.isContainerNode()) {
            node.forEach(element -> collect(element, strings));
        }
    }
}
