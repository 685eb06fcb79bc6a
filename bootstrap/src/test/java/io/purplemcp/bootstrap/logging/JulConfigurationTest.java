package io.purplemcp.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JDK's own log records, configured lazily by {@link JulConfiguration}, in a fresh JVM each. */
@Timeout(60)
class JulConfigurationTest {

    @Test
    void recordsAreOneRedactedLineInTheSlf4jShapeAtInfo() throws Exception {
        var lines = probe("info", "text");

        assertThat(lines)
                .singleElement()
                .asString()
                .matches(
                        "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4} WARNING com\\.sun\\.net\\.httpserver"
                                + " - a warning with \\[REDACTED]");
    }

    @Test
    void verboseLetsDebugRecordsThrough() throws Exception {
        var lines = probe("verbose", "text");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith(" FINE com.sun.net.httpserver - a debug line");
    }

    @Test
    void jsonLogsAreOneJsonObjectPerRecord() throws Exception {
        var lines = probe("info", "json");

        assertThat(lines).singleElement();
        var record = new ObjectMapper().readTree(lines.get(0));
        assertThat(record.path("level").asText()).isEqualTo("WARN");
        assertThat(record.path("logger").asText()).isEqualTo("com.sun.net.httpserver");
        assertThat(record.path("message").asText()).isEqualTo("a warning with [REDACTED]");
    }

    private static List<String> probe(String verbosity, String format) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), JulProbe.class.getName(), verbosity, format)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(stderr).isZero();
        assertThat(stderr).doesNotContain(JulProbe.CANARY);
        return stderr.lines().toList();
    }
}
