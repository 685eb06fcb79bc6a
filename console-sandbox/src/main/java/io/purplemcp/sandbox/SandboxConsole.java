package io.purplemcp.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.purplemcp.sandbox.data.SyntheticTenant;
import io.purplemcp.sandbox.faults.FaultInjector;
import io.purplemcp.sandbox.faults.Markers;
import io.purplemcp.sandbox.findings.FamilyGraph;
import io.purplemcp.sandbox.findings.FindingsEndpoint;
import io.purplemcp.sandbox.findings.SandboxFamily;
import io.purplemcp.sandbox.http.ErrorStyle;
import io.purplemcp.sandbox.http.RecordedRequest;
import io.purplemcp.sandbox.http.RequestLog;
import io.purplemcp.sandbox.http.RequiredAuthorization;
import io.purplemcp.sandbox.http.Router;
import io.purplemcp.sandbox.inventory.InventoryEndpoint;
import io.purplemcp.sandbox.purpleai.PurpleAiEndpoint;
import io.purplemcp.sandbox.sdl.SdlQueriesEndpoint;
import io.purplemcp.sandbox.sdl.SdlSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A stand-in SentinelOne console on loopback: HTTPS with the real upstream API shapes and synthetic,
 * deterministic data. It serves {@code --demo}, the adapter tests and the benchmarks, and is never
 * part of a production code path.
 *
 * <h2>Upstream APIs</h2>
 *
 * <ul>
 *   <li>Purple AI: {@code POST /web/api/v2.1/graphql} with {@code Authorization: ApiToken <token>}; the
 *       request must be the {@code SimpleTestQuery} / {@code purpleLaunchQuery} operation of the spec
 *       (§2.4), otherwise GraphQL {@code errors} name what is wrong. Questions that ask to show, find,
 *       list, search or hunt something, or mention a query, get a POWER_QUERY answer (query, the
 *       request's displayed time range, explanation); others get a MESSAGE.
 *   <li>SDL: {@code POST /sdl/v2/api/queries} launches, {@code GET /sdl/v2/api/queries/<id>?lastStepSeen=n}
 *       polls and {@code DELETE /sdl/v2/api/queries/<id>} deletes a PowerQuery, with
 *       {@code Authorization: Bearer <token>} and the {@code X-Dataset-Query-Forward-Tag} of the launch
 *       response on every poll and delete. A query completes after {@link SandboxOptions#pollsToComplete()}
 *       polls; its rows come from a synthetic tenant, shaped by the query's {@code columns},
 *       {@code group … by}, {@code sort} and {@code limit N} (capped at {@link SandboxOptions#maxRows()}).
 *   <li>Findings GraphQL, {@code Authorization: Bearer <token>}: {@link #ALERTS_PATH}
 *       ({@code alert}, {@code alerts}, {@code alertNotes}, {@code alertHistory}), {@link #VULNERABILITIES_PATH}
 *       ({@code vulnerability}, {@code vulnerabilities}, {@code vulnerabilityNotes},
 *       {@code vulnerabilityHistory}) and {@link #MISCONFIGURATIONS_PATH} (likewise). Each document is
 *       validated against the family's schema and its variables coerced, with the GraphQL {@code errors} a
 *       real server gives; only the selected fields come back. Lists page with {@code first}/{@code after}
 *       and opaque cursors, filter with the family's {@code FilterInput} dialect and, for alerts and
 *       misconfigurations, a view type. 72 alerts, 62 vulnerabilities and 54 misconfigurations on the
 *       tenant's assets, with notes and histories; {@link #data()} names their ids. With
 *       {@link SandboxOptions#missingSchemaFeatures()} the schemas lack {@code viewType} and
 *       {@code dataSources}, as an older console's, so that a client's fallback can be tested.
 *   <li>Inventory REST, {@code Authorization: Bearer <token>}: {@code GET} {@link #INVENTORY_PATH} or
 *       {@code …/surface/<endpoint|cloud|identity|network_discovery>} with {@code limit} (1–1000) and
 *       {@code skip}, {@code POST} {@link #INVENTORY_PATH} with {@code {"filter": {…, "limit", "skip"}}}
 *       (plain, {@code __in}, {@code __nin}, {@code __contains}, {@code __between}, {@code id__in}); 2 646
 *       assets on four surfaces, with the item catalogue's keys, some nulls and two items with a value of
 *       an unexpected type.
 * </ul>
 *
 * A wrong or missing token is answered 401 with the family's error body. Unknown paths get 404, known
 * paths with another method 405.
 *
 * <h2>Fault markers</h2>
 *
 * Written anywhere in a PowerQuery, a Purple AI question, or a string a findings request or an inventory
 * search carries (an id, a filter value, a cursor; removed before the request is served):
 * {@code sandbox:fault=<mode>[@<phase>][*<n>]}. Requests without such a string are reached with
 * {@link #armFaults(String, String)}.
 *
 * <ul>
 *   <li>{@code 400}…{@code 599}: that status with the family's error body ({@code 429} adds
 *       {@code Retry-After: 1}); the request is refused before anything happens;
 *   <li>{@code malformed-json}: 200 with the JSON body cut in half (the request was processed);
 *   <li>{@code slow}: the normal response after {@link SandboxOptions#slowDelay()}; no server thread
 *       waits meanwhile (processed); while 32 slow responses are already waiting, the connection is
 *       reset instead;
 *   <li>{@code reset}: the connection is closed without a response (processed);
 *   <li>{@code redirect}: 307 to {@code /sandbox/redirect-target<path>} (not processed);
 *   <li>{@code query-error}: SDL: an {@code error} object in a 200 that completes the query (at the first
 *       poll, or {@code @launch}); Purple AI: {@code status.error} with {@code errorType UNKNOWN};
 *   <li>{@code graphql-error}: Purple AI and findings: a GraphQL {@code errors} array with {@code data: null};
 *   <li>{@code partial-data}, {@code empty-errors}: findings: the normal {@code data} beside an error, or
 *       beside {@code "errors": []};
 *   <li>{@code null-data}: findings: every root field {@code null}; inventory: {@code data} and
 *       {@code pagination} {@code null};
 *   <li>{@code never-finishes}: SDL: the query stays one step short of {@code totalSteps};
 *   <li>{@code no-forward-tag}, {@code null-id}: SDL launch without the forward-tag header, or with
 *       {@code "id": null} (the query still counts as running).
 * </ul>
 *
 * The phase ({@code launch}, {@code poll}, {@code delete}) says which SDL request a transport fault hits;
 * it defaults to {@code launch} ({@code poll} for {@code query-error}). On the findings ({@code get},
 * {@code list}, {@code notes}, {@code history}) and the inventory ({@code list} = GET, {@code search} =
 * POST, {@code get} = a search by one id) a marker without a phase hits any request. {@code *n} limits the fault to the
 * first n such requests (of that query, or of that query text for launches, or of that question), so a
 * retry then succeeds. SDL flags: {@code sandbox:paged} spreads the rows over the polls,
 * {@code sandbox:partial} marks the result partial. Unknown {@code sandbox:} markers are answered 400.
 *
 * <h2>Bookkeeping</h2>
 *
 * {@link #launchedQueries()}, {@link #deletedQueries()}, {@link #runningQueries()} and the request log
 * ({@link #requests()}, with the {@code Authorization} value masked) are updated before a response is
 * written, so a client that got its response can assert them at once.
 */
public final class SandboxConsole implements AutoCloseable {

    /** The token the sandbox accepts by default. Public on purpose: the sandbox guards nothing. */
    public static final String DEMO_TOKEN = "sandbox-demo-token";
    /** Purple AI's GraphQL path. */
    public static final String PURPLE_AI_PATH = PurpleAiEndpoint.GRAPHQL_PATH;
    /** The SDL queries path; poll and delete append {@code /<id>}. */
    public static final String SDL_QUERIES_PATH = SdlQueriesEndpoint.QUERIES_PATH;
    /** The SDL routing header. */
    public static final String FORWARD_TAG_HEADER = SdlQueriesEndpoint.FORWARD_TAG;
    /** Where {@code sandbox:fault=redirect} points (followed by the original path). */
    public static final String REDIRECT_TARGET_PREFIX = FaultInjector.REDIRECT_PREFIX;
    /** The alerts GraphQL path (Unified Alerts Management). */
    public static final String ALERTS_PATH = SandboxFamily.ALERTS.path();
    /** The vulnerabilities GraphQL path (XSPM). */
    public static final String VULNERABILITIES_PATH = SandboxFamily.VULNERABILITIES.path();
    /** The misconfigurations GraphQL path (XSPM). */
    public static final String MISCONFIGURATIONS_PATH = SandboxFamily.MISCONFIGURATIONS.path();
    /** The inventory collection path; surfaces are {@code <path>/surface/<endpoint|cloud|identity|network_discovery>}. */
    public static final String INVENTORY_PATH = InventoryEndpoint.PATH;

    /**
     * Far more than any test holds at once; small enough that the connections a load of abandoned slow
     * calls keeps open stay well under the connection limit the MCP server shares in {@code --demo}.
     */
    static final int MAX_DELAYED_REPLIES = 32;

    private static final String KEYSTORE = "sandbox-tls.p12";
    private static final String CERTIFICATE = "sandbox-tls-cert.pem";
    private static final char[] KEYSTORE_PASSWORD = "sandbox-demo-only".toCharArray();

    private final HttpsServer server;
    private final ExecutorService executor;
    private final ScheduledThreadPoolExecutor scheduler;
    private final SandboxOptions options;
    private final RequestLog log;
    private final SdlQueriesEndpoint sdl;
    private final FaultInjector faults;
    private final SandboxData data;

    private SandboxConsole(
            HttpsServer server,
            ExecutorService executor,
            ScheduledThreadPoolExecutor scheduler,
            SandboxOptions options,
            RequestLog log,
            SdlQueriesEndpoint sdl,
            FaultInjector faults,
            SandboxData data) {
        this.server = server;
        this.executor = executor;
        this.scheduler = scheduler;
        this.options = options;
        this.log = log;
        this.sdl = sdl;
        this.faults = faults;
        this.data = data;
    }

    /** Starts on a free port of 127.0.0.1 with {@link SandboxOptions#defaults()}. */
    public static SandboxConsole start() throws IOException {
        return start(SandboxOptions.defaults());
    }

    /** Starts on a free port of 127.0.0.1. */
    public static SandboxConsole start(SandboxOptions options) throws IOException {
        var tls = serverTls();
        var server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        var executor = Executors.newCachedThreadPool(daemons("console-sandbox"));
        var scheduler = new ScheduledThreadPoolExecutor(1, daemons("console-sandbox-delays"));
        scheduler.setRemoveOnCancelPolicy(true);
        server.setExecutor(executor);

        var json = new ObjectMapper();
        var log = new RequestLog(options.requestLogCapacity());
        var router = new Router(log, scheduler, MAX_DELAYED_REPLIES, Clock.systemUTC());
        var faults = new FaultInjector(options.slowDelay());
        new PurpleAiEndpoint(json, faults)
                .register(router, new RequiredAuthorization("ApiToken", options.token(), ErrorStyle.WEB_API));
        var tenant = new SyntheticTenant();
        var sdl = new SdlQueriesEndpoint(
                json,
                tenant,
                faults,
                new SdlSettings(options.pollsToComplete(), options.defaultRows(), options.maxRows()));
        sdl.register(router, new RequiredAuthorization("Bearer", options.token(), ErrorStyle.SDL));

        var data = new SandboxData(tenant);
        var findings = new RequiredAuthorization("Bearer", options.token(), ErrorStyle.GRAPHQL);
        for (var family : SandboxFamily.ALL) {
            var schema = SchemaFeature.schemaWithout(family, options.missingSchemaFeatures());
            new FindingsEndpoint(
                            json,
                            faults,
                            new FamilyGraph(family, schema, data.catalogs().get(family)))
                    .register(router, findings);
        }
        new InventoryEndpoint(json, data.estate(), faults)
                .register(router, new RequiredAuthorization("Bearer", options.token(), ErrorStyle.INVENTORY));

        server.createContext("/", router);
        server.start();
        return new SandboxConsole(server, executor, scheduler, options, log, sdl, faults, data);
    }

    /** {@code https://127.0.0.1:<port>}: a console origin as the configuration expects it. */
    public String baseUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The sandbox's self-signed certificate (PEM), for clients to trust as an extra CA. */
    public static String certificatePem() {
        try (var in = resource(CERTIFICATE)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options this sandbox runs with. */
    public SandboxOptions options() {
        return options;
    }

    /** Ids and facts of the data the findings and inventory endpoints serve. */
    public SandboxData data() {
        return data;
    }

    /**
     * Makes the findings and inventory requests whose path starts with the prefix behave as if they
     * carried the markers, e.g. {@code armFaults(INVENTORY_PATH, "sandbox:fault=503@list*2")} for a
     * listing, which has no string argument to carry a marker. A limited fault counts all such requests
     * together. Markers stay armed until {@link #disarmFaults()}.
     *
     * @throws IllegalArgumentException for a text without markers, or a misspelt marker
     */
    public void armFaults(String pathPrefix, String markers) {
        var parsed = Markers.parse(markers, Set.of());
        if (parsed.faults().isEmpty()) {
            throw new IllegalArgumentException("no sandbox:fault=… marker in " + markers);
        }
        faults.arm(pathPrefix, parsed);
    }

    /** Forgets the markers armed by {@link #armFaults}. */
    public void disarmFaults() {
        faults.disarm();
    }

    /** SDL queries accepted by a launch request so far. */
    public int launchedQueries() {
        return sdl.launched();
    }

    /** SDL queries removed by a DELETE so far. */
    public int deletedQueries() {
        return sdl.deleted();
    }

    /** SDL queries launched and not deleted, complete or not: what a client left behind upstream. */
    public int runningQueries() {
        return sdl.running();
    }

    /** The requests received so far, oldest first (bounded by {@link SandboxOptions#requestLogCapacity()}). */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** Forgets the logged requests (the query counters stay). */
    public void clearRequests() {
        log.clear();
    }

    /**
     * Waits until a request matching the predicate has been handled, and returns the first one.
     *
     * @throws TimeoutException if none arrives in time
     */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matching, Duration timeout)
            throws InterruptedException, TimeoutException {
        log.await(() -> log.snapshot().stream().anyMatch(matching), timeout);
        return log.snapshot().stream().filter(matching).findFirst().orElseThrow();
    }

    /**
     * Waits until no SDL query is running, e.g. for a best-effort DELETE sent in the background.
     *
     * @throws TimeoutException if queries are still running when the time is up
     */
    public void awaitNoRunningQueries(Duration timeout) throws InterruptedException, TimeoutException {
        log.await(() -> sdl.running() == 0, timeout);
    }

    /** Stops the server at once, drops delayed responses and ends the sandbox's threads. */
    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        executor.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A client TLS context that trusts {@link #certificatePem()} and nothing else. */
    public static SSLContext clientTls() {
        try {
            var certificate = CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(certificatePem().getBytes(StandardCharsets.US_ASCII)));
            var store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("sandbox", certificate);
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            var context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the sandbox's certificate cannot be trusted", e);
        }
    }

    /**
     * The server side of the sandbox's TLS, with its published demo key: for test servers that stand in for a
     * console and want a client that trusts the sandbox ({@link #clientTls()}) to trust them too.
     */
    public static SSLContext serverTls() throws IOException {
        try (var in = resource(KEYSTORE)) {
            var keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, KEYSTORE_PASSWORD);
            var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, KEYSTORE_PASSWORD);
            var context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("the sandbox's TLS key cannot be loaded", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        var in = SandboxConsole.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing sandbox resource " + name);
        }
        return in;
    }
}
