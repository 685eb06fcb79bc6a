package io.purplemcp.ports.out.findings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One condition of a search: the console's filter field {@code fieldId} (a flattened name such as
 * {@code severity} or {@code assetName}), what it is compared with, and whether the condition is
 * negated. The values always travel as request variables.
 */
public record Filter(String fieldId, boolean negated, FilterOperator operator, FilterOperand operand) {

    public Filter {
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(operand, "operand");
        if (fieldId.isBlank()) {
            throw new IllegalArgumentException("a filter names its field");
        }
        Class<? extends FilterOperand> expected = switch (operator.shape()) {
            case ONE -> FilterOperand.One.class;
            case MANY -> FilterOperand.Many.class;
            case RANGE -> FilterOperand.Range.class;
        };
        if (!expected.isInstance(operand)) {
            throw new IllegalArgumentException(operator + " takes a " + expected.getSimpleName() + " operand");
        }
        if (operand instanceof FilterOperand.One one) {
            requireFits(operator, List.of(one.value()));
        } else if (operand instanceof FilterOperand.Many many) {
            requireFits(operator, many.values());
        } else if (operator.valueType() == FilterOperator.ValueType.INT) {
            var range = (FilterOperand.Range) operand;
            requireInt(range.start().orElse(0));
            requireInt(range.end().orElse(0));
        }
    }

    private static void requireFits(FilterOperator operator, List<JsonNode> values) {
        boolean single = operator.shape() == FilterOperator.Shape.ONE;
        for (var value : values) {
            boolean fits = switch (operator.valueType()) {
                case STRING -> value.isTextual() || (single && value.isNull());
                case BOOLEAN -> value.isBoolean() || value.isNull();
                case LONG -> value.isIntegralNumber() && value.canConvertToLong();
                case INT -> value.isIntegralNumber() && value.canConvertToInt();
            };
            if (!fits) {
                throw new IllegalArgumentException(operator + " cannot compare with " + value);
            }
        }
    }

    private static void requireInt(long value) {
        if (value != (int) value) {
            throw new IllegalArgumentException("an int range bound is a 32-bit integer");
        }
    }
}
