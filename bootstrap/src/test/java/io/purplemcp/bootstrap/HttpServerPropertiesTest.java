package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpServerPropertiesTest {

    @Test
    void theConnectionLimitLeavesRoomBeyondTheSessionCapForPlainRequests() {
        assertThat(HttpServerProperties.forSessions(1000, false))
                .containsEntry("jdk.httpserver.maxConnections", "1200");
    }

    @Test
    void withTheDemoSandboxInTheProcessItsConnectionsGetRoomOfTheirOwn() {
        assertThat(HttpServerProperties.forSessions(1000, true))
                .containsEntry(
                        "jdk.httpserver.maxConnections",
                        Integer.toString(1200 + HttpServerProperties.DEMO_SANDBOX_CONNECTIONS));
    }

    @Test
    void everyOtherLimitIsTheSameWithAndWithoutTheDemo() {
        var plain = new java.util.HashMap<>(HttpServerProperties.forSessions(10, false));
        var demo = new java.util.HashMap<>(HttpServerProperties.forSessions(10, true));
        plain.remove("jdk.httpserver.maxConnections");
        demo.remove("jdk.httpserver.maxConnections");
        assertThat(demo).isEqualTo(plain).containsEntry("sun.net.httpserver.nodelay", "true");
    }
}
