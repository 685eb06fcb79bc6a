package io.purplemcp.bootstrap.cli;

import java.util.Optional;

/** Every option the command line accepts; the single source for the parser and the help text. */
enum CliOption {
    MODE(
            "--mode",
            "-m",
            "[stdio|sse|streamable-http]",
            "Transport mode (env: PURPLEMCP_TRANSPORT_MODE; default: stdio)."),
    HOST("--host", null, "TEXT", "Bind address for sse and streamable-http (default: localhost)."),
    PORT("--port", null, "INTEGER", "Bind port for sse and streamable-http, 1-65535 (default: 8000)."),
    SDL_API_TOKEN("--sdl-api-token", null, "TEXT", null),
    GRAPHQL_SERVICE_TOKEN(
            "--graphql-service-token",
            null,
            "TEXT",
            "Service token for Console GraphQL, REST and SDL (env: PURPLEMCP_CONSOLE_TOKEN)."),
    CONSOLE_BASE_URL(
            "--console-base-url",
            null,
            "TEXT",
            "Console origin, e.g. https://your-console.sentinelone.net (env: PURPLEMCP_CONSOLE_BASE_URL)."),
    GRAPHQL_ENDPOINT(
            "--graphql-endpoint",
            null,
            "TEXT",
            "Purple AI GraphQL path (env: PURPLEMCP_CONSOLE_GRAPHQL_ENDPOINT; default: /web/api/v2.1/graphql)."),
    ALERTS_GRAPHQL_ENDPOINT(
            "--alerts-graphql-endpoint",
            null,
            "TEXT",
            "Unified Alerts GraphQL path (env: PURPLEMCP_ALERTS_GRAPHQL_ENDPOINT;"
                    + " default: /web/api/v2.1/unifiedalerts/graphql)."),
    VERBOSE("--verbose", "-v", null, "DEBUG logging and extra start-up details."),
    BANNER("--banner", null, null, "Show or hide the start-up banner on stderr (default: --no-banner)."),
    NO_BANNER("--no-banner", null, null, null),
    ALLOW_REMOTE_ACCESS(
            "--allow-remote-access",
            null,
            null,
            "Allow binding to a non-loopback address (the HTTP interface has no authentication)."),
    STATELESS_HTTP(
            "--stateless-http",
            null,
            null,
            "Stateless Streamable HTTP; no effect for sse and stdio (env: PURPLEMCP_STATELESS_HTTP)."),
    SKIP_TLS_VERIFY(
            "--skip-tls-verify",
            null,
            null,
            "Disable upstream TLS certificate verification; refused unless PURPLEMCP_ENV is a development"
                    + " value (env: PURPLEMCP_SKIP_TLS_VERIFY). Prefer PURPLEMCP_CA_BUNDLE."),
    TOOLSETS(
            "--toolsets",
            null,
            "LIST",
            "Comma-separated toolsets to serve: purple_ai, powerquery, time, alerts, vulnerabilities,"
                    + " misconfigurations, inventory (env: PURPLEMCP_TOOLSETS; default: all, or none with --tools)."),
    TOOLS("--tools", null, "LIST", "Comma-separated tools to serve besides the toolsets' (env: PURPLEMCP_TOOLS)."),
    EXCLUDE_TOOLS(
            "--exclude-tools", null, "LIST", "Comma-separated tools never to serve (env: PURPLEMCP_EXCLUDE_TOOLS)."),
    LIST_TOOLS("--list-tools", null, null, "List the tools served, with their toolsets, and exit."),
    DEMO("--demo", null, null, "Run against the built-in sandbox console with synthetic data; no credentials."),
    VERSION("--version", null, null, "Show the version and exit."),
    HELP("--help", null, null, "Show this message and exit.");

    private final String longName;
    private final String shortName;
    private final String metavar;
    private final String help;

    /**
     * @param metavar the value placeholder in help; null for flags (options without a value)
     * @param help the help line; null hides the option from help
     */
    CliOption(String longName, String shortName, String metavar, String help) {
        this.longName = longName;
        this.shortName = shortName;
        this.metavar = metavar;
        this.help = help;
    }

    String longName() {
        return longName;
    }

    Optional<String> shortName() {
        return Optional.ofNullable(shortName);
    }

    boolean takesValue() {
        return metavar != null;
    }

    String metavar() {
        return metavar;
    }

    boolean hidden() {
        return help == null;
    }

    String help() {
        return help;
    }

    /** How usage errors name the option, e.g. {@code '--mode' / '-m'}. */
    String quotedNames() {
        return shortName == null ? "'" + longName + "'" : "'" + longName + "' / '" + shortName + "'";
    }

    static Optional<CliOption> byLongName(String name) {
        for (CliOption option : values()) {
            if (option.longName.equals(name)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    static Optional<CliOption> byShortName(String name) {
        for (CliOption option : values()) {
            if (name.equals(option.shortName)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
