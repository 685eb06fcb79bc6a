package io.purplemcp.adapters.sentinelone.datalake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.purplemcp.ports.out.datalake.Column;
import io.purplemcp.ports.out.datalake.QueryStatus;
import io.purplemcp.ports.out.datalake.ResultPage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads one query answer ({@code QueryResult}) with the streaming parser: each result row becomes a
 * tree node as it is read; the body is never turned into a string or a whole-document tree.
 * Unknown keys are skipped; numbers are read leniently (integral floats and numeric strings count
 * as integers); a {@code null} list reads as empty; an unknown cell type is kept as sent.
 */
final class QueryResultReader {

    /** What one answer said. */
    record Answer(Optional<String> id, QueryStatus status) {}

    /** The answer does not have the promised shape. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        private final String id;

        Unreadable(String message) {
            this(message, null);
        }

        Unreadable(String message, String id) {
            super(message);
            this.id = id;
        }

        /** The query id, when the answer named one before it went wrong. */
        Optional<String> id() {
            return Optional.ofNullable(id).filter(i -> !i.isBlank());
        }
    }

    private final ObjectMapper json;

    QueryResultReader(ObjectMapper json) {
        this.json = json;
    }

    Answer read(InputStream in) throws Unreadable {
        String id = null;
        try (var parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Unreadable("the answer is not a JSON object");
            }
            Long steps = null;
            Long total = null;
            Optional<String> error = Optional.empty();
            Optional<ResultPage> page = Optional.empty();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var field = parser.currentName();
                var token = parser.nextToken();
                switch (field) {
                    case "id" -> id = token == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "stepsCompleted" -> steps = integer(parser, field);
                    case "totalSteps" -> total = integer(parser, field);
                    case "error" -> error = error(parser);
                    case "data" -> page = token == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(page(parser));
                    default -> parser.skipChildren();
                }
            }
            if (error.isPresent()) {
                return new Answer(Optional.ofNullable(id), new QueryStatus.Failed(error.get()));
            }
            if (steps == null || total == null) {
                throw new Unreadable("the answer lacks stepsCompleted or totalSteps", id);
            }
            if (steps < 0 || total < 0) {
                throw new Unreadable("the answer has negative step counts", id);
            }
            return new Answer(Optional.ofNullable(id), new QueryStatus.Progress(steps, total, page));
        } catch (Unreadable e) {
            throw e.id().isPresent() || id == null ? e : new Unreadable(e.getMessage(), id);
        } catch (IOException e) {
            // The model reads this: plain words, no parser class names.
            throw new Unreadable(
                    e instanceof com.fasterxml.jackson.core.io.JsonEOFException
                            ? "the answer ended before its JSON was complete"
                            : "the answer is not valid JSON",
                    id);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(e.getMessage(), id);
        }
    }

    private static Optional<String> error(JsonParser parser) throws IOException, Unreadable {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new Unreadable("error is not an object");
        }
        String message = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            var field = parser.currentName();
            var token = parser.nextToken();
            if (field.equals("message") && token == JsonToken.VALUE_STRING) {
                message = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return Optional.of(message);
    }

    private ResultPage page(JsonParser parser) throws IOException, Unreadable {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new Unreadable("data is not an object");
        }
        BigDecimal matchCount = BigDecimal.ZERO;
        List<Column> columns = List.of();
        List<ArrayNode> rows = List.of();
        List<String> warnings = List.of();
        Optional<Boolean> partial = Optional.empty();
        OptionalLong discarded = OptionalLong.empty();
        Optional<BigDecimal> omitted = Optional.empty();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            var field = parser.currentName();
            var token = parser.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "matchCount" -> matchCount = decimal(parser, field);
                case "columns" -> columns = columns(parser);
                case "values" -> rows = rows(parser);
                case "warnings" -> warnings = warnings(parser);
                case "partialResultsDueToTimeLimit" -> partial = Optional.of(bool(parser, field));
                case "discardedArrayItems" -> discarded = OptionalLong.of(integer(parser, field));
                case "omittedEvents" -> omitted = Optional.of(decimal(parser, field));
                default -> parser.skipChildren();
            }
        }
        return new ResultPage(matchCount, columns, rows, warnings, partial, discarded, omitted);
    }

    private List<ArrayNode> rows(JsonParser parser) throws IOException, Unreadable {
        expectArray(parser, "values");
        var rows = new ArrayList<ArrayNode>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new Unreadable("a result row is not an array");
            }
            JsonNode row = json.readTree(parser);
            rows.add((ArrayNode) row);
        }
        return rows;
    }

    private static List<Column> columns(JsonParser parser) throws IOException, Unreadable {
        expectArray(parser, "columns");
        var columns = new ArrayList<Column>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new Unreadable("a column is not an object");
            }
            String name = null;
            String type = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var field = parser.currentName();
                var token = parser.nextToken();
                if (field.equals("name") && token == JsonToken.VALUE_STRING) {
                    name = parser.getText();
                } else if ((field.equals("cellType") || (field.equals("type") && type == null))
                        && token == JsonToken.VALUE_STRING) {
                    type = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (name == null) {
                throw new Unreadable("a column has no name");
            }
            columns.add(new Column(name, type == null ? "" : type));
        }
        return columns;
    }

    private static List<String> warnings(JsonParser parser) throws IOException, Unreadable {
        expectArray(parser, "warnings");
        var warnings = new ArrayList<String>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                warnings.add(parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return warnings;
    }

    private static void expectArray(JsonParser parser, String field) throws Unreadable {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new Unreadable(field + " is not a list");
        }
    }

    private static long integer(JsonParser parser, String field) throws IOException, Unreadable {
        var value = decimal(parser, field);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable(field + " is not a whole number");
        }
    }

    private static BigDecimal decimal(JsonParser parser, String field) throws IOException, Unreadable {
        var token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return new BigDecimal(parser.getText().strip());
            } catch (NumberFormatException e) {
                throw new Unreadable(field + " is not a number");
            }
        }
        throw new Unreadable(field + " is not a number");
    }

    private static boolean bool(JsonParser parser, String field) throws Unreadable {
        var token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        throw new Unreadable(field + " is not a boolean");
    }
}
