package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A token nobody could mistake for anything else: wherever the process might print it (logs, errors,
 * tool results, even values echoed back from a tool's arguments), it must not appear.
 */
class CanaryTokenIT {

    private static final String CANARY = "CANARY-c0ffee-5ecret-token";

    private static Map<String, String> environment(String baseUrl) {
        var environment = new HashMap<String, String>();
        environment.put("PURPLEMCP_CONSOLE_TOKEN", CANARY);
        if (baseUrl != null) {
            environment.put("PURPLEMCP_CONSOLE_BASE_URL", baseUrl);
        }
        return environment;
    }

    private static void assertNoCanary(JarProcess process) {
        assertThat(process.stdout()).doesNotContain(CANARY);
        assertThat(process.stderr()).doesNotContain(CANARY);
    }

    @Test
    void neverPrintedWhileServingEvenWhenEchoedByATool() throws Exception {
        var conversation = StdioJarIT.initialize("2025-11-25")
                + StdioJarIT.call(2, "iso_to_unix_timestamp", "{\"iso_datetime\":\"" + CANARY + "\"}")
                + StdioJarIT.call(3, "get_timestamp_range", "{\"reference_time\":\"" + CANARY + "\"}")
                + StdioJarIT.call(4, CANARY, "{}")
                + "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"" + CANARY + "\"}\n";

        var process = JarProcess.run(environment("https://console.example.test"), List.of("--verbose"), conversation);

        assertThat(process.exitCode()).isZero();
        assertThat(process.stdoutLines()).hasSize(5);
        assertThat(process.stdout()).contains("[REDACTED]");
        assertNoCanary(process);
    }

    @Test
    void neverPrintedInConfigurationErrors() throws Exception {
        var missingUrl = JarProcess.run(environment(null), List.of(), "");
        var badUrl = JarProcess.run(environment("http://console.example.test/"), List.of("--verbose"), "");

        assertThat(missingUrl.exitCode()).isEqualTo(1);
        assertThat(missingUrl.stderr()).contains("✗ Configuration error", "PURPLEMCP_CONSOLE_BASE_URL");
        assertNoCanary(missingUrl);
        assertThat(badUrl.exitCode()).isEqualTo(1);
        assertThat(badUrl.stderr()).contains("Console base URL must use HTTPS");
        assertNoCanary(badUrl);
    }

    @Test
    void neverPrintedInUsageErrorsOrWhenGivenOnTheCommandLine() throws Exception {
        var usage = JarProcess.run(Map.of(), List.of("--graphql-service-token", CANARY, "--mode", "bogus"), "");
        var cliToken = JarProcess.run(
                Map.of("PURPLEMCP_CONSOLE_BASE_URL", "https://console.example.test/"),
                List.of("--graphql-service-token=" + CANARY, "--verbose"),
                "");

        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.stderr()).contains("Invalid value for '--mode'");
        assertNoCanary(usage);
        assertThat(cliToken.exitCode()).isEqualTo(1);
        assertNoCanary(cliToken);
    }
}
