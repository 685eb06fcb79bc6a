package io.purplemcp.sandbox.findings;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.sandbox.data.SandboxResources;
import io.purplemcp.sandbox.graphql.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The upstream filter model ({@code [FilterInput!]}): each filter names a flattened field id
 * ({@code severity}, {@code assetName}, {@code cveExploitedInTheWild}) and sets exactly one operator;
 * all filters must hold (AND); {@code isNegated} inverts one. Operators by field kind:
 *
 * <ul>
 *   <li>strings: {@code stringEqual} (exact; {@code value: null} matches an unset field), {@code stringIn},
 *       {@code match} (case-insensitive substrings, all of the values), {@code matchIn} (any of them);
 *       a list-valued field matches when one of its elements does;
 *   <li>booleans: {@code booleanEqual}, {@code booleanIn} ({@code null} matches an unset field);
 *   <li>numbers: {@code intEqual}, {@code intIn}, {@code intRange}, {@code longEqual}, {@code longIn},
 *       {@code longRange};
 *   <li>times: {@code dateTimeRange} and the {@code long*} operators, in epoch milliseconds.
 * </ul>
 *
 * Ranges include their bounds unless {@code startInclusive}/{@code endInclusive} are {@code false}; a
 * missing bound is open. An unknown field id, an operator the field does not support, or a filter with
 * no or several operators is a field error, as upstream.
 */
public final class Filters {

    /** What a field holds. */
    public enum Kind {
        STRING(Set.of("stringEqual", "stringIn", "match", "matchIn")),
        BOOLEAN(Set.of("booleanEqual", "booleanIn")),
        NUMBER(Set.of("intEqual", "intIn", "intRange", "longEqual", "longIn", "longRange")),
        DATETIME(Set.of("dateTimeRange", "longEqual", "longIn", "longRange"));

        private final Set<String> operators;

        Kind(Set<String> operators) {
            this.operators = operators;
        }
    }

    /**
     * A filterable field.
     *
     * @param id the field id filters name
     * @param kind what it holds
     * @param value reads it from an item: a scalar, an array (of scalars), or null
     * @param operators the operators it supports
     */
    public record Field(String id, Kind kind, Function<JsonNode, JsonNode> value, Set<String> operators) {

        public Field {
            operators = Set.copyOf(operators);
        }

        /** A field read by a JSON pointer, e.g. {@code /asset/name}, with its kind's operators. */
        public static Field at(String id, Kind kind, String pointer) {
            return new Field(id, kind, item -> item.at(pointer), kind.operators);
        }

        /** The same field with fewer operators (upstream restricts some fields). */
        public Field only(String... operators) {
            return new Field(id, kind, value, Set.of(operators));
        }
    }

    private static final List<String> OPERATORS = List.of(
            "booleanEqual",
            "booleanIn",
            "dateTimeRange",
            "intEqual",
            "intIn",
            "intRange",
            "longEqual",
            "longIn",
            "longRange",
            "stringEqual",
            "stringIn",
            "match",
            "matchIn");

    private final String family;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** @param family names the API in messages, e.g. {@code alerts} */
    public Filters(String family, List<Field> fields) {
        this.family = family;
        fields.forEach(field -> this.fields.put(field.id(), field));
    }

    /**
     * The filters of a family, from the resource {@code <family>.fields} next to this class: a line a field,
     * {@code <id> <KIND> <JSON pointer> [operator,operator…]} (the operators when upstream restricts the
     * field), {@code include <file>} for the lines of another file, {@code #} for comments.
     */
    public static Filters load(String family) {
        return new Filters(family, fieldsIn(family + ".fields"));
    }

    private static List<Field> fieldsIn(String resource) {
        var fields = new ArrayList<Field>();
        for (var line : SandboxResources.lines(Filters.class, resource)) {
            var words = line.split(" ");
            if (words[0].equals("include")) {
                fields.addAll(fieldsIn(words[1]));
            } else {
                var field = Field.at(words[0], Kind.valueOf(words[1]), words[2]);
                fields.add(words.length > 3 ? field.only(words[3].split(",")) : field);
            }
        }
        return fields;
    }

    /**
     * The predicate of a coerced {@code filters} argument (absent, null or a list of FilterInput).
     *
     * @throws FieldError for an unknown field, an unsupported operator or a filter without exactly one operator
     */
    public Predicate<JsonNode> compile(JsonNode filters) {
        Predicate<JsonNode> all = item -> true;
        if (filters == null || filters.isNull()) {
            return all;
        }
        for (var i = 0; i < filters.size(); i++) {
            all = all.and(filter(filters.get(i), i));
        }
        return all;
    }

