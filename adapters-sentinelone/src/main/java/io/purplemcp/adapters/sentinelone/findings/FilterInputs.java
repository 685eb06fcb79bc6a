package io.purplemcp.adapters.sentinelone.findings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.findings.Filter;
import io.purplemcp.ports.out.findings.FilterOperand;
import io.purplemcp.ports.out.findings.FilterOperator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Filters as the console's {@code FilterInput} variables. One operator key per filter; the alerts API gets
 * every key of its input with the unused ones {@code null} (and range bounds as explicit nulls), the XSPM
 * APIs only the keys that carry something.
 */
final class FilterInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The operator keys of {@code FilterInput}, in the order the explicit form writes them. */
    private static final Map<FilterOperator, String> KEYS = keys();

    private FilterInputs() {}

    static ArrayNode of(FindingsApi api, List<Filter> filters) {
        var inputs = NODES.arrayNode();
        filters.forEach(filter -> inputs.add(of(api, filter)));
        return inputs;
    }

    static ObjectNode of(FindingsApi api, Filter filter) {
        if (filter.operator() == FilterOperator.FULLTEXT_IN && !api.matchIn()) {
            throw new IllegalArgumentException("the " + api.name() + " API has no fulltext_in");
        }
        var input = NODES.objectNode().put("fieldId", filter.fieldId()).put("isNegated", filter.negated());
        if (api.explicitNulls()) {
            KEYS.forEach((operator, key) -> {
                if (operator != FilterOperator.FULLTEXT_IN || api.matchIn()) {
                    input.putNull(key);
                }
            });
        }
        input.set(KEYS.get(filter.operator()), operand(filter.operand(), api.explicitNulls()));
        return input;
    }

    private static ObjectNode operand(FilterOperand operand, boolean explicitNulls) {
        var payload = NODES.objectNode();
        if (operand instanceof FilterOperand.One one) {
            if (explicitNulls || !one.value().isNull()) {
                payload.set("value", one.value());
            }
        } else if (operand instanceof FilterOperand.Many many) {
            payload.putArray("values").addAll(many.values());
        } else {
            var range = (FilterOperand.Range) operand;
            bound(payload, "start", range.start(), explicitNulls);
            payload.put("startInclusive", range.startInclusive());
            bound(payload, "end", range.end(), explicitNulls);
            payload.put("endInclusive", range.endInclusive());
        }
        return payload;
    }

    private static Map<FilterOperator, String> keys() {
        var keys = new LinkedHashMap<FilterOperator, String>();
        keys.put(FilterOperator.BOOLEAN_EQUALS, "booleanEqual");
        keys.put(FilterOperator.BOOLEAN_IN, "booleanIn");
        keys.put(FilterOperator.DATETIME_RANGE, "dateTimeRange");
        keys.put(FilterOperator.INT_EQUALS, "intEqual");
        keys.put(FilterOperator.INT_IN, "intIn");
        keys.put(FilterOperator.INT_RANGE, "intRange");
        keys.put(FilterOperator.LONG_EQUALS, "longEqual");
        keys.put(FilterOperator.LONG_IN, "longIn");
        keys.put(FilterOperator.LONG_RANGE, "longRange");
        keys.put(FilterOperator.STRING_EQUALS, "stringEqual");
        keys.put(FilterOperator.STRING_IN, "stringIn");
        keys.put(FilterOperator.FULLTEXT, "match");
        keys.put(FilterOperator.FULLTEXT_IN, "matchIn");
        return Collections.unmodifiableMap(keys);
    }

    private static void bound(ObjectNode payload, String key, OptionalLong value, boolean explicitNulls) {
        if (value.isPresent()) {
            payload.put(key, value.getAsLong());
        } else if (explicitNulls) {
            payload.putNull(key);
        }
    }
}
