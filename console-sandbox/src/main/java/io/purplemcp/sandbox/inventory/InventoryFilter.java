package io.purplemcp.sandbox.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.sandbox.findings.Filters;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The inventory search's filter object (docs/decisions/0016-inventory-tools.md): every key must hold (AND).
 *
 * <ul>
 *   <li>{@code field} or {@code field__in}: the item's value (or one element of a list value) equals one of
 *       the given values (a list or a single value; strings compare exactly, numbers numerically);
 *   <li>{@code field__nin}: it equals none of them;
 *   <li>{@code field__contains}: it contains one of the given strings, ignoring case;
 *   <li>{@code field__between}: {@code {"from": …, "to": …}} (either may be missing), ISO-8601 dates or
 *       epoch milliseconds for times, numbers for numbers; both ends included;
 *   <li>{@code id__in}: the item's id is one of the given ids.
 * </ul>
 *
 * Field names are the catalogue's camelCase upstream keys; an unknown field or operator is refused.
 */
final class InventoryFilter {

    /** A filter the API refuses (answered 400). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private static final Set<String> OPERATORS = Set.of("in", "nin", "contains", "between");

    private InventoryFilter() {}

    /**
     * @param filter the {@code filter} object without {@code limit} and {@code skip}
     * @param known the field names a filter may use
     */
    static Predicate<JsonNode> compile(JsonNode filter, Set<String> known) throws Invalid {
        Predicate<JsonNode> all = item -> true;
        var names = new ArrayList<String>();
        filter.fieldNames().forEachRemaining(names::add);
        for (var key : names) {
            all = all.and(one(key, filter.get(key), known));
        }
        return all;
    }

    private static Predicate<JsonNode> one(String key, JsonNode value, Set<String> known) throws Invalid {
        var split = key.lastIndexOf("__");
        var field = split < 0 ? key : key.substring(0, split);
        var operator = split < 0 ? "in" : key.substring(split + 2);
        if (!OPERATORS.contains(operator)) {
            throw new Invalid("Unknown filter operator '__" + operator + "' in '" + key
                    + "'; known: __in, __nin, __contains, __between");
        }
        if (!known.contains(field)) {
            throw new Invalid("Unknown filter field '" + field + "'");
        }
        return switch (operator) {
            case "between" -> between(key, field, value);
            case "contains" -> {
                var needles = values(key, value).stream()
                        .map(needle -> needle.asText().toLowerCase(Locale.ROOT))
                        .toList();
                yield item -> Filters.atoms(item.get(field)).stream()
                        .anyMatch(atom -> needles.stream()
                                .anyMatch(needle ->
                                        atom.asText().toLowerCase(Locale.ROOT).contains(needle)));
            }
            case "nin" -> {
                var excluded = values(key, value);
                yield item -> Filters.atoms(item.get(field)).stream().noneMatch(atom -> anyEqual(atom, excluded));
            }
            default -> {
                var wanted = values(key, value);
                yield item -> Filters.atoms(item.get(field)).stream().anyMatch(atom -> anyEqual(atom, wanted));
            }
        };
    }

    private static Predicate<JsonNode> between(String key, String field, JsonNode range) throws Invalid {
        if (range == null || !range.isObject() || !range.has("from") && !range.has("to")) {
            throw new Invalid("'" + key + "' must be an object with 'from' and/or 'to'");
        }
        var from = bound(key, range.get("from"));
        var to = bound(key, range.get("to"));
        return item -> Filters.atoms(item.get(field)).stream()
                .map(InventoryFilter::number)
                .flatMap(Optional::stream)
                .anyMatch(number ->
                        (from == null || number.compareTo(from) >= 0) && (to == null || number.compareTo(to) <= 0));
    }

    private static BigDecimal bound(String key, JsonNode value) throws Invalid {
        if (value == null || value.isNull()) {
            return null;
        }
        return number(value)
                .orElseThrow(() ->
                        new Invalid("'" + key + "' bounds must be ISO-8601 dates or epoch milliseconds, not " + value));
    }

    /** A number, or a time in epoch milliseconds (ISO-8601 date-time or date, or a numeric string). */
    private static Optional<BigDecimal> number(JsonNode value) {
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (!value.isTextual()) {
            return Optional.empty();
        }
        var text = value.textValue().strip();
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException notNumeric) {
            try {
                return Optional.of(BigDecimal.valueOf(Instant.parse(text).toEpochMilli()));
            } catch (DateTimeParseException notInstant) {
                try {
                    return Optional.of(BigDecimal.valueOf(LocalDate.parse(text)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .toEpochMilli()));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }

    private static List<JsonNode> values(String key, JsonNode value) throws Invalid {
        var values = new ArrayList<JsonNode>();
        if (value == null || value.isObject()) {
            throw new Invalid("'" + key + "' must be a value or a list of values");
        }
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        return values;
    }

    private static boolean anyEqual(JsonNode atom, List<JsonNode> values) {
        for (var value : values) {
            if (atom.isNumber() && value.isNumber()) {
                if (atom.decimalValue().compareTo(value.decimalValue()) == 0) {
                    return true;
                }
            } else if (!atom.isContainerNode() && atom.asText().equals(value.asText())) {
                return true;
            }
        }
        return false;
    }
}
