package io.purplemcp.ports.tools;

import java.util.List;

/**
 * The structure a successful call returns, so clients can be told in advance (an output schema).
 *
 * <p>A text tool answers with one string, exposed to structured clients as {@code {"result": ...}};
 * an object tool answers with an object whose listed keys all hold strings.
 */
public record ResultShape(List<String> stringProperties, boolean wrapsText) {

    public static final String TEXT_PROPERTY = "result";

    public ResultShape {
        stringProperties = List.copyOf(stringProperties);
        if (stringProperties.isEmpty()) {
            throw new IllegalArgumentException("a result shape names at least one property");
        }
    }

    public static ResultShape text() {
        return new ResultShape(List.of(TEXT_PROPERTY), true);
    }

    public static ResultShape objectOfStrings(List<String> properties) {
        return new ResultShape(properties, false);
    }
}
