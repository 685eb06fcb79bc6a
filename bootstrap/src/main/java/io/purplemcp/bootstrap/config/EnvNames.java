package io.purplemcp.bootstrap.config;

/** The names of every environment variable the server reads. Only {@code PURPLEMCP_*} names. */
public final class EnvNames {

    public static final String PREFIX = "PURPLEMCP_";

    public static final String CONSOLE_TOKEN = "PURPLEMCP_CONSOLE_TOKEN";
    public static final String CONSOLE_BASE_URL = "PURPLEMCP_CONSOLE_BASE_URL";
    public static final String CONSOLE_GRAPHQL_ENDPOINT = "PURPLEMCP_CONSOLE_GRAPHQL_ENDPOINT";
    public static final String ALERTS_GRAPHQL_ENDPOINT = "PURPLEMCP_ALERTS_GRAPHQL_ENDPOINT";
    public static final String MISCONFIGURATIONS_GRAPHQL_ENDPOINT = "PURPLEMCP_MISCONFIGURATIONS_GRAPHQL_ENDPOINT";
    public static final String VULNERABILITIES_GRAPHQL_ENDPOINT = "PURPLEMCP_VULNERABILITIES_GRAPHQL_ENDPOINT";
    public static final String INVENTORY_RESTAPI_ENDPOINT = "PURPLEMCP_INVENTORY_RESTAPI_ENDPOINT";

    public static final String PURPLE_AI_ACCOUNT_ID = "PURPLEMCP_PURPLE_AI_ACCOUNT_ID";
    public static final String PURPLE_AI_TEAM_TOKEN = "PURPLEMCP_PURPLE_AI_TEAM_TOKEN";
    public static final String PURPLE_AI_SESSION_ID = "PURPLEMCP_PURPLE_AI_SESSION_ID";
    public static final String PURPLE_AI_EMAIL_ADDRESS = "PURPLEMCP_PURPLE_AI_EMAIL_ADDRESS";
    public static final String PURPLE_AI_USER_AGENT = "PURPLEMCP_PURPLE_AI_USER_AGENT";
    public static final String PURPLE_AI_BUILD_DATE = "PURPLEMCP_PURPLE_AI_BUILD_DATE";
    public static final String PURPLE_AI_BUILD_HASH = "PURPLEMCP_PURPLE_AI_BUILD_HASH";
    public static final String PURPLE_AI_CONSOLE_VERSION = "PURPLEMCP_PURPLE_AI_CONSOLE_VERSION";

    public static final String ENV = "PURPLEMCP_ENV";
    public static final String LOGFIRE_TOKEN = "PURPLEMCP_LOGFIRE_TOKEN";
    public static final String STATELESS_HTTP = "PURPLEMCP_STATELESS_HTTP";
    public static final String TRANSPORT_MODE = "PURPLEMCP_TRANSPORT_MODE";
    public static final String SKIP_TLS_VERIFY = "PURPLEMCP_SKIP_TLS_VERIFY";
    public static final String DEBUG_UNSAFE_LOGGING = "PURPLEMCP_DEBUG_UNSAFE_LOGGING";
    public static final String CA_BUNDLE = "PURPLEMCP_CA_BUNDLE";
    public static final String ALLOWED_ORIGINS = "PURPLEMCP_ALLOWED_ORIGINS";
    public static final String ALLOWED_HOSTS = "PURPLEMCP_ALLOWED_HOSTS";
    public static final String HTTP_PATH_PREFIX = "PURPLEMCP_HTTP_PATH_PREFIX";
    public static final String MAX_REQUEST_BYTES = "PURPLEMCP_MAX_REQUEST_BYTES";
    public static final String MAX_SESSIONS = "PURPLEMCP_MAX_SESSIONS";
    public static final String SESSION_IDLE_TIMEOUT_SECONDS = "PURPLEMCP_SESSION_IDLE_TIMEOUT_SECONDS";
    public static final String REQUEST_TIMEOUT_SECONDS = "PURPLEMCP_REQUEST_TIMEOUT_SECONDS";
    /** Overrides the conventional {@code HTTPS_PROXY} for this server only. */
    public static final String HTTPS_PROXY = "PURPLEMCP_HTTPS_PROXY";

    public static final String TOOLSETS = "PURPLEMCP_TOOLSETS";
    public static final String TOOLS = "PURPLEMCP_TOOLS";
    public static final String EXCLUDE_TOOLS = "PURPLEMCP_EXCLUDE_TOOLS";
    public static final String HTTP_AUTH = "PURPLEMCP_HTTP_AUTH";
    public static final String HTTP_BEARER_TOKENS_FILE = "PURPLEMCP_HTTP_BEARER_TOKENS_FILE";
    public static final String OAUTH_ISSUER = "PURPLEMCP_OAUTH_ISSUER";
    public static final String OAUTH_JWKS_URL = "PURPLEMCP_OAUTH_JWKS_URL";
    public static final String PUBLIC_URL = "PURPLEMCP_PUBLIC_URL";
    public static final String OAUTH_AUDIENCE = "PURPLEMCP_OAUTH_AUDIENCE";
    public static final String OAUTH_REQUIRED_SCOPES = "PURPLEMCP_OAUTH_REQUIRED_SCOPES";
    public static final String AUDIT_LOG = "PURPLEMCP_AUDIT_LOG";
    public static final String RATE_LIMIT_PER_MINUTE = "PURPLEMCP_RATE_LIMIT_PER_MINUTE";
    public static final String RATE_LIMIT_BURST = "PURPLEMCP_RATE_LIMIT_BURST";
    /** Requests per client address that need a token checked (none yet verified): guards signature work. */
    public static final String AUTH_RATE_LIMIT_PER_MINUTE = "PURPLEMCP_AUTH_RATE_LIMIT_PER_MINUTE";

    public static final String LOG_FORMAT = "PURPLEMCP_LOG_FORMAT";
    public static final String METRICS = "PURPLEMCP_METRICS";

    public static final String TRUSTED_PROXIES = "PURPLEMCP_TRUSTED_PROXIES";

    public static final String SDL_READ_LOGS_TOKEN = "PURPLEMCP_SDL_READ_LOGS_TOKEN";

    private EnvNames() {}
}
