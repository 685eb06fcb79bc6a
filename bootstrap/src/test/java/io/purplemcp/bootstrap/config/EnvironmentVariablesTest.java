package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {

    @Test
    void namesMatchCaseInsensitively() {
        EnvironmentVariables env = EnvironmentVariables.of(Map.of("purplemcp_env", "dev"));
        assertThat(env.raw("PURPLEMCP_ENV")).contains("dev");
    }

    @Test
    void exactUpperCaseNameIsPreferred() {
        Map<String, String> map = new HashMap<>();
        map.put("purplemcp_env", "lower");
        map.put("PURPLEMCP_ENV", "upper");
        map.put("Purplemcp_Env", "mixed");
        assertThat(EnvironmentVariables.of(map).raw("PURPLEMCP_ENV")).contains("upper");
    }

    @Test
    void withoutTheExactNameTheChoiceIsDeterministic() {
        Map<String, String> map = new HashMap<>();
        map.put("purplemcp_env", "lower");
        map.put("Purplemcp_Env", "mixed");
        // Sorted order: "Purplemcp_Env" < "purplemcp_env".
        assertThat(EnvironmentVariables.of(map).raw("PURPLEMCP_ENV")).contains("mixed");
    }

    @Test
    void emptyValuesArePresentButNotNonEmpty() {
        EnvironmentVariables env = EnvironmentVariables.of(Map.of("PURPLEMCP_ENV", ""));
        assertThat(env.raw("PURPLEMCP_ENV")).contains("");
        assertThat(env.nonEmpty("PURPLEMCP_ENV")).isEmpty();
        assertThat(env.raw("PURPLEMCP_CONSOLE_TOKEN")).isEmpty();
    }

    @Test
    void laterChangesToTheMapAreNotSeen() {
        Map<String, String> map = new HashMap<>(Map.of("PURPLEMCP_ENV", "dev"));
        EnvironmentVariables env = EnvironmentVariables.of(map);
        map.put("PURPLEMCP_ENV", "prod");
        assertThat(env.raw("PURPLEMCP_ENV")).contains("dev");
        assertThat(EnvironmentVariables.empty().raw("PURPLEMCP_ENV")).isEmpty();
    }

    @Test
    void unprefixedOrLowerCaseLookupsAreRefused() {
        EnvironmentVariables env = EnvironmentVariables.of(Map.of("SKIP_TLS_VERIFY", "true"));
        assertThatThrownBy(() -> env.raw("SKIP_TLS_VERIFY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> env.raw("purplemcp_env")).isInstanceOf(IllegalArgumentException.class);
    }
}
