package io.purplemcp.bootstrap;

import io.purplemcp.adapters.mcp.http.ExchangeThreads;
import io.purplemcp.adapters.mcp.http.HttpMode;
import io.purplemcp.adapters.mcp.http.HttpTransportSettings;
import io.purplemcp.adapters.mcp.http.McpHttpServer;
import io.purplemcp.adapters.mcp.http.Readiness;
import io.purplemcp.adapters.mcp.http.metrics.ServerMetrics;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import io.purplemcp.adapters.mcp.stdio.StdioTransport;
import io.purplemcp.adapters.mcp.stdio.StdioTransport.StdioLimits;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.adapters.sentinelone.http.UpstreamObservation;
import io.purplemcp.bootstrap.cli.BindingMessages;
import io.purplemcp.bootstrap.cli.CommandLineParser;
import io.purplemcp.bootstrap.cli.DeprecatedTokenNotice;
import io.purplemcp.bootstrap.cli.LaunchOptions;
import io.purplemcp.bootstrap.cli.LoopbackHost;
import io.purplemcp.bootstrap.cli.ParsedCommandLine;
import io.purplemcp.bootstrap.cli.StartupMessages;
import io.purplemcp.bootstrap.config.AppVersion;
import io.purplemcp.bootstrap.config.ConfigErrorReport;
import io.purplemcp.bootstrap.config.ConfigOverrides;
import io.purplemcp.bootstrap.config.ConfigurationLog;
import io.purplemcp.bootstrap.config.EnvNames;
import io.purplemcp.bootstrap.config.LogFormat;
import io.purplemcp.bootstrap.config.Settings;
import io.purplemcp.bootstrap.config.SettingsLoadResult;
import io.purplemcp.bootstrap.config.SettingsLoader;
import io.purplemcp.bootstrap.config.TransportMode;
import io.purplemcp.bootstrap.logging.LoggingSetup;
import io.purplemcp.bootstrap.logging.SecretRedactor;
import io.purplemcp.domain.context.ProductContext;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.telemetry.TraceScope;
import io.purplemcp.sandbox.SandboxConsole;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Start-up in a fixed order (docs/decisions/0006-startup-binding-and-cli-messages.md): secrets known to the redactor
 * before anything is printed, then the command line, logging, configuration, and finally the transport. Every object
 * of the server is built here and nowhere else.
 */
final class Launcher {

    static final int OK = 0;
    static final int FAILED = 1;

    // Values that must never be printed, looked up before the configuration exists so that even a
    // configuration error cannot echo them.
    private static final Set<String> SECRET_VARIABLES = Set.of(
            EnvNames.CONSOLE_TOKEN,
            EnvNames.LOGFIRE_TOKEN,
            EnvNames.PURPLE_AI_TEAM_TOKEN,
            EnvNames.SDL_READ_LOGS_TOKEN);
    private static final int TOOLS_PAGE_SIZE = 100;

    private final Map<String, String> environment;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final SecretRedactor redactor = new SecretRedactor();
    private final String version = AppVersion.current();

    Launcher(Map<String, String> environment, InputStream stdin, OutputStream stdout) {
        this.environment = Map.copyOf(environment);
        this.stdin = stdin;
        this.stdout = stdout;
    }

    int run(String[] args) {
        registerSecretsFromTheProcess(args);
        var parsed = new CommandLineParser(version).parse(List.of(args), environment);
        if (parsed instanceof ParsedCommandLine.Print print) {
            return printToStdout(print.text());
        }
        if (parsed instanceof ParsedCommandLine.ListTools listing) {
            return printToStdout(ToolList.render(listing.selection(), version));
        }
        var verbose =
                parsed instanceof ParsedCommandLine.Run run && run.options().verbose();
        LoggingSetup.install(verbose, LogFormat.early(environment) == LogFormat.JSON, redactor);
        // Anything printed by accident goes to stderr, through redaction; stdout is the protocol's alone.
        System.setOut(System.err);
        if (parsed instanceof ParsedCommandLine.UsageError usage) {
            System.err.println(usage.message());
            return usage.exitCode();
        }
        var options = ((ParsedCommandLine.Run) parsed).options();
        try {
            return launch(options);
        } catch (Exception | LinkageError failure) {
            LoggerFactory.getLogger(Launcher.class).debug("start-up failed", failure);
            System.err.println(StartupMessages.failedToStart(describe(failure)));
            return FAILED;
        }
    }

