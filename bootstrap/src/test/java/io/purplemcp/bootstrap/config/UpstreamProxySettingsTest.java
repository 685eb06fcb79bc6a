package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamProxySettingsTest {

    private final SettingsLoaderTest loaderTest = new SettingsLoaderTest();

    private ProxySettings proxy(String... pairs) {
        return loaderTest
                .valid(SettingsLoaderTest.minimal(pairs))
                .console()
                .http()
                .proxy();
    }

    @Test
    void withoutProxyVariablesTheConsoleIsReachedDirectly() {
        assertThat(proxy()).isEqualTo(ProxySettings.direct());
    }

    @Test
    void theConventionalVariablesAreHonouredInEitherCase() {
        assertThat(proxy("HTTPS_PROXY", "http://proxy.corp.test:8080", "NO_PROXY", "localhost, .corp.test,,10.1.2.3"))
                .isEqualTo(new ProxySettings(
                        Optional.of(new ProxySettings.Address("proxy.corp.test", 8080)),
                        List.of("localhost", ".corp.test", "10.1.2.3")));
        assertThat(proxy("https_proxy", "proxy.corp.test:3129", "no_proxy", "*").proxy())
                .contains(new ProxySettings.Address("proxy.corp.test", 3129));
    }

    @Test
    void theServersOwnVariableWinsAndAPortDefaults() {
        var proxy = proxy(EnvNames.HTTPS_PROXY, "http://mine.test", "HTTPS_PROXY", "http://theirs.test:8080");

        assertThat(proxy.proxy()).contains(new ProxySettings.Address("mine.test", 3128));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://proxy.corp.test:8443",
                "http://user:pa55word@proxy.corp.test:8080",
                "http://proxy.corp.test:8080/some/path",
                "http://:8080",
                "socks5://proxy.corp.test:1080"
            })
    void unusableProxiesAreConfigurationErrorsThatDoNotEchoTheValue(String value) {
        assertThat(loaderTest.errors(SettingsLoaderTest.minimal("HTTPS_PROXY", value)))
                .singleElement(STRING)
                .startsWith("HTTPS_PROXY")
                .doesNotContain("pa55word")
                .doesNotContain(value);
    }
}
