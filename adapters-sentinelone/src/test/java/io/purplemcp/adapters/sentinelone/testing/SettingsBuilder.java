package io.purplemcp.adapters.sentinelone.testing;

import io.purplemcp.adapters.sentinelone.ConsoleEndpoints;
import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.findings.FindingsEndpoints;
import io.purplemcp.adapters.sentinelone.http.HttpSettings;
import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.http.RetrySettings;
import io.purplemcp.adapters.sentinelone.http.TlsSettings;
import io.purplemcp.adapters.sentinelone.purpleai.PurpleAiProfile;
import io.purplemcp.sandbox.SandboxConsole;
import java.net.URI;

/**
 * Console settings with the one value a test is about changed. Production builds {@link ConsoleSettings} whole from
 * the configuration, so only tests need to change a value in place.
 */
public final class SettingsBuilder {

    private final URI baseUrl;
    private String token;
    private String graphql;
    private FindingsEndpoints findings;
    private String inventory;
    private PurpleAiProfile purpleAi;
    private final String userAgent;
    private TlsSettings tls;
    private ProxySettings proxy;
    private HttpTimeouts timeouts;
    private RetrySettings retry;
    private long maxBodyBytes;
    private boolean logPayloads;

    public SettingsBuilder(ConsoleSettings from) {
        baseUrl = from.baseUrl();
        token = from.token();
        graphql = from.endpoints().graphql();
        findings = from.endpoints().findings();
        inventory = from.endpoints().inventory();
        purpleAi = from.purpleAi();
        var http = from.http();
        userAgent = http.userAgent();
        tls = http.tls();
        proxy = http.proxy();
        timeouts = http.timeouts();
        retry = http.retry();
        maxBodyBytes = http.maxBodyBytes();
        logPayloads = http.logPayloads();
    }

    /** The defaults for a console at {@code baseUrl}, trusting the sandbox's certificate as an extra CA. */
    public static SettingsBuilder trustingTheSandbox(String baseUrl, String token) {
        return new SettingsBuilder(ConsoleSettings.of(
                        URI.create(baseUrl), token, SandboxFixture.VERSION, "0123456789abcdef0123456789abcdef"))
                .withTls(TlsSettings.trusting(SandboxConsole.certificatePem()));
    }

    public SettingsBuilder withToken(String value) {
        token = value;
        return this;
    }

    public SettingsBuilder withGraphqlEndpoint(String value) {
        graphql = value;
        return this;
    }

    public SettingsBuilder withFindingsEndpoints(FindingsEndpoints value) {
        findings = value;
        return this;
    }

    public SettingsBuilder withInventoryEndpoint(String value) {
        inventory = value;
        return this;
    }

    public SettingsBuilder withPurpleAi(PurpleAiProfile value) {
        purpleAi = value;
        return this;
    }

    public SettingsBuilder withTls(TlsSettings value) {
        tls = value;
        return this;
    }

    public SettingsBuilder withProxy(ProxySettings value) {
        proxy = value;
        return this;
    }

    public SettingsBuilder withTimeouts(HttpTimeouts value) {
        timeouts = value;
        return this;
    }

    public SettingsBuilder withRetry(RetrySettings value) {
        retry = value;
        return this;
    }

    public SettingsBuilder withMaxBodyBytes(long value) {
        maxBodyBytes = value;
        return this;
    }

    public SettingsBuilder withLogPayloads(boolean value) {
        logPayloads = value;
        return this;
    }

    public ConsoleSettings build() {
        return new ConsoleSettings(
                baseUrl,
                token,
                new ConsoleEndpoints(graphql, findings, inventory),
                purpleAi,
                new HttpSettings(userAgent, tls, proxy, timeouts, retry, maxBodyBytes, logPayloads));
    }
}