    private int launch(LaunchOptions options) throws Exception {
        if (options.deprecatedSdlTokenGiven()) {
            System.err.print(DeprecatedTokenNotice.TEXT);
        }
        // Read by the JDK once per process, when its first HTTP server is created: with --demo that is the
        // sandbox console's, so they must be in place before it starts or the MCP server never gets them.
        HttpServerProperties.apply(
                new SettingsLoader(version).httpOptions(environment).maxSessions());
        if (!options.demo()) {
            return launch(options, options.configOverrides());
        }
        try (var sandbox = SandboxConsole.start()) {
            System.err.print(DemoBanner.text(sandbox.baseUrl()));
            return launch(options, options.configOverrides().withConsole(sandbox.baseUrl(), SandboxConsole.DEMO_TOKEN));
        }
    }

    private int launch(LaunchOptions options, ConfigOverrides overrides) throws Exception {
        var settings = loadSettings(options, overrides);
        if (settings == null) {
            return FAILED;
        }
        // With authorization built in, the server no longer exposes unauthenticated tools beyond loopback.
        if (options.isHttp()
                && !options.allowRemoteAccess()
                && !settings.httpAuth().authenticates()
                && !LoopbackHost.isLoopback(options.host())) {
            System.err.print(BindingMessages.refusal(options.host()));
            return FAILED;
        }
        Optional<String> extraCa;
        try {
            extraCa = options.demo() ? Optional.of(SandboxConsole.certificatePem()) : ConsoleWiring.caBundle(settings);
        } catch (ConsoleWiring.CaBundleUnreadable unreadable) {
            System.err.println("✗ Configuration error: " + unreadable.getMessage());
            return FAILED;
        }
        JdkHttpClientProperties.apply();
        var executor = ServerExecutors.forToolCalls();
        var selection = options.toolSelection();
        // Metrics are recorded only where they are served: on the HTTP transports, when switched on.
        Optional<ServerMetrics> metrics =
                options.isHttp() && settings.observability().metrics()
                        ? Optional.of(new ServerMetrics(ToolList.names(selection, version)))
                        : Optional.empty();
        var telemetries = new ArrayList<Telemetry>();
        telemetries.add(new LoggingTelemetry(settings.observability().logFormat() == LogFormat.JSON));
        metrics.ifPresent(telemetries::add);
        var telemetry = Telemetry.all(telemetries);
        var traces = TraceScope.perThread();
        try (var console = SentinelOneConsole.connect(
                settings.console().trusting(extraCa), new UpstreamObservation(telemetry, traces))) {
            ToolCatalog catalog;
            Predicate<String> served;
            if (selection.servesEverything()) {
                catalog = BackgroundCatalog.start(() -> ProductCatalog.create(console, Clock.systemUTC(), telemetry));
                served = tool -> true;
            } else {
                try {
                    // Built now, not in the background: a tool name that does not exist must stop start-up.
                    catalog = ProductCatalog.create(console, Clock.systemUTC(), telemetry, selection);
                } catch (IllegalArgumentException badSelection) {
                    System.err.println("✗ Configuration error: " + badSelection.getMessage());
                    return FAILED;
                }
                var names =
                        catalog.definitions().stream().map(ToolDefinition::name).collect(Collectors.toSet());
                served = names::contains;
                System.err.println(StartupMessages.toolsServed(names.size(), selection));
            }
            var server = new McpServer(
                    catalog,
                    ProductContext.forTools(served),
                    ProductIdentity.of(version, served),
                    executor,
                    redactor,
                    TOOLS_PAGE_SIZE,
                    settings.unsafeDebugLogging(),
                    telemetry,
                    traces);
            return serve(options, settings, server, metrics);
        } finally {
            executor.shutdownNow();
        }
    }

    private Settings loadSettings(LaunchOptions options, ConfigOverrides overrides) {
        var result = new SettingsLoader(version).load(environment, overrides);
        if (result instanceof SettingsLoadResult.Invalid invalid) {
            System.err.print(ConfigErrorReport.render(invalid));
            return null;
        }
        var settings = ((SettingsLoadResult.Valid) result).settings();
        settings.secrets().forEach(redactor::registerSecret);
        new ConfigurationLog().logLoaded(settings);
        System.err.println(StartupMessages.CONFIGURATION_VALID);
        if (options.verbose()) {
            System.err.println(StartupMessages.verboseDetails(settings.graphqlUrl(), options.mode()));
        }
        return settings;
    }

