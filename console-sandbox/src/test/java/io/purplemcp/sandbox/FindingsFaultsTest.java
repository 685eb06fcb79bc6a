package io.purplemcp.sandbox;

import static io.purplemcp.sandbox.Documents.list;
import static io.purplemcp.sandbox.Documents.value;
import static io.purplemcp.sandbox.Documents.variables;
import static io.purplemcp.sandbox.Documents.xspmFilter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.sandbox.http.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault markers on the findings endpoints. Every test uses its own marker text, so the limited faults and
 * the request log entries of the tests running in parallel never mix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsFaultsTest extends SandboxTest {

    private static final String ALERTS = SandboxConsole.ALERTS_PATH;
    private static final Duration SLOW = Duration.ofSeconds(4);

    private final String alertId = console.data().alertWithLongHistory();

    FindingsFaultsTest() {
        super(SandboxOptions.defaults().withSlowDelay(SLOW));
    }

    @Test
    void injectsAStatusWithTheGraphQlErrorBodyBeforeAnythingIsServed() {
        var response = client.getAlert(alertId + " sandbox:fault=500");
        var throttled = client.getAlert(alertId + " sandbox:fault=429");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(client.read(response).at("/errors/0/message").asText()).isEqualTo("Internal Server Error");
        assertThat(client.read(response).at("/errors/0/extensions/detail").asText())
                .contains("injected by sandbox:fault=500");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(logged(alertId + " sandbox:fault=500").injectedFault()).isEqualTo("sandbox:fault=500");
    }

    @Test
    void aLimitedFaultWearsOffAndTheMarkerDoesNotChangeTheId() {
        var id = alertId + " sandbox:fault=503*2";

        var first = client.getAlert(id);
        var second = client.getAlert(id);
        var third = client.getAlert(id);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(client.read(third).at("/data/alert/id").asText()).isEqualTo(alertId);
    }

    @Test
    void aPhaseAimsTheFaultAtOneKindOfRequest() {
        var id = alertId + " sandbox:fault=502@notes";

        var get = client.getAlert(id);
        var history = client.graphQl(
                ALERTS, Documents.GET_ALERT_HISTORY, variables("alertId", id, "first", 1, "after", null));
        var notes = client.graphQl(ALERTS, Documents.GET_ALERT_NOTES, variables("alertId", id));

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(notes.statusCode()).isEqualTo(502);
    }

    @Test
    void aMarkerTravelsInAFilterValueOrACursor() {
        var filters =
                list(Documents.alertsFilter("alertName", false, "match", Documents.values("x sandbox:fault=504@list")));
        var search = client.graphQl(
                ALERTS,
                Documents.searchAlerts("id"),
                variables("filters", filters, "first", 5, "after", null, "viewType", "ALL"));
        var cursor = client.graphQl(
                ALERTS,
                Documents.listAlerts("id"),
                variables("first", 5, "after", "sandbox:fault=404", "viewType", "ALL"));
        var vulnerabilities = vulnerabilitiesWithCve("CVE-2021-44228 sandbox:fault=500@list");
        var misconfigurations = client.graphQl(
                SandboxConsole.MISCONFIGURATIONS_PATH,
                Documents.GET_MISCONFIGURATION,
                variables("id", "m sandbox:fault=501@get"));

        assertThat(search.statusCode()).isEqualTo(504);
        assertThat(cursor.statusCode()).isEqualTo(404);
        assertThat(vulnerabilities.statusCode()).isEqualTo(500);
        assertThat(misconfigurations.statusCode()).isEqualTo(501);
    }

    @Test
    void injectsAMalformedBodyAfterServingTheRequest() {
        var response = client.getAlert(alertId + " sandbox:fault=malformed-json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"data\":{\"alert\":");
        assertThatThrownBy(() -> client.read(response)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resetsTheConnection() {
        var id = alertId + " sandbox:fault=reset@history";

        assertThatThrownBy(() -> client.graphQl(
                        ALERTS, Documents.GET_ALERT_HISTORY, variables("alertId", id, "first", 1, "after", null)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(logged(id).status()).isZero();
    }

    @Test
    void holdsASlowAnswerWithoutHoldingUpOtherRequests() throws Exception {
        var id = alertId + " sandbox:fault=slow@get";
        var sent = System.nanoTime();
        var slow = client.graphQlAsync(ALERTS, Documents.GET_ALERT, variables("alertId", id), Duration.ofSeconds(30))
                .thenApply(response -> new Timed(response, System.nanoTime()));
        console.awaitRequest(r -> r.body().contains("sandbox:fault=slow@get\""), Duration.ofSeconds(10));

        var meanwhile = client.getAlert(alertId);
        var meanwhileDone = System.nanoTime();

        assertThat(meanwhile.statusCode()).isEqualTo(200);
        assertThat(slow).succeedsWithin(Duration.ofSeconds(20)).satisfies(done -> {
            assertThat(done.response().statusCode()).isEqualTo(200);
            assertThat(client.read(done.response()).at("/data/alert/id").asText())
                    .isEqualTo(alertId);
            assertThat(Duration.ofNanos(done.at() - sent)).isGreaterThanOrEqualTo(SLOW);
            assertThat(done.at()).isGreaterThan(meanwhileDone);
        });
    }

    @Test
    void redirectsWhenAsked() {
        var response = client.graphQl(
                SandboxConsole.VULNERABILITIES_PATH,
                Documents.GET_VULNERABILITY,
                variables("id", "v sandbox:fault=redirect"));

        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(SandboxConsole.REDIRECT_TARGET_PREFIX + SandboxConsole.VULNERABILITIES_PATH);
    }

    @Test
    void injectsTheGraphQlContentFaults() {
        var error = client.read(client.getAlert(alertId + " sandbox:fault=graphql-error"));
        var partial = client.read(client.getAlert(alertId + " sandbox:fault=partial-data"));
        var empty = client.read(client.getAlert(alertId + " sandbox:fault=empty-errors"));
        var nullGet = client.read(client.getAlert(alertId + " sandbox:fault=null-data"));
        var nullList = client.read(vulnerabilitiesWithCve("CVE-2021-44228 sandbox:fault=null-data"));

        assertThat(error.at("/errors/0/message").asText()).startsWith("Permission denied");
        assertThat(error.get("data").isNull()).isTrue();
        assertThat(partial.at("/errors/0/path/0").asText()).isEqualTo("alert");
        assertThat(partial.at("/data/alert/id").asText()).isEqualTo(alertId);
        assertThat(empty.get("errors").isArray()).isTrue();
        assertThat(empty.get("errors")).isEmpty();
        assertThat(empty.at("/data/alert/id").asText()).isEqualTo(alertId);
        assertThat(nullGet.has("errors")).isFalse();
        assertThat(nullGet.at("/data/alert").isNull()).isTrue();
        assertThat(nullList.at("/data/vulnerabilities").isNull()).isTrue();
        assertThat(logged(alertId + " sandbox:fault=partial-data").injectedFault())
                .isEqualTo("sandbox:fault=partial-data");
    }

    @Test
    void refusesMarkersThatAreMisspeltOrDoNotApply() {
        var typo = client.getAlert("a sandbox:fault=teapot");
        var poll = client.getAlert("a sandbox:fault=500@poll");
        var sdlOnly = client.getAlert("a sandbox:fault=never-finishes");

        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("unknown sandbox fault mode 'teapot'");
        assertThat(poll.statusCode()).isEqualTo(400);
        assertThat(poll.body()).contains("alerts has no poll request");
        assertThat(sdlOnly.statusCode()).isEqualTo(400);
        assertThat(sdlOnly.body()).contains("does not apply to alerts");
    }

    @Test
    void armedMarkersReachRequestsWithoutAStringArgument() throws IOException {
        try (var armed = SandboxConsole.start()) {
            var armedClient = new SandboxClient(armed);
            armed.armFaults(SandboxConsole.ALERTS_PATH, "sandbox:fault=503@list*1");
            var vars = variables("first", 2, "after", null, "viewType", "ALL");

            var first = armedClient.graphQl(ALERTS, Documents.listAlerts("id"), vars);
            var second = armedClient.graphQl(ALERTS, Documents.listAlerts("id"), vars);
            var get = armedClient.getAlert("x");
            armed.armFaults(SandboxConsole.ALERTS_PATH, "sandbox:fault=null-data");
            var nulled = armedClient.read(armedClient.graphQl(ALERTS, Documents.listAlerts("id"), vars));
            armed.disarmFaults();
            var after = armedClient.graphQl(ALERTS, Documents.listAlerts("id"), vars);

            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(nulled.at("/data/alerts").isNull()).isTrue();
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(armed.requests())
                    .extracting(RecordedRequest::injectedFault)
                    .containsExactly("sandbox:fault=503@list*1", "", "", "sandbox:fault=null-data", "");
            assertThatThrownBy(() -> armed.armFaults(ALERTS, "no marker here"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> armed.armFaults(ALERTS, "sandbox:fault=teapot"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A response and when it arrived (System.nanoTime). */
    private record Timed(HttpResponse<String> response, long at) {}

    private HttpResponse<String> vulnerabilitiesWithCve(String cveId) {
        return client.graphQl(
                SandboxConsole.VULNERABILITIES_PATH,
                Documents.searchVulnerabilities("id"),
                variables("first", 5, "filters", list(xspmFilter("cveId", false, "stringEqual", value(cveId)))));
    }

    private RecordedRequest logged(String variableValue) {
        try {
            return console.awaitRequest(r -> r.body().contains(variableValue + "\""), Duration.ofSeconds(5));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
