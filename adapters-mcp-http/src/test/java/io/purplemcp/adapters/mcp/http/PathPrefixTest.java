package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathPrefixTest {

    @ParameterizedTest
    @CsvSource(
            value = {"'',''", "/,''", "/mcp,/mcp", "/mcp/,/mcp", "/a/b-c/d_e.f~,/a/b-c/d_e.f~"},
            quoteCharacter = '\'')
    void plainPathsAreKeptWithoutTrailingSlash(String raw, String expected) {
        assertThat(PathPrefix.parse(raw)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mcp",
                "//evil.example",
                "/a//b",
                "/a/../b",
                "/..",
                "/.",
                "/%2e%2e",
                "/a b",
                "/a\r\nb",
                "http://x/y",
                "/a?b",
                "/a#b",
                "\\\\evil"
            })
    void anythingThatCouldLeadElsewhereIsRefused(String raw) {
        assertThat(PathPrefix.parse(raw)).isEmpty();
    }

    @Property
    void whatPassesIsAPlainAbsolutePath(@ForAll String raw) {
        PathPrefix.parse(raw).ifPresent(prefix -> {
            assertThat(prefix).doesNotContain("//", "\r", "\n", " ", "?", "#", "%", "\\");
            assertThat(prefix.isEmpty() || prefix.startsWith("/")).isTrue();
            assertThat(prefix).doesNotEndWith("/");
            assertThat(("/" + prefix + "/").contains("/../")).isFalse();
        });
    }
}
