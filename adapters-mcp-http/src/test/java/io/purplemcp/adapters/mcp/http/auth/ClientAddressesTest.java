package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final InetSocketAddress PROXY = new InetSocketAddress("10.0.0.5", 40000);
    private static final InetSocketAddress STRANGER = new InetSocketAddress("203.0.113.9", 40000);

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        var clients = new ClientAddresses(List.of("10.0.0.5"));
        assertThat(clients.resolve(PROXY, List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(clients.resolve(STRANGER, List.of("198.51.100.7"))).isEqualTo("203.0.113.9");
        assertThat(clients.resolve(PROXY, null)).isEqualTo("10.0.0.5");
    }

    @Test
    void theRightmostUntrustedHopIsTheClient() {
        var clients = new ClientAddresses(List.of("10.0.0.5", "10.0.0.6"));
        // The client wrote the leftmost entry itself; only what our proxies appended counts.
        assertThat(clients.resolve(PROXY, List.of("1.1.1.1, 198.51.100.7, 10.0.0.6")))
                .isEqualTo("198.51.100.7");
        assertThat(clients.resolve(PROXY, List.of("not-an-ip, 10.0.0.6"))).isEqualTo("10.0.0.6");
    }

    @Test
    void proxiesMustBeIpLiterals() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ClientAddresses.literal("abc.def")).isEmpty();
        assertThat(ClientAddresses.literal("[::1]")).isPresent();
    }
}
