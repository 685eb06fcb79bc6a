package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HostAndPortTest {

    // The grammar, as regular expressions; the parser matches it by hand for speed.
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern PORT = Pattern.compile(":[0-9]{1,5}");

    @Property(tries = 3000)
    void parsesExactlyWhatTheGrammarDescribes(
            @ForAll
                    @Chars({'a', 'f', 'g', 'z', 'A', '0', '9', '_', '-', '.', ':', '[', ']', ' ', 'é', '/'})
                    @StringLength(max = 14)
                    String value) {
        assertThat(HostAndPort.parse(value)).isEqualTo(specified(value));
    }

    @Test
    void examples() {
        assertThat(HostAndPort.parse(" LocalHost.:8000 ")).contains(new HostAndPort("localhost", 8000));
        assertThat(HostAndPort.parse("[::1]")).contains(new HostAndPort("[::1]", -1));
        assertThat(HostAndPort.parse("a..b")).isEmpty();
        assertThat(HostAndPort.parse("[]")).isEmpty();
        assertThat(HostAndPort.parse("host:")).isEmpty();
        assertThat(HostAndPort.parse("host:123456")).isEmpty();
        assertThat(HostAndPort.parse("host:65536")).isEmpty();
        assertThat(HostAndPort.parse("host:000080")).isEmpty();
    }

    private static Optional<HostAndPort> specified(String value) {
        var text = value.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > 300) {
            return Optional.empty();
        }
        String host;
        String rest;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = text.substring(0, close + 1);
            rest = text.substring(close + 1);
            if (!IPV6_LITERAL.matcher(host).matches()) {
                return Optional.empty();
            }
        } else {
            int colon = text.indexOf(':');
            host = colon < 0 ? text : text.substring(0, colon);
            rest = colon < 0 ? "" : text.substring(colon);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (!NAME.matcher(host).matches()) {
                return Optional.empty();
            }
        }
        if (rest.isEmpty()) {
            return Optional.of(new HostAndPort(host, -1));
        }
        if (!PORT.matcher(rest).matches()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(rest.substring(1));
        return port > 65_535 ? Optional.empty() : Optional.of(new HostAndPort(host, port));
    }
}
