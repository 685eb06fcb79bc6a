package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransportModeTest {

    @Test
    void cliAcceptsThreeValuesInAnyCase() {
        assertThat(TransportMode.fromCli("STDIO")).contains(TransportMode.STDIO);
        assertThat(TransportMode.fromCli("Sse")).contains(TransportMode.SSE);
        assertThat(TransportMode.fromCli("streamable-HTTP")).contains(TransportMode.STREAMABLE_HTTP);
        assertThat(TransportMode.fromCli("http")).isEmpty();
        assertThat(TransportMode.fromCli("")).isEmpty();
    }

    @Test
    void configAcceptsFourLiteralValuesCaseSensitively() {
        assertThat(TransportMode.fromConfig("stdio")).contains(TransportMode.STDIO);
        assertThat(TransportMode.fromConfig("sse")).contains(TransportMode.SSE);
        assertThat(TransportMode.fromConfig("streamable-http")).contains(TransportMode.STREAMABLE_HTTP);
        assertThat(TransportMode.fromConfig("http")).contains(TransportMode.STREAMABLE_HTTP);
        assertThat(TransportMode.fromConfig("SSE")).isEmpty();
    }

    @Test
    void names() {
        assertThat(TransportMode.STREAMABLE_HTTP.cliName()).isEqualTo("streamable-http");
        assertThat(TransportMode.STREAMABLE_HTTP.displayName()).isEqualTo("STREAMABLE-HTTP");
        assertThat(TransportMode.SSE.displayName()).isEqualTo("SSE");
    }
}
