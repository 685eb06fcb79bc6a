package io.purplemcp.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class JsonLogLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Quotes, a backslash and a line break: JSON escapes all three, so the escaped form must be redacted too.
    private static final String CANARY = "canary-\"tok\\en\nXYZ-42";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final SecretRedactor redactor = new SecretRedactor();
    private final PrintStream err = new RedactingPrintStream(bytes, redactor);

    @Test
    void aRecordIsOneJsonObjectOnOneLineWithItsFields() throws Exception {
        var log = new JsonLogger("io.purplemcp.telemetry", Level.INFO, () -> err);

        log.atInfo()
                .addKeyValue("mcp.method.name", "tools/call")
                .addKeyValue("gen_ai.tool.name", "get_alert")
                .addKeyValue("jsonrpc.request.id", "7")
                .addKeyValue("http.response.status_code", 429)
                .addKeyValue("duration_ms", 12L)
                .addKeyValue("trace_id", "0af7651916cd43dd8448eb211c80319c")
                .log("request finished\nsecond line");

        var lines = lines();
        assertThat(lines).hasSize(1);
        var line = lines.get(0);
        assertThat(line.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger").asText()).isEqualTo("io.purplemcp.telemetry");
        assertThat(line.get("message").asText()).isEqualTo("request finished\nsecond line");
        assertThat(line.get("mcp.method.name").asText()).isEqualTo("tools/call");
        assertThat(line.get("gen_ai.tool.name").asText()).isEqualTo("get_alert");
        assertThat(line.get("jsonrpc.request.id").asText()).isEqualTo("7");
        assertThat(line.get("http.response.status_code").isInt()).isTrue();
        assertThat(line.get("duration_ms").asLong()).isEqualTo(12);
        assertThat(line.get("trace_id").asText()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void parameterisedMessagesAndExceptionsAreRendered() throws Exception {
        var log = new JsonLogger("x", Level.INFO, () -> err);

        log.warn("listening on {} after {} ms", "127.0.0.1:8000", 5);
        log.error("it broke", new IllegalStateException("boom"));
        log.debug("not at INFO");

        var lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("level").asText()).isEqualTo("WARN");
        assertThat(lines.get(0).get("message").asText()).isEqualTo("listening on 127.0.0.1:8000 after 5 ms");
        assertThat(lines.get(1).get("exception").asText()).contains("IllegalStateException: boom");
    }

    @Test
    void aRegisteredSecretNeverReachesTheOutputInAnyField() throws Exception {
        redactor.registerSecret(CANARY);
        var log = new JsonLogger("x", Level.INFO, () -> err);

        log.atInfo().addKeyValue("header", "Bearer " + CANARY).log("token " + CANARY + " seen");
        log.error("failed with " + CANARY, new IllegalStateException(CANARY));

        var text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("XYZ-42").contains("[REDACTED]");
        var lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("header").asText()).isEqualTo("Bearer [REDACTED]");
        assertThat(lines.get(0).get("message").asText()).isEqualTo("token [REDACTED] seen");
    }

    private List<JsonNode> lines() throws Exception {
        err.flush();
        var result = new ArrayList<JsonNode>();
        for (var line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                result.add(JSON.readTree(line));
            }
        }
        return result;
    }
}
