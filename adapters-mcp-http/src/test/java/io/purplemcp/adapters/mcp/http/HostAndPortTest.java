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

    // The grammar as one regular expression; the parser matches it by hand for speed. A name may end in
    // one dot (the resolver's root), an IPv6 literal may not.
    private static final Pattern GRAMMAR = Pattern.compile(
            "(?<host>\\[[0-9a-f:.]+](?=:|$)|[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*(?=\\.?(?::|$)))\\.?(?::(?<port>[0-9]{1,5}))?");

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
        var match = GRAMMAR.matcher(text);
        if (text.length() > 300 || !match.matches()) {
            return Optional.empty();
        }
        int port = match.group("port") == null ? -1 : Integer.parseInt(match.group("port"));
        return port > 65_535 ? Optional.empty() : Optional.of(new HostAndPort(match.group("host"), port));
    }
}
