package io.purplemcp.testsupport.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Malformed and hostile MCP messages with the answer the spec gives each, replayed by every transport's
 * tests. The committed file {@value #RESOURCE} is what {@link FaultCorpusGenerator} writes; a test keeps
 * the two equal, so the corpus is reviewed as data and changed through the generator.
 */
public final class FaultCorpus {

    public static final String RESOURCE = "/io/purplemcp/testsupport/mcp/fault-corpus.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FaultCorpus() {}

    /** Where a case is sent: a session that never saw initialize, or one that completed the handshake. */
    public enum Session {
        FRESH,
        READY
    }

    /** What the server owes a case. */
    public enum Answer {
        /** Nothing: a notification, a client response, or a cancellation. */
        NONE,
        /** A JSON-RPC error with {@code code} and {@code id}. */
        ERROR,
        /** A result with {@code id}. */
        RESULT,
        /** A tools/call result with {@code isError: true} and {@code id}. */
        TOOL_ERROR
    }

    /**
     * One case.
     *
     * @param initialize whether the case is a well-formed initialize request (Streamable HTTP answers it
     *     without a session; every other message without one is refused with 400)
     * @param id the id the answer must carry (JSON null when the request's id was unreadable)
     */
    public record Case(
            String name, Session session, boolean initialize, byte[] bytes, Answer answer, int code, JsonNode id) {

        public Case {
            Objects.requireNonNull(name, "name");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** Whether {@code message} is the answer the spec gives this case. */
        public boolean isAnsweredBy(JsonNode message) {
            if (!message.path("jsonrpc").asText().equals("2.0") || !Objects.equals(idOf(message), id)) {
                return false;
            }
            return switch (answer) {
                case NONE -> false;
                case ERROR -> message.path("error").path("code").asInt() == code && !message.has("result");
                case RESULT ->
                    message.has("result")
                            && !message.has("error")
                            && !message.path("result").path("isError").asBoolean(false);
                case TOOL_ERROR -> message.path("result").path("isError").asBoolean(false);
            };
        }

        private static JsonNode idOf(JsonNode message) {
            var id = message.get("id");
            return id == null ? JsonNodeFactory.instance.nullNode() : id;
        }

        @Override
        public String toString() {
            return name;
        }

        ObjectNode toJson() {
            var line = JSON.createObjectNode().put("name", name).put("session", session.name());
            if (initialize) {
                line.put("initialize", true);
            }
            var text = utf8(bytes);
            if (text != null) {
                line.put("text", text);
            } else {
                line.put("base64", Base64.getEncoder().encodeToString(bytes));
            }
            line.put("answer", answer.name());
            if (answer == Answer.ERROR) {
                line.put("code", code);
            }
            if (answer != Answer.NONE) {
                line.set("id", id);
            }
            return line;
        }

        static Case fromJson(JsonNode line) {
            var bytes = line.has("text")
                    ? line.get("text").textValue().getBytes(StandardCharsets.UTF_8)
                    : Base64.getDecoder().decode(line.get("base64").textValue());
            return new Case(
                    line.get("name").textValue(),
                    Session.valueOf(line.get("session").textValue()),
                    line.path("initialize").asBoolean(false),
                    bytes,
                    Answer.valueOf(line.get("answer").textValue()),
                    line.path("code").asInt(0),
                    line.has("id") ? line.get("id") : JsonNodeFactory.instance.nullNode());
        }
    }

    /** The committed corpus. */
    public static List<Case> load() {
        try (InputStream in = FaultCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            var cases = new ArrayList<Case>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    cases.add(Case.fromJson(JSON.readTree(line)));
                }
            }
            return List.copyOf(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed corpus's cases sent in {@code session}. */
    public static List<Case> load(Session session) {
        return load().stream().filter(c -> c.session() == session).toList();
    }

    /** The corpus as the committed file holds it: one JSON object a line. */
    public static String write(List<Case> cases) {
        var out = new StringBuilder();
        for (var c : cases) {
            try {
                out.append(JSON.writeValueAsString(c.toJson())).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    /** A well-formed request the server must answer after any case: proof that it still works. */
    public static byte[] probe(Session session, String id) {
        var method = session == Session.READY ? "tools/list" : "ping";
        return ("{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"" + method + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code message} is the answer to {@link #probe}. */
    public static boolean answersProbe(JsonNode message, Session session, String id) {
        if (!message.path("id").asText().equals(id) || !message.has("result")) {
            return false;
        }
        return session == Session.FRESH
                || message.at("/result/tools/0/name").asText().equals(CorpusTools.ECHO);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
