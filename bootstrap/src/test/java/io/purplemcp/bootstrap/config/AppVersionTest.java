package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppVersionTest {

    @Test
    void runtimeVersionIsTheFilteredBuildVersion() {
        assertThat(AppVersion.current()).isNotEqualTo(AppVersion.UNKNOWN).doesNotContain("${");
        String buildVersion = System.getProperty("purplemcp.version");
        if (buildVersion != null) {
            assertThat(AppVersion.current()).isEqualTo(buildVersion);
        }
    }

    @Test
    void unfilteredOrMissingValueIsUnknown() {
        assertThat(AppVersion.fromProperty(null)).isEqualTo("unknown");
        assertThat(AppVersion.fromProperty(" ")).isEqualTo("unknown");
        assertThat(AppVersion.fromProperty("${project.version}")).isEqualTo("unknown");
        assertThat(AppVersion.fromProperty(" 1.0.0-alpha.1 ")).isEqualTo("1.0.0-alpha.1");
    }
}
