package io.purplemcp.bootstrap.config;

/**
 * The block printed to stderr when configuration is invalid
 * (docs/decisions/0003-configuration-validation-and-errors.md). Lines are separated by {@code \n}; the caller prints
 * the text as is.
 */
public final class ConfigErrorReport {

    private ConfigErrorReport() {}

    public static String render(SettingsLoadResult.Invalid invalid) {
        return "✗ Configuration error: " + invalid.description()
                + "\n"
                + "\n"
                + "Required environment variables or CLI options:\n"
                + "  --graphql-service-token or PURPLEMCP_CONSOLE_TOKEN (used for both Console and SDL)\n"
                + "  --console-base-url or PURPLEMCP_CONSOLE_BASE_URL\n"
                + "\n"
                + "Note: Token must have Account or Site level permissions (not Global).\n";
    }
}
