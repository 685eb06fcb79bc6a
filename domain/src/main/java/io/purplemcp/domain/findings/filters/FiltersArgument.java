package io.purplemcp.domain.findings.filters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.domain.tools.JsonArgument;
import io.purplemcp.ports.out.findings.Filter;
import io.purplemcp.ports.out.findings.FilterOperand;
import io.purplemcp.ports.out.findings.FilterOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code filters} argument of the search tools: a JSON array of filter objects, sent as a string.
 * Limits come first (the text's size, the number of filters, values per filter, each text's length),
 * then each filter is read: {@code fieldId}, {@code filterType}, optional {@code isNegated}, and the
 * keys its type needs. Unknown keys are ignored.
 */
public final class FiltersArgument {

    public static final String NAME = "filters";
    public static final int MAX_TEXT_LENGTH = 65_536;
    public static final int MAX_FILTERS = 50;
    public static final int MAX_VALUES = 100;
    public static final int MAX_STRING_LENGTH = 1024;

    static final String INVALID = "Invalid filter format: ";
    private static final String EXAMPLE =
            "{\"fieldId\": \"severity\", \"filterType\": \"string_in\"," + " \"values\": [\"CRITICAL\", \"HIGH\"]}";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FiltersArgument() {}

    /**
     * The filters in {@code raw}; none when it is absent or {@code []}.
     *
     * @throws InvalidArgument saying what to change
     */
    public static List<Filter> parse(Optional<String> raw, FilterDialect dialect) {
        if (raw.isEmpty()) {
            return List.of();
        }
        var elements = elements(raw.get());
        for (int i = 0; i < elements.size(); i++) {
            checkLimits(i, elements.get(i));
        }
        var filters = new ArrayList<Filter>();
        for (int i = 0; i < elements.size(); i++) {
            try {
                filters.add(filter((ObjectNode) elements.get(i), dialect));
            } catch (LenientValues.Rejected e) {
                throw new InvalidArgument(INVALID + "filter " + i + ": " + e.getMessage());
            }
        }
        return List.copyOf(filters);
    }

    private static List<JsonNode> elements(String text) {
        var parsed = JsonArgument.parse(
                "filters",
                text,
                MAX_TEXT_LENGTH,
                "Use fewer or shorter filters.",
                "Send a JSON array of filter objects as a string, e.g. '[" + EXAMPLE + "]'.");
        if (!parsed.isArray()) {
            throw new InvalidArgument("filters must be an array (a list of filter objects), e.g. '[" + EXAMPLE + "]'.");
        }
        if (parsed.size() > MAX_FILTERS) {
            throw new InvalidArgument("Too many filters: " + parsed.size() + ", at most " + MAX_FILTERS + ".");
        }
        var elements = new ArrayList<JsonNode>();
        parsed.forEach(elements::add);
        return elements;
    }

    private static void checkLimits(int index, JsonNode element) {
        if (!element.isObject()) {
            throw new InvalidArgument(
                    INVALID + "filter " + index + " must be an object such as " + EXAMPLE + ", got " + element + ".");
        }
        var values = element.get("values");
        if (values != null && values.size() > MAX_VALUES) {
            throw new InvalidArgument("Filter " + index + " has too many values: " + values.size() + ", at most "
                    + MAX_VALUES + ". Split it into several searches.");
        }
        checkStrings(index, element);
    }

    private static void checkStrings(int index, JsonNode node) {
        if (node.isTextual() && node.textValue().length() > MAX_STRING_LENGTH) {
            throw new InvalidArgument(INVALID + "filter " + index + " holds a text of "
                    + node.textValue().length() + " characters; at most " + MAX_STRING_LENGTH + " are allowed.");
        }
        node.forEach(child -> checkStrings(index, child));
    }

