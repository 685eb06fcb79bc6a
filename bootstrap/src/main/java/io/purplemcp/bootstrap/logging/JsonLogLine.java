package io.purplemcp.bootstrap.logging;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One log record as one JSON object on one line: {@code timestamp}, {@code level}, {@code logger},
 * {@code message}, the record's structured fields as they were given (OpenTelemetry attribute names
 * such as {@code mcp.method.name}), and {@code exception} with the stack trace. Jackson escapes every
 * line break, so a record never spans lines and the line-by-line redaction of stderr sees it whole.
 */
final class JsonLogLine {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonLogLine() {}

    static String render(
            Instant timestamp,
            String level,
            String logger,
            String message,
            List<Map.Entry<String, Object>> fields,
            Throwable error) {
        var out = new StringWriter(256);
        try (var json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("timestamp", timestamp.toString());
            json.writeStringField("level", level);
            json.writeStringField("logger", logger);
            json.writeStringField("message", message == null ? "" : message);
            for (var field : fields) {
                var value = field.getValue();
                if (value == null) {
                    continue;
                }
                if (value instanceof Long || value instanceof Integer || value instanceof Short) {
                    json.writeNumberField(field.getKey(), ((Number) value).longValue());
                } else if (value instanceof Double || value instanceof Float) {
                    json.writeNumberField(field.getKey(), ((Number) value).doubleValue());
                } else if (value instanceof Boolean bool) {
                    json.writeBooleanField(field.getKey(), bool);
                } else {
                    json.writeStringField(field.getKey(), value.toString());
                }
            }
            if (error != null) {
                var trace = new StringWriter();
                error.printStackTrace(new PrintWriter(trace));
                json.writeStringField("exception", trace.toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }
}
