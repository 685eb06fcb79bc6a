package io.purplemcp.adapters.sentinelone;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.datalake.SdlDataLake;
import io.purplemcp.adapters.sentinelone.findings.FindingsApi;
import io.purplemcp.adapters.sentinelone.findings.GraphQlFindings;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlClient;
import io.purplemcp.adapters.sentinelone.http.Credentials;
import io.purplemcp.adapters.sentinelone.http.ThreadSleeper;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp;
import io.purplemcp.adapters.sentinelone.http.UpstreamObservation;
import io.purplemcp.adapters.sentinelone.inventory.InventoryClient;
import io.purplemcp.adapters.sentinelone.purpleai.PurpleAiClient;
import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.findings.Findings;
import io.purplemcp.ports.out.inventory.AssetInventory;
import io.purplemcp.ports.out.purpleai.PurpleAi;
import io.purplemcp.ports.out.time.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * One SentinelOne console: the outbound ports over a single pooled HTTPS client. Build it once per
 * process; it is safe for concurrent use. {@link #close()} waits briefly for best-effort clean-up
 * requests (query deletions) still in flight.
 */
public final class SentinelOneConsole implements AutoCloseable {

    private final ConsoleSettings settings;
    private final Credentials credentials;
    private final UpstreamHttp http;
    private final PurpleAi purpleAi;
    private final SdlDataLake dataLake;
    private final Findings alerts;
    private final Findings vulnerabilities;
    private final Findings misconfigurations;
    private final InventoryClient inventory;
    private final Sleeper sleeper = new ThreadSleeper();

    private SentinelOneConsole(
            ConsoleSettings settings, Sleeper retrySleeper, Clock clock, UpstreamObservation observation) {
        this.settings = settings;
        this.credentials = Credentials.of(settings.token());
        this.http = new UpstreamHttp(
                settings.http(), credentials, settings.baseUrl(), retrySleeper, clock, new ObjectMapper(), observation);
        this.purpleAi = new PurpleAiClient(
                graphql(settings.endpoints().graphql()),
                settings.purpleAi(),
                settings.origin(),
                clock,
                settings.http().logPayloads());
        this.dataLake = new SdlDataLake(this.http, URI.create(settings.origin() + "/sdl"), credentials.bearer());
        var findings = settings.endpoints().findings();
        this.alerts = new GraphQlFindings(FindingsApi.alerts(), findingsGraphql(findings.alerts()), clock);
        this.vulnerabilities =
                new GraphQlFindings(FindingsApi.vulnerabilities(), findingsGraphql(findings.vulnerabilities()), clock);
        this.misconfigurations = new GraphQlFindings(
                FindingsApi.misconfigurations(), findingsGraphql(findings.misconfigurations()), clock);
        this.inventory = new InventoryClient(
                this.http,
                settings.origin(),
                settings.endpoints().inventory(),
                credentials.bearer(),
                InventoryClient.REQUEST_TIMEOUT);
    }

    /**
     * Checks the TLS settings and reads the extra CA certificates; the TLS context and connection pool
     * follow with the first request.
     *
     * @throws io.purplemcp.adapters.sentinelone.http.TlsBypassRefused when TLS bypass is requested in production
     * @throws IllegalStateException when the extra CA certificates cannot be read
     */
    public static SentinelOneConsole connect(ConsoleSettings settings) {
        return connect(settings, UpstreamObservation.none());
    }

    /** As {@link #connect(ConsoleSettings)}, reporting each console exchange and passing trace context on. */
    public static SentinelOneConsole connect(ConsoleSettings settings, UpstreamObservation observation) {
        return new SentinelOneConsole(settings, new ThreadSleeper(), Clock.systemUTC(), observation);
    }

    /** As {@link #connect(ConsoleSettings)}, with the waits between retries and the clock replaced (tests). */
    public static SentinelOneConsole connect(ConsoleSettings settings, Sleeper retrySleeper, Clock clock) {
        return new SentinelOneConsole(settings, retrySleeper, clock, UpstreamObservation.none());
    }

    public ConsoleSettings settings() {
        return settings;
    }

    public PurpleAi purpleAi() {
        return purpleAi;
    }

    public DataLake dataLake() {
        return dataLake;
    }

    /** The alerts API (Unified Alerts Management) at {@link ConsoleEndpoints#findings()}. */
    public Findings alerts() {
        return alerts;
    }

    /** The XSPM vulnerabilities API. */
    public Findings vulnerabilities() {
        return vulnerabilities;
    }

    /** The XSPM misconfigurations API. */
    public Findings misconfigurations() {
        return misconfigurations;
    }

    /** The asset inventory at {@link ConsoleEndpoints#inventory()}, authenticating with {@code Bearer}. */
    public AssetInventory inventory() {
        return inventory;
    }

    /** Pauses the calling thread: the sleeper for the PowerQuery tool's polling. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * A GraphQL client for another endpoint of this console, authenticating with {@code ApiToken} like Purple
     * AI. (The findings APIs take {@code Bearer}; use {@link #alerts()}, {@link #vulnerabilities()} and
     * {@link #misconfigurations()}.)
     *
     * @param path the endpoint path, starting with {@code /}
     */
    public GraphQlClient graphql(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a GraphQL path starts with /");
        }
        return new GraphQlClient(http, URI.create(settings.origin() + path), credentials.apiToken());
    }

    /** A GraphQL client for a findings endpoint: these APIs take the token as {@code Bearer}. */
    private GraphQlClient findingsGraphql(String path) {
        return new GraphQlClient(http, URI.create(settings.origin() + path), credentials.bearer());
    }

    /** Waits up to {@code timeout} for clean-up requests in flight; true when all finished. */
    public boolean awaitPendingCleanup(Duration timeout) throws InterruptedException {
        return http.awaitPending(timeout);
    }

    @Override
    public void close() {
        try {
            http.awaitPending(settings.http().timeouts().delete());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
    }
}
