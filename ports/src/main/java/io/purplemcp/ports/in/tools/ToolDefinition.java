package io.purplemcp.ports.in.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Everything a client is told about a tool before calling it. */
public record ToolDefinition(
        String name,
        String title,
        String description,
        List<ParameterSpec> parameters,
        ResultShape resultShape,
        ToolHints hints) {

    // The narrowest tool-name rule any MCP revision or client checks, so every client accepts ours.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public ToolDefinition {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(resultShape, "resultShape");
        Objects.requireNonNull(hints, "hints");
        parameters = List.copyOf(parameters);
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool names are 1-64 characters of A-Z a-z 0-9 _ . -: " + name);
        }
        var seen = new HashSet<String>();
        for (var parameter : parameters) {
            if (!seen.add(parameter.name())) {
                throw new IllegalArgumentException("tool " + name + " names parameter " + parameter.name() + " twice");
            }
        }
    }
}
