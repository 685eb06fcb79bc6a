package io.purplemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.bootstrap.config.TransportMode;
import org.junit.jupiter.api.Test;

class BindingMessagesTest {

    private static final String RULE = "=".repeat(80);

    @Test
    void refusalNamesTheHostTheRiskAndBothRemedies() {
        assertThat(BindingMessages.refusal("0.0.0.0"))
                .contains("SECURITY ERROR")
                .contains("Refusing to bind to non-loopback interface")
                .contains("'0.0.0.0'")
                .contains("exfiltration")
                .contains("invoke tools remotely")
                .contains("--host localhost")
                .contains("--allow-remote-access");
    }

    @Test
    void remoteAccessWarningHasTheFramedHeaderRisksAndProtections() {
        String text = BindingMessages.remoteAccessWarning("0.0.0.0", 8000);
        assertThat(text)
                .startsWith(RULE + "\nWARNING: RUNNING IN REMOTE ACCESS MODE\n" + RULE + "\n")
                .endsWith("\n" + RULE + "\n")
                .contains("0.0.0.0:8000")
                .contains("SECURITY RISKS:")
                .contains("unauthenticated HTTP/SSE interface")
                .contains("Data exfiltration is possible")
                .contains("RECOMMENDED PROTECTIONS:");
        String risks = text.substring(text.indexOf("SECURITY RISKS:"), text.indexOf("RECOMMENDED PROTECTIONS:"));
        String protections = text.substring(text.indexOf("RECOMMENDED PROTECTIONS:"));
        assertThat(risks.split("\n  - ", -1)).hasSize(5);
        assertThat(protections.split("\n  - ", -1)).hasSize(5);
    }

    @Test
    void startupLines() {
        assertThat(StartupMessages.CONFIGURATION_VALID).isEqualTo("✓ Configuration validated successfully");
        assertThat(StartupMessages.starting(TransportMode.STDIO, "0.0.0.0", 1))
                .isEqualTo("Starting Purple MCP server in STDIO mode...");
        assertThat(StartupMessages.starting(TransportMode.SSE, "127.0.0.1", 8001))
                .isEqualTo("Starting Purple MCP server in SSE mode on 127.0.0.1:8001...");
        assertThat(StartupMessages.starting(TransportMode.STREAMABLE_HTTP, "localhost", 8000))
                .isEqualTo("Starting Purple MCP server in STREAMABLE-HTTP mode on localhost:8000...");
        assertThat(StartupMessages.verboseDetails("https://x.test/g", TransportMode.STDIO))
                .isEqualTo("  GraphQL URL: https://x.test/g\n  Mode: stdio");
        assertThat(StartupMessages.failedToStart("boom")).isEqualTo("✗ Failed to start server: boom");
    }
}
