package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AuthorizationHeaderTest {

    private static final char[] TOKEN_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/".toCharArray();

    @Provide
    Arbitrary<String> tokens() {
        var body = Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(300);
        var padding = Arbitraries.strings().withChars('=').ofMaxLength(2);
        return body.flatMap(b -> padding.map(p -> b + p));
    }

    @Provide
    Arbitrary<String> schemes() {
        return Arbitraries.of("Bearer", "bearer", "BEARER", "bEaReR");
    }

    @Property
    void everyWellFormedTokenIsReadBack(@ForAll("schemes") String scheme, @ForAll("tokens") String token) {
        var presented = AuthorizationHeader.parse(List.of(scheme + " " + token));
        assertThat(presented).isEqualTo(new AuthorizationHeader.Presented.Token(token));
    }

    @Property
    void aTokenWithAForeignCharacterIsMalformed(
            @ForAll("tokens") String token, @ForAll("foreign") char foreign, @ForAll int position) {
        int at = Math.floorMod(position, token.length() + 1);
        var broken = token.substring(0, at) + foreign + token.substring(at);
        var presented = AuthorizationHeader.parse(List.of("Bearer " + broken));
        if (presented instanceof AuthorizationHeader.Presented.Token parsed) {
            // Only surrounding whitespace may be trimmed away; the token itself is never altered.
            assertThat(broken.strip()).isEqualTo(parsed.value());
        }
    }

    @Provide
    Arbitrary<Character> foreign() {
        return Arbitraries.chars().filter(c -> Arrays.binarySearch(sorted(), c) < 0 && c != '=');
    }

    @Property
    void neverThrowsAndNeverInventsAToken(@ForAll String anything) {
        var presented = AuthorizationHeader.parse(List.of(anything));
        if (presented instanceof AuthorizationHeader.Presented.Token token) {
            assertThat(anything).containsIgnoringCase("bearer").contains(token.value());
        }
    }

    @Property
    void otherSchemesAreMalformed(@ForAll("tokens") String token) {
        assertThat(AuthorizationHeader.parse(List.of("Basic " + token)))
                .isInstanceOf(AuthorizationHeader.Presented.Malformed.class);
        assertThat(AuthorizationHeader.parse(List.of("Bearer" + token)))
                .isInstanceOf(AuthorizationHeader.Presented.Malformed.class);
        assertThat(AuthorizationHeader.parse(List.of("Bearer " + token, "Bearer " + token)))
                .isInstanceOf(AuthorizationHeader.Presented.Malformed.class);
    }

    @Example
    void missingAndEmpty() {
        assertThat(AuthorizationHeader.parse(null)).isInstanceOf(AuthorizationHeader.Presented.Missing.class);
        assertThat(AuthorizationHeader.parse(List.of())).isInstanceOf(AuthorizationHeader.Presented.Missing.class);
        assertThat(AuthorizationHeader.parse(List.of("Bearer ")))
                .isInstanceOf(AuthorizationHeader.Presented.Malformed.class);
        assertThat(AuthorizationHeader.parse(List.of("Bearer " + "a".repeat(20_000))))
                .isInstanceOf(AuthorizationHeader.Presented.Malformed.class);
    }

    @Example
    void theTokenNeverShowsInToString() {
        assertThat(new AuthorizationHeader.Presented.Token("s3cret").toString()).doesNotContain("s3cret");
    }

    private static char[] sorted() {
        var chars = TOKEN_CHARS.clone();
        Arrays.sort(chars);
        return chars;
    }
}