    private int serve(LaunchOptions options, Settings settings, McpServer server, Optional<ServerMetrics> metrics)
            throws Exception {
        if (options.isHttp()) {
            return serveHttp(options, settings, server, metrics);
        }
        System.err.println(StartupMessages.starting(TransportMode.STDIO, options.host(), options.port()));
        if (options.banner()) {
            System.err.println(banner("STDIO"));
        }
        var out = new BufferedOutputStream(stdout, 64 * 1024);
        new StdioTransport(server.newSession(), stdin, out, StdioLimits.defaults()).run();
        out.flush();
        return OK;
    }

    private int serveHttp(LaunchOptions options, Settings settings, McpServer server, Optional<ServerMetrics> metrics)
            throws Exception {
        boolean remote = !LoopbackHost.isLoopback(options.host());
        if (remote && !settings.httpAuth().authenticates()) {
            System.err.print(BindingMessages.remoteAccessWarning(options.host(), options.port()));
        }
        System.err.println(StartupMessages.starting(options.mode(), options.host(), options.port()));
        var http = settings.http();
        var transport = new HttpTransportSettings(
                options.host(),
                options.port(),
                options.mode() == TransportMode.SSE ? HttpMode.SSE : HttpMode.STREAMABLE_HTTP,
                options.mode() != TransportMode.SSE && settings.statelessHttp(),
                options.allowRemoteAccess() || remote,
                http.allowedHosts(),
                http.allowedOrigins(),
                http.maxRequestBytes(),
                http.maxSessions(),
                HttpTransportSettings.DEFAULT_MAX_CALLS_IN_FLIGHT,
                http.sessionIdleTimeout(),
                HttpTransportSettings.DEFAULT_KEEP_ALIVE_INTERVAL,
                http.requestTimeout(),
                HttpTransportSettings.DEFAULT_SHUTDOWN_GRACE,
                http.pathPrefix().orElse(""));
        var exchanges = ServerExecutors.forHttpExchanges();
        var stopped = new CountDownLatch(1);
        try (var running = McpHttpServer.start(
                server,
                transport,
                exchanges,
                Readiness.always(),
                settings.unsafeDebugLogging(),
                HttpSecurityWiring.settings(settings.httpAuth(), System.err),
                metrics)) {
            LoggerFactory.getLogger(Launcher.class).info("listening on {}", running.address());
            // SIGTERM and Ctrl-C: stop accepting, let calls under way finish, close streams; the JVM then
            // ends with the conventional status of the signal (143 for SIGTERM).
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                running.shutdown(HttpTransportSettings.DEFAULT_SHUTDOWN_GRACE);
                                stopped.countDown();
                            },
                            "purple-mcp-shutdown"));
            stopped.await();
        } finally {
            exchanges.shutdownNow();
        }
        return OK;
    }

    private String banner(String transport) {
        return "purple-mcp for Java " + version + " | server " + ProductIdentity.SERVER_NAME + " | transport "
                + transport + " | Java " + Runtime.version()
                + (ExchangeThreads.virtualThreadsAvailable() ? " (virtual threads)" : " (platform threads)");
    }

    /**
     * Registers every secret the process was given, before the configuration is even parsed: a
     * configuration error must not be able to print a token it failed to accept.
     */
    private void registerSecretsFromTheProcess(String[] args) {
        environment.forEach((name, value) -> {
            if (SECRET_VARIABLES.contains(name.toUpperCase(Locale.ROOT)) && !"0".equals(value.strip())) {
                registerSecret(value);
            }
        });
        CommandLineParser.secretValues(List.of(args)).forEach(this::registerSecret);
    }

    private void registerSecret(String value) {
        // A blank "token" is refused by the configuration anyway; registering it would redact every space.
        if (!value.isBlank()) {
            redactor.registerSecret(value);
            redactor.registerSecret(value.strip());
        }
    }

    private int printToStdout(String text) {
        var out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        out.println(text);
        out.flush();
        return OK;
    }

    private String describe(Throwable failure) {
        var message = failure.getMessage();
        return redactor.redact(
                message == null || message.isBlank() ? failure.getClass().getSimpleName() : message);
    }
}
