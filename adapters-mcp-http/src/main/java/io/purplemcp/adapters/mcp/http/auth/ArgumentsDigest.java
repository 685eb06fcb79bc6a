package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;

/**
 * The SHA-256 of a JSON value in a canonical form (object members sorted by name, no whitespace,
 * numbers as Jackson writes them), so the same arguments always give the same digest whatever order
 * the client sent them in.
 */
public final class ArgumentsDigest {

    private static final JsonFactory JSON = new JsonFactory();

    private ArgumentsDigest() {}

    public static String sha256(JsonNode value) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (var out = new DigestOutputStream(OutputStream.nullOutputStream(), digest);
                var generator = JSON.createGenerator(out)) {
            write(value, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void write(JsonNode value, JsonGenerator g) throws IOException {
        if (value == null || value.isMissingNode()) {
            g.writeNull();
        } else if (value.isObject()) {
            var names = new ArrayList<String>();
            value.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            g.writeStartObject();
            for (var name : names) {
                g.writeFieldName(name);
                write(value.get(name), g);
            }
            g.writeEndObject();
        } else if (value.isArray()) {
            g.writeStartArray();
            for (var element : value) {
                write(element, g);
            }
            g.writeEndArray();
        } else if (value.isTextual()) {
            g.writeString(value.textValue());
        } else if (value.isIntegralNumber()) {
            g.writeNumber(value.bigIntegerValue());
        } else if (value.isNumber()) {
            g.writeNumber(value.decimalValue());
        } else if (value.isBoolean()) {
            g.writeBoolean(value.booleanValue());
        } else if (value.isNull()) {
            g.writeNull();
        } else {
            g.writeString(value.asText());
        }
    }
}
