package io.purplemcp.domain.time;

import io.purplemcp.domain.tools.ToolFailure;
import java.util.List;

/** Which way a timestamp range reaches from its reference time. */
enum Direction {
    PAST("past"),
    FUTURE("future");

    static final List<String> NAMES = List.of(PAST.wireName, FUTURE.wireName);

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    static Direction of(String wireName) {
        for (var direction : values()) {
            if (direction.wireName.equals(wireName)) {
                return direction;
            }
        }
        throw new ToolFailure("Invalid direction '" + wireName + "'. Must be 'past' or 'future'.");
    }
}