    private Predicate<JsonNode> filter(JsonNode filter, int index) {
        var id = filter.path("fieldId").asText();
        var field = fields.get(id);
        if (field == null) {
            throw FieldError.badInput("filters[" + index + "]: unknown filter field \"" + id + "\" for " + family
                    + "; known fields: " + String.join(", ", new TreeSet<>(fields.keySet())));
        }
        var set = new ArrayList<String>();
        for (var operator : OPERATORS) {
            if (filter.hasNonNull(operator)) {
                set.add(operator);
            }
        }
        if (set.size() != 1) {
            throw FieldError.badInput("filters[" + index + "] (" + id + ") must set exactly one operator, found "
                    + (set.isEmpty() ? "none" : String.join(", ", set)));
        }
        var operator = set.get(0);
        if (!field.operators().contains(operator)) {
            throw FieldError.badInput("filters[" + index + "]: field \"" + id + "\" does not support " + operator
                    + "; it supports " + String.join(", ", new TreeSet<>(field.operators())));
        }
        var payload = filter.get(operator);
        var negated = filter.path("isNegated").asBoolean(false);
        Predicate<JsonNode> test =
                item -> matches(field, operator, payload, atoms(field.value().apply(item)));
        return negated ? test.negate() : test;
    }

    private static boolean matches(Field field, String operator, JsonNode payload, List<JsonNode> atoms) {
        return switch (operator) {
            case "stringEqual" ->
                payload.path("value").isNull() || !payload.has("value")
                        ? atoms.isEmpty()
                        : atoms.stream()
                                .anyMatch(atom -> atom.asText()
                                        .equals(payload.get("value").textValue()));
            case "stringIn" -> atoms.stream().anyMatch(atom -> contains(payload.path("values"), atom.asText()));
            case "match" -> {
                var text = text(atoms);
                var all = true;
                for (var value : payload.path("values")) {
                    all &= text.contains(value.asText().toLowerCase(Locale.ROOT));
                }
                yield all;
            }
            case "matchIn" -> {
                var text = text(atoms);
                var any = false;
                for (var value : payload.path("values")) {
                    any |= text.contains(value.asText().toLowerCase(Locale.ROOT));
                }
                yield any;
            }
            case "booleanEqual" ->
                payload.path("value").isNull() || !payload.has("value")
                        ? atoms.isEmpty()
                        : atoms.stream()
                                .anyMatch(atom ->
                                        atom.asBoolean() == payload.get("value").booleanValue());
            case "booleanIn" -> {
                var any = false;
                for (var value : payload.path("values")) {
                    any |= value.isNull()
                            ? atoms.isEmpty()
                            : atoms.stream().anyMatch(atom -> atom.asBoolean() == value.booleanValue());
                }
                yield any;
            }
            case "intEqual", "longEqual" ->
                numbers(field, atoms).stream()
                        .anyMatch(
                                number -> number.compareTo(payload.get("value").decimalValue()) == 0);
            case "intIn", "longIn" ->
                numbers(field, atoms).stream().anyMatch(number -> {
                    for (var value : payload.path("values")) {
                        if (number.compareTo(value.decimalValue()) == 0) {
                            return true;
                        }
                    }
                    return false;
                });
            default -> numbers(field, atoms).stream().anyMatch(number -> inRange(number, payload));
        };
    }

    private static boolean inRange(BigDecimal number, JsonNode range) {
        if (range.hasNonNull("start")) {
            var compared = number.compareTo(range.get("start").decimalValue());
            if (compared < 0 || compared == 0 && !range.path("startInclusive").asBoolean(true)) {
                return false;
            }
        }
        if (range.hasNonNull("end")) {
            var compared = number.compareTo(range.get("end").decimalValue());
            return compared < 0 || compared == 0 && range.path("endInclusive").asBoolean(true);
        }
        return true;
    }

    /**
     * What a filter compares in a value: its elements when it is an array (nulls left out), else the value
     * itself; nothing for null or absent. The inventory's filters compare alike.
     */
    public static List<JsonNode> atoms(JsonNode value) {
        var atoms = new ArrayList<JsonNode>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return atoms;
        }
        if (value.isArray()) {
            value.forEach(element -> {
                if (!element.isNull()) {
                    atoms.add(element);
                }
            });
        } else {
            atoms.add(value);
        }
        return atoms;
    }

    private static List<BigDecimal> numbers(Field field, List<JsonNode> atoms) {
        var numbers = new ArrayList<BigDecimal>();
        for (var atom : atoms) {
            if (field.kind() == Kind.DATETIME) {
                try {
                    numbers.add(BigDecimal.valueOf(Instant.parse(atom.asText()).toEpochMilli()));
                } catch (DateTimeParseException e) {
                    // a time the sandbox cannot read matches no range
                }
            } else if (atom.isNumber()) {
                numbers.add(atom.decimalValue());
            } else {
                try {
                    numbers.add(new BigDecimal(atom.asText()));
                } catch (NumberFormatException e) {
                    // not a number: matches nothing
                }
            }
        }
        return numbers;
    }

    private static String text(List<JsonNode> atoms) {
        var text = new StringBuilder();
        atoms.forEach(atom -> text.append(atom.asText()).append('\n'));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean contains(JsonNode values, String text) {
        for (var value : values) {
            if (value.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
