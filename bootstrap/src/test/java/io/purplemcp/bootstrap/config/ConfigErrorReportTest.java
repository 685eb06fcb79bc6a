package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigErrorReportTest {

    @Test
    void singleErrorBlock() {
        String text = ConfigErrorReport.render(new SettingsLoadResult.Invalid(List.of("PURPLEMCP_X is required")));
        assertThat(text)
                .isEqualTo("✗ Configuration error: PURPLEMCP_X is required\n"
                        + "\n"
                        + "Required environment variables or CLI options:\n"
                        + "  --graphql-service-token or PURPLEMCP_CONSOLE_TOKEN (used for both Console and SDL)\n"
                        + "  --console-base-url or PURPLEMCP_CONSOLE_BASE_URL\n"
                        + "\n"
                        + "Note: Token must have Account or Site level permissions (not Global).\n");
        assertThat(text).doesNotContain("✓");
    }

    @Test
    void severalErrorsAreListed() {
        String text = ConfigErrorReport.render(new SettingsLoadResult.Invalid(List.of("a", "b")));
        assertThat(text).startsWith("✗ Configuration error: 2 problems found:\n  - a\n  - b\n\nRequired");
    }

    @Test
    void invalidNeedsAtLeastOneError() {
        assertThatThrownBy(() -> new SettingsLoadResult.Invalid(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
