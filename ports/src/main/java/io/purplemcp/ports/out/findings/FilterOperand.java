package io.purplemcp.ports.out.findings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** The values a filter compares with; which kind fits is given by {@link FilterOperator#shape()}. */
public sealed interface FilterOperand {

    /** One JSON value ({@code null} is a JSON null where the operator allows it). */
    record One(JsonNode value) implements FilterOperand {
        public One {
            Objects.requireNonNull(value, "value");
            if (!value.isValueNode() && !value.isNull()) {
                throw new IllegalArgumentException("a filter value is a scalar");
            }
        }
    }

    /** Several JSON values, possibly none. */
    record Many(List<JsonNode> values) implements FilterOperand {
        public Many {
            values = List.copyOf(values);
            for (var value : values) {
                new One(value);
            }
        }
    }

    /** A range with at least one bound; a missing bound leaves that side open. */
    record Range(OptionalLong start, boolean startInclusive, OptionalLong end, boolean endInclusive)
            implements FilterOperand {
        public Range {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (start.isEmpty() && end.isEmpty()) {
                throw new IllegalArgumentException("a range has at least one bound");
            }
        }
    }
}
