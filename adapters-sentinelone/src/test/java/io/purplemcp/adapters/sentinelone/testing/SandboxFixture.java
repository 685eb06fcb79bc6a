package io.purplemcp.adapters.sentinelone.testing;

import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.domain.powerquery.PowerQueryPolicy;
import io.purplemcp.domain.powerquery.PowerQueryTools;
import io.purplemcp.domain.purpleai.PurpleAiTools;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.sandbox.SandboxConsole;
import io.purplemcp.sandbox.SandboxOptions;
import io.purplemcp.sandbox.http.RecordedRequest;
import io.purplemcp.testsupport.tools.CatalogCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A sandbox console and our client of it, with the domain's tools on top: one per test. */
public final class SandboxFixture implements AutoCloseable {

    public static final String VERSION = "9.9.9-test";

    public final SandboxConsole sandbox;
    public final RecordingSleeper retries = new RecordingSleeper();
    private final List<SentinelOneConsole> consoles = new ArrayList<>();

    public SandboxFixture(SandboxOptions options) {
        try {
            sandbox = SandboxConsole.start(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SandboxFixture() {
        this(SandboxOptions.defaults());
    }

    /** Closes this sandbox and starts another with the default options so changed, for a test that needs it. */
    public SandboxFixture restartedWith(UnaryOperator<SandboxOptions> change) {
        close();
        return new SandboxFixture(change.apply(SandboxOptions.defaults()));
    }

    /** The requests the sandbox received at {@code path}, in order. */
    public List<RecordedRequest> requestsTo(String path) {
        return sandbox.requests().stream()
                .filter(request -> request.path().equals(path))
                .toList();
    }

    /** Settings that reach the sandbox and trust its certificate as an extra CA. */
    public ConsoleSettings settings() {
        return SettingsBuilder.trustingTheSandbox(sandbox.baseUrl(), SandboxConsole.DEMO_TOKEN)
                .build();
    }

    public SentinelOneConsole console(UnaryOperator<SettingsBuilder> change) {
        var console = SentinelOneConsole.connect(
                change.apply(new SettingsBuilder(settings())).build(), retries, Clock.systemUTC());
        consoles.add(console);
        return console;
    }

    public SentinelOneConsole console() {
        return console(UnaryOperator.identity());
    }

    /** Runs {@code powerquery} over {@code console} through the registry, as the MCP side would. */
    public static ToolResult powerquery(
            SentinelOneConsole console, PowerQueryPolicy policy, String query, CallContext context) {
        var registry = new ToolRegistry(
                PowerQueryTools.all(console.dataLake(), console.sleeper(), Clock.systemUTC(), policy),
                Telemetry.none());
        return new CatalogCalls(registry)
                .in(context)
                .call(
                        "powerquery",
                        "query",
                        query,
                        "start_datetime",
                        "2026-01-14T00:00:00Z",
                        "end_datetime",
                        "2026-01-15T00:00:00Z");
    }

    public static ToolResult powerquery(SentinelOneConsole console, String query) {
        return powerquery(console, PowerQueryPolicy.DEFAULT, query, CallContext.unobserved());
    }

    public static ToolResult purpleAi(SentinelOneConsole console, String question) {
        var registry = new ToolRegistry(
                PurpleAiTools.all(console.purpleAi(), Clock.systemUTC(), PurpleAiTools.DEFAULT_TIMEOUT),
                Telemetry.none());
        return new CatalogCalls(registry).call("purple_ai", "query", question);
    }

    public static String text(ToolResult result) {
        return CatalogCalls.text(result);
    }

    public static String failure(ToolResult result) {
        return CatalogCalls.failure(result);
    }

    /** Waits for the best-effort deletes and checks nothing was left running upstream. */
    public void assertNothingLeftRunning() {
        try {
            sandbox.awaitNoRunningQueries(Duration.ofSeconds(10));
        } catch (Exception e) {
            throw new AssertionError("queries left running: " + sandbox.runningQueries() + " " + sandbox.requests(), e);
        }
    }

    @Override
    public void close() {
        consoles.forEach(SentinelOneConsole::close);
        sandbox.close();
    }
}
