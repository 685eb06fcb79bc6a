package io.purplemcp.adapters.sentinelone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The console base URL checks, in their order: the first failing one names the problem. */
class ConsoleBaseUrlRuleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://example.test|Console base URL must use HTTPS (it must start with https://)",
                "''|Console base URL must use HTTPS (it must start with https://)",
                "HTTPS://EXAMPLE.TEST|Console base URL must use HTTPS (it must start with https://)",
                "https://|Console base URL must not have a trailing slash",
                "https://example.test/path/|Console base URL must not have a trailing slash",
                "https://example.test#|Console base URL must not have a trailing hash",
                "https://example.test/sdl|Console base URL must not contain a path (use the console origin only,"
                        + " e.g. remove /sdl or /web/api/...)",
                "https://example.test?key=value|Console base URL must not contain query parameters",
                "https://example.test#fragment|Console base URL must not contain a fragment",
                "https://example.test;params|Console base URL must not contain path parameters",
                "https://user:pass@example.test|Console base URL must not contain user information (user:password@)",
                "https://:443|Console base URL must have a valid hostname",
                "https://example.test:abc|Console base URL must have a valid hostname",
                "https://example.test:8443x|Console base URL must have a valid hostname",
                "https://[::1|Console base URL must have a valid hostname",
                "https://[::1]8443|Console base URL must have a valid hostname",
                "https://[]:8443|Console base URL must have a valid hostname",
                "https://[::1]:port|Console base URL must have a valid hostname",
                "https://exa mple.test|Console base URL must have a valid hostname",
                "https://exa^mple.test|Console base URL must have a valid hostname",
                "https://exa_mple.test|Console base URL must have a valid hostname",
                "https://example.test:99999999999|Console base URL must have a valid hostname",
                "https://example.test:-1|Console base URL must have a valid hostname",
            })
    void theFirstFailingCheckNamesTheProblem(String url, String message) {
        assertThat(ConsoleBaseUrlRule.firstViolation(url)).contains(message);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.test",
                "https://localhost:8443",
                "https://192.168.1.100",
                "https://api-v2.example.test",
                "https://[::1]",
                "https://[::1]:8443",
                "https://example.test:"
            })
    void anHttpsOriginPasses(String url) {
        assertThat(ConsoleBaseUrlRule.firstViolation(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://u:hunter2@x.test", "https://x.test/hunter2", "https://x.test?t=hunter2"})
    void theMessageNeverEchoesTheValue(String url) {
        assertThat(ConsoleBaseUrlRule.firstViolation(url))
                .hasValueSatisfying(message -> assertThat(message).doesNotContain("hunter2"));
    }
}
