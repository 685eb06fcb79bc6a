package io.purplemcp.adapters.sentinelone;

import io.purplemcp.adapters.sentinelone.findings.FindingsEndpoints;
import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.http.RetrySettings;
import io.purplemcp.adapters.sentinelone.http.TlsSettings;
import io.purplemcp.adapters.sentinelone.purpleai.PurpleAiProfile;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything needed to reach one console. {@link #toString()} never shows the token.
 *
 * @param baseUrl the console origin, {@code https://host[:port]} (a trailing slash is ignored)
 * @param token the console API token, with or without a {@code Bearer }/{@code ApiToken } scheme
 * @param graphqlEndpoint the Purple AI GraphQL path, starting with {@code /}
 * @param findings the paths of the alerts, vulnerabilities and misconfigurations GraphQL APIs
 * @param productVersion our version, sent as {@code User-Agent: sentinelone/purple-mcp (version <v>)}
 * @param logPayloads the unsafe debugging switch: log request and response bodies at debug level
 * @param maxBodyBytes the largest answer read
 * @param inventoryEndpoint the asset inventory's REST collection path, starting with {@code /}; surrounding
 *     slashes are normalised when the client is built ({@code /web/api/v2.1/xdr/assets/} is fine)
 */
public record ConsoleSettings(
        URI baseUrl,
        String token,
        String graphqlEndpoint,
        FindingsEndpoints findings,
        String productVersion,
        PurpleAiProfile purpleAi,
        TlsSettings tls,
        ProxySettings proxy,
        HttpTimeouts timeouts,
        RetrySettings retry,
        long maxBodyBytes,
        boolean logPayloads,
        String inventoryEndpoint) {

    public static final String DEFAULT_GRAPHQL_ENDPOINT = "/web/api/v2.1/graphql";
    public static final String DEFAULT_INVENTORY_ENDPOINT = "/web/api/v2.1/xdr/assets";
    public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024 * 1024;

    public ConsoleSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(graphqlEndpoint, "graphqlEndpoint");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(purpleAi, "purpleAi");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(retry, "retry");
        if (!"https"
                        .equals(
                                baseUrl.getScheme() == null
                                        ? null
                                        : baseUrl.getScheme().toLowerCase(Locale.ROOT))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the console base URL must be https://host[:port]");
        }
        var path = baseUrl.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/"))
                || baseUrl.getRawQuery() != null
                || baseUrl.getRawFragment() != null
                || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the console base URL is an origin only: https://host[:port]");
        }
        if (token.isBlank()) {
            throw new IllegalArgumentException("the console token is empty");
        }
        if (!graphqlEndpoint.startsWith("/")) {
            throw new IllegalArgumentException("the GraphQL endpoint must start with /");
        }
        if (productVersion.isBlank()) {
            throw new IllegalArgumentException("the product version is required (use \"unknown\")");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(inventoryEndpoint, "inventoryEndpoint");
        if (!inventoryEndpoint.startsWith("/")) {
            throw new IllegalArgumentException("the inventory endpoint must start with /");
        }
    }

    /** Settings with every default: verified TLS, no proxy, the reference's endpoint and Purple AI details. */
    public static ConsoleSettings of(URI baseUrl, String token, String productVersion, String sessionId) {
        return new ConsoleSettings(
                baseUrl,
                token,
                DEFAULT_GRAPHQL_ENDPOINT,
                FindingsEndpoints.DEFAULTS,
                productVersion,
                PurpleAiProfile.defaults(sessionId, userAgent(productVersion)),
                TlsSettings.verified(),
                ProxySettings.direct(),
                HttpTimeouts.DEFAULTS,
                RetrySettings.DEFAULTS,
                DEFAULT_MAX_BODY_BYTES,
                false,
                DEFAULT_INVENTORY_ENDPOINT);
    }

    /** {@code sentinelone/purple-mcp (version <v>)}. */
    public static String userAgent(String productVersion) {
        return "sentinelone/purple-mcp (version " + productVersion + ")";
    }

    public String userAgent() {
        return userAgent(productVersion);
    }

    /** {@code <origin>} without a trailing slash. */
    public String origin() {
        var text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public ConsoleSettings withToken(String value) {
        return copy(settings -> settings.token = value);
    }

    public ConsoleSettings withGraphqlEndpoint(String value) {
        return copy(settings -> settings.graphqlEndpoint = value);
    }

    public ConsoleSettings withFindingsEndpoints(FindingsEndpoints value) {
        return copy(settings -> settings.findings = value);
    }

    public ConsoleSettings withPurpleAi(PurpleAiProfile value) {
        return copy(settings -> settings.purpleAi = value);
    }

    public ConsoleSettings withTls(TlsSettings value) {
        return copy(settings -> settings.tls = value);
    }

    public ConsoleSettings withProxy(ProxySettings value) {
        return copy(settings -> settings.proxy = value);
    }

    public ConsoleSettings withTimeouts(HttpTimeouts value) {
        return copy(settings -> settings.timeouts = value);
    }

    public ConsoleSettings withRetry(RetrySettings value) {
        return copy(settings -> settings.retry = value);
    }

    public ConsoleSettings withMaxBodyBytes(long value) {
        return copy(settings -> settings.maxBodyBytes = value);
    }

    public ConsoleSettings withLogPayloads(boolean value) {
        return copy(settings -> settings.logPayloads = value);
    }

    public ConsoleSettings withInventoryEndpoint(String value) {
        return copy(settings -> settings.inventoryEndpoint = value);
    }

    private ConsoleSettings copy(Consumer<Copy> change) {
        var copy = new Copy(this);
        change.accept(copy);
        return copy.settings();
    }

    /** These settings with one component changed: what every {@code with…} method builds on. */
    private static final class Copy {
        private URI baseUrl;
        private String token;
        private String graphqlEndpoint;
        private FindingsEndpoints findings;
        private String productVersion;
        private PurpleAiProfile purpleAi;
        private TlsSettings tls;
        private ProxySettings proxy;
        private HttpTimeouts timeouts;
        private RetrySettings retry;
        private long maxBodyBytes;
        private boolean logPayloads;
        private String inventoryEndpoint;

        Copy(ConsoleSettings from) {
            baseUrl = from.baseUrl;
            token = from.token;
            graphqlEndpoint = from.graphqlEndpoint;
            findings = from.findings;
            productVersion = from.productVersion;
            purpleAi = from.purpleAi;
            tls = from.tls;
            proxy = from.proxy;
            timeouts = from.timeouts;
            retry = from.retry;
            maxBodyBytes = from.maxBodyBytes;
            logPayloads = from.logPayloads;
            inventoryEndpoint = from.inventoryEndpoint;
        }

        ConsoleSettings settings() {
            return new ConsoleSettings(
                    baseUrl,
                    token,
                    graphqlEndpoint,
                    findings,
                    productVersion,
                    purpleAi,
                    tls,
                    proxy,
                    timeouts,
                    retry,
                    maxBodyBytes,
                    logPayloads,
                    inventoryEndpoint);
        }
    }

    @Override
    public String toString() {
        return "ConsoleSettings[baseUrl=" + baseUrl + ", token=****, graphqlEndpoint=" + graphqlEndpoint
                + ", findings=" + findings + ", productVersion=" + productVersion + ", purpleAi=" + purpleAi + ", tls="
                + tls + ", proxy=" + proxy
                + ", timeouts=" + timeouts + ", retry=" + retry + ", maxBodyBytes=" + maxBodyBytes + ", logPayloads="
                + logPayloads + ", inventoryEndpoint=" + inventoryEndpoint + "]";
    }
}
