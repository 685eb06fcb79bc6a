package io.purplemcp.adapters.sentinelone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.testing.ConnectProxy;
import io.purplemcp.adapters.sentinelone.testing.RecordingSleeper;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.adapters.sentinelone.testing.SettingsBuilder;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.domain.findings.FindingsTools;
import io.purplemcp.domain.inventory.InventoryTools;
import io.purplemcp.domain.powerquery.PowerQueryPolicy;
import io.purplemcp.domain.powerquery.PowerQueryTools;
import io.purplemcp.domain.purpleai.PurpleAiTools;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.sandbox.SandboxConsole;
import io.purplemcp.sandbox.SandboxOptions;
import io.purplemcp.testsupport.logging.CapturedLogs;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tool family against every way the console can fail: a short, clear tool error within the call's
 * deadline (or the answer, where a retry gets through), the token in no output, no query left running.
 */
@Timeout(30)
@Tag("deadline")
class UpstreamFaultMatrixTest {

    private static final Duration DEADLINE = Duration.ofSeconds(3);
    /** The deadline plus what a loaded machine needs to notice it and clean up. */
    private static final Duration WITHIN = DEADLINE.plusSeconds(4);

    private static final int MAX_MESSAGE = 700;
    private static final String STUB_TOKEN = "stub-canary-token-4f1d9a";

    /** One tool per family, called as the MCP side would call it. */
    enum Family {
        ALERTS(SandboxConsole.ALERTS_PATH),
        VULNERABILITIES(SandboxConsole.VULNERABILITIES_PATH),
        MISCONFIGURATIONS(SandboxConsole.MISCONFIGURATIONS_PATH),
        INVENTORY(SandboxConsole.INVENTORY_PATH),
        POWERQUERY(null),
        PURPLE_AI(null);

        private final String armedPath;

        Family(String armedPath) {
            this.armedPath = armedPath;
        }

        List<Tool> tools(SentinelOneConsole console, Duration deadline) {
            var clock = Clock.systemUTC();
            return switch (this) {
                case ALERTS -> FindingsTools.alerts(console.alerts(), clock, deadline);
                case VULNERABILITIES -> FindingsTools.vulnerabilities(console.vulnerabilities(), clock, deadline);
                case MISCONFIGURATIONS -> FindingsTools.misconfigurations(console.misconfigurations(), clock, deadline);
                case INVENTORY -> InventoryTools.all(console.inventory(), clock, deadline);
                case POWERQUERY ->
                    PowerQueryTools.all(
                            console.dataLake(),
                            console.sleeper(),
                            clock,
                            PowerQueryPolicy.DEFAULT.withDeadline(deadline));
                case PURPLE_AI -> PurpleAiTools.all(console.purpleAi(), clock, deadline);
            };
        }

        /** Calls the family's tool; {@code marker} is the sandbox fault, empty for the stub. */
        ToolResult call(SentinelOneConsole console, String marker) {
            return call(console, marker, DEADLINE);
        }

