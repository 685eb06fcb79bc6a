package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

    /**
     * The loopback grammar written independently of the hand-written parser: optional surrounding
     * whitespace (as {@code String.trim} removes it), a loopback name (a trailing root dot allowed on
     * names, not on the IPv6 literal), an optional port of one to five digits no larger than 65535.
     */
    private static final String SPACE = "[\\x00-\\x20]*";

    private static final Pattern LOOPBACK_HOST = Pattern.compile(
            SPACE + "(?:(?:localhost|127\\.0\\.0\\.1|localhost\\.localdomain)\\.?|\\[::1])(?::([0-9]{1,5}))?" + SPACE,
            Pattern.CASE_INSENSITIVE);

    /** An origin: http or https, a loopback host (not localhost.localdomain), a port, one trailing slash. */
    private static final Pattern LOOPBACK_ORIGIN = Pattern.compile(
            SPACE + "https?://(?:(?:localhost|127\\.0\\.0\\.1)\\.?|\\[::1])(?::([0-9]{1,5}))?/?" + SPACE,
            Pattern.CASE_INSENSITIVE);

    private static boolean matches(Pattern grammar, String value) {
        var matcher = grammar.matcher(value);
        return matcher.matches() && (matcher.group(1) == null || Integer.parseInt(matcher.group(1)) <= 65_535);
    }

    @Property(tries = 2000)
    void hostsAreAllowedExactlyWhenTheLoopbackGrammarSaysSo(@ForAll("hostHeaders") String value) {
        assertThat(LOCAL.allowsHost(value)).as("Host %s", value).isEqualTo(matches(LOOPBACK_HOST, value));
    }

    @Property(tries = 2000)
    void originsAreAllowedExactlyWhenTheLoopbackGrammarSaysSo(@ForAll("origins") String value) {
        assertThat(LOCAL.allowsOrigin(value)).as("Origin %s", value).isEqualTo(matches(LOOPBACK_ORIGIN, value));
    }

    /** Near misses built from pieces, so that both answers come up often, mixed with arbitrary text. */
    @Provide
    Arbitrary<String> hostHeaders() {
        var built = Combinators.combine(spaces(), hosts(), Arbitraries.of("", "."), ports(), spaces())
                .as((before, host, dot, port, after) -> before + host + dot + port + after);
        return Arbitraries.frequencyOf(Tuple.of(4, built), Tuple.of(1, Arbitraries.strings()));
    }

    @Provide
    Arbitrary<String> origins() {
        var schemes = Arbitraries.of("http://", "https://", "HTTPS://", "Http://", "ftp://", "http:/", "", "file://");
        var suffixes = Arbitraries.of("", "/", "//", "/path", "?q", "#f", "@evil.example", "\\x");
        var built = Combinators.combine(
                        spaces(), schemes, hosts(), Arbitraries.of("", "."), ports(), suffixes, spaces())
                .as((before, scheme, host, dot, port, suffix, after) ->
                        before + scheme + host + dot + port + suffix + after);
        return Arbitraries.frequencyOf(Tuple.of(4, built), Tuple.of(1, Arbitraries.strings()));
    }

    private static Arbitrary<String> spaces() {
        return Arbitraries.of("", "", " ", "\t", " \r\n");
    }

    private static Arbitrary<String> hosts() {
        return Arbitraries.of(
                "localhost",
                "LocalHost",
                "127.0.0.1",
                "[::1]",
                "[::1",
                "::1",
                "[::2]",
                "localhost.localdomain",
                "LOCALHOST.LOCALDOMAIN",
                "127.0.0.2",
                "localhost.evil.example",
                "evil.example",
                "local host",
                "",
                "localhost..");
    }

    private static Arbitrary<String> ports() {
        return Arbitraries.oneOf(
                Arbitraries.of("", ":", ":x", ":1:2", ":000080", ":65535", ":65536", ":99999"),
                Arbitraries.integers().between(0, 99_999).map(port -> ":" + port));
    }
}