    private static Filter filter(ObjectNode element, FilterDialect dialect) throws LenientValues.Rejected {
        var fieldId = element.get("fieldId");
        var filterType = element.get("filterType");
        if (fieldId == null || filterType == null) {
            throw new LenientValues.Rejected("each filter must have 'fieldId' and 'filterType', e.g. " + EXAMPLE + ".");
        }
        if (!fieldId.isTextual() || fieldId.textValue().isBlank()) {
            throw new LenientValues.Rejected(
                    "'fieldId' must be a non-empty string such as \"severity\", got " + fieldId + ".");
        }
        if (!filterType.isTextual()) {
            throw new LenientValues.Rejected(
                    "'filterType' must be a string such as \"string_equals\", got " + filterType + ".");
        }
        var operator = dialect.operator(filterType.textValue())
                .orElseThrow(() -> new LenientValues.Rejected("unsupported filter type '" + filterType.textValue()
                        + "' for the " + dialect.apiName() + " API. Supported: "
                        + String.join(", ", dialect.typeNames()) + "."));
        var negated = element.get("isNegated");
        boolean isNegated = negated != null
                && LenientValues.bool("'isNegated'", negated, false).orElseThrow();
        return new Filter(fieldId.textValue(), isNegated, operator, operand(element, operator));
    }

    private static FilterOperand operand(ObjectNode element, FilterOperator operator) throws LenientValues.Rejected {
        var type = FilterDialect.typeName(operator);
        switch (operator.shape()) {
            case ONE -> {
                var value = required(element, "value", type);
                return new FilterOperand.One(scalar("'value'", value, operator, true));
            }
            case MANY -> {
                var values = required(element, "values", type);
                if (!values.isArray()) {
                    throw new LenientValues.Rejected(
                            type + " needs 'values' as a list, e.g. [\"a\", \"b\"], got " + values + ".");
                }
                var read = new ArrayList<JsonNode>();
                for (int i = 0; i < values.size(); i++) {
                    read.add(scalar("'values'[" + i + "]", values.get(i), operator, false));
                }
                return new FilterOperand.Many(read);
            }
            default -> {
                return range(element, operator, type);
            }
        }
    }

    private static FilterOperand range(ObjectNode element, FilterOperator operator, String type)
            throws LenientValues.Rejected {
        var start = bound(element, "start", operator);
        var end = bound(element, "end", operator);
        if (start.isEmpty() && end.isEmpty()) {
            throw new LenientValues.Rejected(type + " requires at least 'start' or 'end'.");
        }
        return new FilterOperand.Range(
                start, inclusive(element, "startInclusive"), end, inclusive(element, "endInclusive"));
    }

    private static OptionalLong bound(ObjectNode element, String key, FilterOperator operator)
            throws LenientValues.Rejected {
        var value = element.get(key);
        if (operator == FilterOperator.DATETIME_RANGE) {
            return value == null ? OptionalLong.empty() : OptionalLong.of(LenientValues.millis("'" + key + "'", value));
        }
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(integer("'" + key + "'", value, operator));
    }

    private static boolean inclusive(ObjectNode element, String key) throws LenientValues.Rejected {
        var value = element.get(key);
        return value == null
                || LenientValues.bool("'" + key + "'", value, false).orElseThrow();
    }

    private static JsonNode required(ObjectNode element, String key, String type) throws LenientValues.Rejected {
        var value = element.get(key);
        if (value == null) {
            throw new LenientValues.Rejected(type + " requires the '" + key + "' key.");
        }
        return value;
    }

    private static JsonNode scalar(String what, JsonNode value, FilterOperator operator, boolean single)
            throws LenientValues.Rejected {
        switch (operator.valueType()) {
            case STRING -> {
                if (value.isTextual() || (single && value.isNull())) {
                    return value;
                }
                throw new LenientValues.Rejected(what + " must be a string, got " + value + ".");
            }
            case BOOLEAN -> {
                return LenientValues.bool(what, value, true)
                        .<JsonNode>map(NODES::booleanNode)
                        .orElse(NODES.nullNode());
            }
            default -> {
                return NODES.numberNode(integer(what, value, operator));
            }
        }
    }

    private static long integer(String what, JsonNode value, FilterOperator operator) throws LenientValues.Rejected {
        return operator.valueType() == FilterOperator.ValueType.INT
                ? LenientValues.integer(what, value, Integer.MIN_VALUE, Integer.MAX_VALUE)
                : LenientValues.integer(what, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }
}
