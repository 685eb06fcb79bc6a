package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** Bytes to JSON trees and back for every transport: strict in, compact out (one line per message). */
public final class JsonCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            // Two values on one line, or a duplicated key, are ambiguous; refuse rather than guess.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Parses one message; throws when the bytes are not exactly one JSON value. */
    public JsonNode parse(byte[] bytes) throws MalformedJson {
        try {
            var node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJson();
            }
            return node;
        } catch (IOException e) {
            // Bytes in memory fail only by their content: bad JSON, or (CharConversionException) leading zero
            // bytes that make the parser read UTF-32 that then breaks off. Either way the sender's fault.
            throw new MalformedJson();
        }
    }

    public byte[] write(JsonNode message) {
        try {
            return mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    public String writeString(JsonNode message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The bytes were not one well-formed JSON value. Carries no text: it could echo client data. */
    public static final class MalformedJson extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedJson() {
            super("malformed JSON", null, false, false);
        }
    }
}
