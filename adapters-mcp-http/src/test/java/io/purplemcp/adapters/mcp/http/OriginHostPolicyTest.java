package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginHostPolicyTest {

    private static final OriginHostPolicy LOCAL = new OriginHostPolicy(settings(false, List.of(), List.of()));

    private static HttpTransportSettings settings(boolean remote, List<String> hosts, List<String> origins) {
        var defaults = HttpTransportSettings.defaults("127.0.0.1", 0, HttpMode.STREAMABLE_HTTP);
        return new HttpTransportSettings(
                defaults.host(),
                defaults.port(),
                defaults.mode(),
                false,
                remote,
                hosts,
                origins,
                defaults.maxBodyBytes(),
                defaults.maxSessions(),
                defaults.maxCallsInFlight(),
                defaults.sessionIdleTimeout(),
                defaults.keepAliveInterval(),
                defaults.requestTimeout(),
                defaults.shutdownGrace(),
                defaults.pathPrefix());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost",
                "https://localhost:8443",
                "http://127.0.0.1:6274",
                "https://[::1]",
                "http://[::1]:3000/",
                "HTTPS://LocalHost"
            })
    void loopbackOriginsAreAllowed(String origin) {
        assertThat(LOCAL.allowsOrigin(origin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "null",
                "",
                "http://evil.example",
                "http://localhost.evil.example",
                "http://localhost@evil.example",
                "ftp://localhost",
                "file://",
                "http://localhost/path",
                "http://localhost:99999",
                "http://127.0.0.2",
                "http://[::2]",
                "localhost"
            })
    void otherOriginsAreRefused(String origin) {
        assertThat(LOCAL.allowsOrigin(origin)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"localhost", "localhost:1", "LOCALHOST.", "127.0.0.1:80", "[::1]", "localhost.localdomain:8000"})
    void loopbackHostsAreAllowed(String host) {
        assertThat(LOCAL.allowsHost(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "", "localhost:x", "localhost:1:2", "::1", "[::1", "a b"})
    void otherHostsAreRefused(String host) {
        assertThat(LOCAL.allowsHost(host)).isFalse();
        assertThat(LOCAL.allowsHost(null)).isFalse();
    }

    @Property
    void noGeneratedNameIsTakenForLoopback(
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) String label,
            @ForAll @IntRange(max = 65_535) int port) {
        var name = label + ".example";
        assertThat(LOCAL.allowsHost(name + ":" + port)).isFalse();
        assertThat(LOCAL.allowsOrigin("http://" + name + ":" + port)).isFalse();
        assertThat(LOCAL.allowsHost("localhost:" + port)).isTrue();
        assertThat(LOCAL.allowsOrigin("http://localhost:" + port)).isTrue();
    }

    @Property
    void arbitraryHeaderValuesNeverThrow(@ForAll String value) {
        LOCAL.allowsHost(value);
        LOCAL.allowsOrigin(value);
    }
}