        ToolResult call(SentinelOneConsole console, String marker, Duration deadline) {
            var arguments = JsonNodeFactory.instance.objectNode();
            var tool = switch (this) {
                case ALERTS -> "list_alerts";
                case VULNERABILITIES -> "list_vulnerabilities";
                case MISCONFIGURATIONS -> "list_misconfigurations";
                case INVENTORY -> "list_inventory_items";
                case POWERQUERY -> {
                    // On the poll, so the query exists: a failure must still delete it.
                    arguments
                            .put("query", "| limit 5 " + onThePoll(marker))
                            .put("start_datetime", "2026-01-14T00:00:00Z")
                            .put("end_datetime", "2026-01-15T00:00:00Z");
                    yield "powerquery";
                }
                case PURPLE_AI -> {
                    arguments.put("query", "What happened on the domain controllers? " + marker);
                    yield "purple_ai";
                }
            };
            try {
                return new ToolRegistry(tools(console, deadline), Telemetry.none())
                        .call(new ToolCall(tool, arguments), CallContext.unobserved());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    private static String onThePoll(String marker) {
        return Stream.of(marker.split(" "))
                .filter(one -> !one.isEmpty())
                .map(one -> one.contains("*") ? one.replace("*", "@poll*") : one + "@poll")
                .collect(Collectors.joining(" "));
    }

    /** The faults: a sandbox marker, or a stub reply, or settings that make the answer fail. */
    enum Fault {
        SERVER_ERROR("sandbox:fault=500"),
        OUTAGE_THEN_SUCCESS("sandbox:fault=503*2"),
        RATE_LIMITED("sandbox:fault=429"),
        UNAUTHORIZED("sandbox:fault=401"),
        FORBIDDEN("sandbox:fault=403"),
        NOT_FOUND("sandbox:fault=404"),
        MALFORMED_JSON("sandbox:fault=malformed-json"),
        SLOW_HEADERS("sandbox:fault=slow"),
        RESET("sandbox:fault=reset"),
        REDIRECT("sandbox:fault=redirect"),
        BODY_OVER_THE_CAP(""),
        HTML_ERROR_PAGE(""),
        SLOW_DRIP(""),
        TLS_NAME_MISMATCH("");

        private final String marker;

        Fault(String marker) {
            this.marker = marker;
        }

        boolean onStub() {
            return this == HTML_ERROR_PAGE || this == SLOW_DRIP || this == TLS_NAME_MISMATCH;
        }
    }

    static Stream<Arguments> cells() {
        return Stream.of(Family.values())
                .flatMap(family -> Stream.of(Fault.values()).map(fault -> Arguments.of(family, fault)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cells")
    void aShortClearErrorWithinTheDeadline(Family family, Fault fault) throws Exception {
        if (fault.onStub()) {
            overStub(family, fault);
        } else {
            overSandbox(family, fault);
        }
    }

    private static void overSandbox(Family family, Fault fault) throws Exception {
        try (var fixture = new SandboxFixture(SandboxOptions.defaults().withSlowDelay(DEADLINE.multipliedBy(4)))) {
            UnaryOperator<SettingsBuilder> change = fault == Fault.BODY_OVER_THE_CAP
                    // Above the launch's answer, so the query exists and must be deleted; below every result.
                    ? s -> s.withMaxBodyBytes(family == Family.POWERQUERY ? 700 : 64)
                            .withTimeouts(timeouts())
                    : s -> s.withTimeouts(timeouts());
            var console = fixture.console(change);
            // A first call opens the connection: the cold TLS handshake of a busy test JVM is no fault.
            family.call(console, "");
            fixture.sandbox.clearRequests();
            if (family.armedPath != null && !fault.marker.isEmpty()) {
                fixture.sandbox.armFaults(family.armedPath, fault.marker);
            }
            var marker = family.armedPath == null ? fault.marker : "";
            var started = System.nanoTime();
            if (fault == Fault.OUTAGE_THEN_SUCCESS) {
                // Success has no deadline to prove; a generous one keeps a busy machine from failing it.
                var result = family.call(console, marker, DEADLINE.multipliedBy(5));
                assertThat(result).isNotInstanceOf(ToolResult.Failure.class);
                assertThat(fixture.sandbox.requests())
                        .extracting(r -> r.status())
                        .containsSubsequence(503, 503, 200);
            } else {
                var result = family.call(console, marker);
                var took = Duration.ofNanos(System.nanoTime() - started);
                assertShortClearFailure(result, SandboxConsole.DEMO_TOKEN);
                assertThat(took).isLessThan(WITHIN);
            }
            if (family == Family.POWERQUERY) {
                assertThat(console.awaitPendingCleanup(WITHIN)).isTrue();
                assertThat(fixture.sandbox.runningQueries())
                        .as("queries left running")
                        .isZero();
            }
            assertNoLogCarries(SandboxConsole.DEMO_TOKEN);
        }
    }

    private static void overStub(Family family, Fault fault) throws Exception {
        try (var stub = new StubConsole();
                var proxy = ConnectProxy.tunnellingTo(URI.create(stub.baseUrl()).getPort())) {
            switch (fault) {
                case HTML_ERROR_PAGE ->
                    stub.otherwise(new StubConsole.Send(
                            502,
                            Map.of("Content-Type", "text/html"),
                            "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
                                    + "<script>alert(1)</script></body></html>"));
                case SLOW_DRIP -> stub.otherwise(new StubConsole.Drip(Duration.ofMillis(100)));
                default -> {}
            }
            var base = fault == Fault.TLS_NAME_MISMATCH
                    ? URI.create("https://console.mismatch.test:"
                            + URI.create(stub.baseUrl()).getPort())
                    : URI.create(stub.baseUrl());
            var settings = SettingsBuilder.trustingTheSandbox(base.toString(), STUB_TOKEN)
                    .withTimeouts(timeouts());
            if (fault == Fault.TLS_NAME_MISMATCH) {
                settings.withProxy(ProxySettings.via("127.0.0.1", proxy.port(), List.of()));
            }
            try (var console =
                    SentinelOneConsole.connect(settings.build(), new RecordingSleeper(), Clock.systemUTC())) {
                var started = System.nanoTime();
                var result = family.call(console, "");
                var took = Duration.ofNanos(System.nanoTime() - started);

                assertShortClearFailure(result, STUB_TOKEN);
                assertThat(took).isLessThan(WITHIN);
                assertNoLogCarries(STUB_TOKEN);
                if (fault == Fault.TLS_NAME_MISMATCH) {
                    assertThat(stub.requests())
                            .as("nothing reaches a console that is not the one named")
                            .isEmpty();
                }
            }
        }
    }

    private static HttpTimeouts timeouts() {
        return new HttpTimeouts(DEADLINE, DEADLINE, DEADLINE, DEADLINE);
    }

    private static void assertShortClearFailure(ToolResult result, String token) {
        assertThat(result).isInstanceOf(ToolResult.Failure.class);
        var message = ((ToolResult.Failure) result).message();
        assertThat(message)
                .hasSizeLessThanOrEqualTo(MAX_MESSAGE)
                .doesNotContain(token, "Exception", "\tat ", "<html", "<script", "\n");
    }

    private static void assertNoLogCarries(String token) {
        assertThat(CapturedLogs.entries()).noneMatch(entry -> entry.everything().contains(token));
    }
}
