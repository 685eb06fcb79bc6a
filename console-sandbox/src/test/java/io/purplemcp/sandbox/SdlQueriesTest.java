package io.purplemcp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SdlQueriesTest extends SandboxTest {

    SdlQueriesTest() {
        super(SandboxOptions.defaults().withSlowDelay(Duration.ofSeconds(3)));
    }

    private record Launched(String id, String tag, JsonNode body) {}

    private Launched launched(String query) {
        var response = client.launch(query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = client.read(response);
        return new Launched(
                body.get("id").asText(),
                response.headers().firstValue(SandboxConsole.FORWARD_TAG_HEADER).orElseThrow(),
                body);
    }

    @Test
    void launchesPollsToCompletionAndDeletesAQueryWhileCountingIt() {
        var query = launched("event.type = 'Process Creation' | group count = count() by src.process.name"
                + " | sort -count | limit 3");
        assertThat(query.body().get("stepsCompleted").asInt()).isZero();
        assertThat(query.body().get("totalSteps").asInt()).isEqualTo(2);
        assertThat(query.body().get("data").isNull()).isTrue();
        assertThat(query.body().get("error").isNull()).isTrue();
        assertThat(query.body().at("/resolvedTimeRange/start").asLong()).isEqualTo(SandboxClient.START);
        assertThat(console.launchedQueries()).isEqualTo(1);
        assertThat(console.runningQueries()).isEqualTo(1);

        var first = client.read(client.poll(query.id(), query.tag(), 0));
        var second = client.read(client.poll(query.id(), query.tag(), 1));

        assertThat(first.get("stepsCompleted").asInt()).isEqualTo(1);
        assertThat(first.get("data").isNull()).isTrue();
        assertThat(second.get("stepsCompleted").asInt()).isEqualTo(2);
        var data = second.get("data");
        assertThat(data.get("columns")).hasSize(2);
        assertThat(data.at("/columns/0/name").asText()).isEqualTo("src.process.name");
        assertThat(data.at("/columns/0/cellType").asText()).isEqualTo("STRING");
        assertThat(data.at("/columns/1/name").asText()).isEqualTo("count");
        assertThat(data.at("/columns/1/cellType").asText()).isEqualTo("NUMBER");
        assertThat(data.get("values")).hasSize(3);
        var counts = new ArrayList<Long>();
        var names = new HashSet<String>();
        data.get("values").forEach(row -> {
            names.add(row.get(0).asText());
            counts.add(row.get(1).asLong());
        });
        assertThat(names).hasSize(3);
        assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(data.get("matchCount").asDouble()).isGreaterThanOrEqualTo(counts.get(0));
        assertThat(data.get("keyColumns").asInt()).isEqualTo(1);
        assertThat(data.get("warnings")).isEmpty();
        assertThat(data.get("partialResultsDueToTimeLimit").asBoolean()).isFalse();

        var deleted = client.delete(query.id(), query.tag());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(console.deletedQueries()).isEqualTo(1);
        assertThat(console.runningQueries()).isZero();
        assertThat(client.poll(query.id(), query.tag(), 2).statusCode()).isEqualTo(404);
        assertThat(client.delete(query.id(), query.tag()).statusCode()).isEqualTo(404);
    }

    @Test
    void logsEveryRequestWithItsHeadersButNotTheToken() {
        client.run("| limit 1");

        var requests = console.requests();
        assertThat(requests).extracting(r -> r.method()).containsExactly("POST", "GET", "GET", "DELETE");
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.authScheme()).hasValue("Bearer");
            assertThat(r.header("authorization")).hasValue("Bearer ***");
            assertThat(r.header("User-Agent")).hasValue(SandboxClient.USER_AGENT);
            assertThat(r.toString()).doesNotContain(SandboxConsole.DEMO_TOKEN);
            assertThat(r.headers().toString()).doesNotContain(SandboxConsole.DEMO_TOKEN);
        });
        assertThat(requests.get(0).body()).contains("\"queryType\":\"PQ\"");
        assertThat(requests.get(1).query()).isEqualTo("lastStepSeen=0");
        assertThat(requests.get(2).query()).isEqualTo("lastStepSeen=1");
        assertThat(requests.get(3).status()).isEqualTo(204);
        assertThat(requests.get(1).header(SandboxConsole.FORWARD_TAG_HEADER)).isPresent();
    }

    @Test
    void completesAfterTheConfiguredNumberOfPolls() throws IOException {
        try (var immediate = SandboxConsole.start(SandboxOptions.defaults().withPollsToComplete(0));
                var slower = SandboxConsole.start(SandboxOptions.defaults().withPollsToComplete(4))) {
            var atLaunch = client.read(new SandboxClient(immediate).launch("| limit 2"));
            new SandboxClient(slower).run("| limit 2");

            assertThat(atLaunch.get("stepsCompleted").asInt()).isEqualTo(1);
            assertThat(atLaunch.get("totalSteps").asInt()).isEqualTo(1);
            assertThat(atLaunch.at("/data/values")).hasSize(2);
            assertThat(slower.requests())
                    .filteredOn(r -> r.method().equals("GET"))
                    .hasSize(4);
        }
    }

    @Test
    void returnsAsManyRowsAsTheLimitAsksForUpToTheCap() throws IOException {
        var tenThousand = client.run("event.type = 'Process Creation' | limit 10000");
        var unlimited = client.run("event.type = 'Process Creation'");

        assertThat(tenThousand.at("/data/values")).hasSize(10_000);
        assertThat(tenThousand.at("/data/matchCount").asDouble()).isEqualTo(10_000.0);
        assertThat(unlimited.at("/data/values")).hasSize(console.options().defaultRows());
        try (var capped = SandboxConsole.start(SandboxOptions.defaults().withMaxRows(50))) {
            assertThat(new SandboxClient(capped).run("| limit 500").at("/data/values"))
                    .hasSize(50);
        }
        assertThat(client.run("| limit 0").at("/data/values")).isEmpty();
    }

    @Test
    void rowsLookLikeARealTenantAndAreDeterministic() {
        var query = "event.type = 'Process Creation' | columns event.time, endpoint.name, src.process.user,"
                + " src.process.name, src.process.cmdline, indicator.name, mitre.technique | limit 200";

        var first = client.run(query);
        var second = client.run(query);

        assertThat(second.get("data")).isEqualTo(first.get("data"));
        var values = first.at("/data/values");
        assertThat(first.at("/data/columns/0/cellType").asText()).isEqualTo("TIMESTAMP");
        var times = new ArrayList<Long>();
        values.forEach(row -> {
            times.add(row.get(0).asLong());
            assertThat(row.get(0).asLong() / 1_000_000).isBetween(SandboxClient.START, SandboxClient.END);
            assertThat(row.get(1).asText()).matches("[a-z]+-(ws|mbp)-\\d{4}|[a-z0-9-]+\\.corp\\.example");
            assertThat(row.get(2).asText())
                    .matches("CORP\\\\[a-z]+\\.[a-z]+|NT AUTHORITY\\\\SYSTEM|root|deploy|[a-z]+\\.[a-z]+");
            assertThat(row.get(4).asText()).isNotBlank();
            assertThat(row.get(6).asText()).matches("T\\d{4}(\\.\\d{3})?");
        });
        assertThat(times).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        var processes = new HashSet<String>();
        values.forEach(row -> processes.add(row.get(3).asText()));
        assertThat(processes)
                .as("a query about detections sees suspicious activity only")
                .contains("powershell.exe", "rundll32.exe")
                .doesNotContain("svchost.exe", "chrome.exe");
        var everything = new HashSet<String>();
        client.run("| limit 200")
                .at("/data/values")
                .forEach(row -> everything.add(row.get(3).asText()));
        assertThat(everything).contains("svchost.exe", "chrome.exe", "powershell.exe");
    }

    @Test
    void aFilterEqualityShowsInTheRows() {
        var result = client.run("event.type = 'IP Connect' and endpoint.name = 'fin-ws-0142'"
                + " | columns endpoint.name, event.type, dst.ip.address, dst.port.number | limit 5");

        result.at("/data/values").forEach(row -> {
            assertThat(row.get(0).asText()).isEqualTo("fin-ws-0142");
            assertThat(row.get(1).asText()).isEqualTo("IP Connect");
            assertThat(row.get(3).isInt()).isTrue();
        });
    }

    @Test
    void checksTheForwardTagAndLastStepSeen() {
        var query = launched("| limit 1");

        assertThat(client.poll(query.id(), null, 0).statusCode()).isEqualTo(400);
        assertThat(client.poll(query.id(), "G-someone-else", 0).statusCode()).isEqualTo(400);
        assertThat(client.poll(query.id(), query.tag(), 5).statusCode()).isEqualTo(400);
        assertThat(client.send(client.request(SandboxConsole.SDL_QUERIES_PATH + "/" + query.id(), Duration.ofSeconds(5))
                                .header("Authorization", "Bearer " + SandboxConsole.DEMO_TOKEN)
                                .header(SandboxConsole.FORWARD_TAG_HEADER, query.tag())
                                .build())
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.poll("no-such-query", query.tag(), 0).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesLaunchBodiesThatDifferFromTheContract() {
        var log = client.postJson(
                SandboxConsole.SDL_QUERIES_PATH,
                "Bearer " + SandboxConsole.DEMO_TOKEN,
                "{\"startTime\":\"2\",\"endTime\":\"1\",\"queryType\":\"LOG\",\"pq\":{\"query\":\"x\",\"resultType\":\"PLOT\"}}",
                Duration.ofSeconds(5));

        assertThat(log.statusCode()).isEqualTo(400);
        assertThat(client.read(log).get("status").asText()).isEqualTo("error/client/badParam");
        assertThat(client.read(log).get("message").asText())
                .contains("endTime must be later than startTime", "queryType", "resultType");
        assertThat(console.launchedQueries()).isZero();
    }

    @Test
    void refusesAWrongTokenOrSchemeWithAnSdlStyle401() {
        var wrong = new SandboxClient(console, "stolen-token").launch("| limit 1");
        var scheme = client.postJson(
                SandboxConsole.SDL_QUERIES_PATH, "ApiToken " + SandboxConsole.DEMO_TOKEN, "{}", Duration.ofSeconds(5));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(client.read(wrong).get("status").asText()).isEqualTo("error/client/noPermission");
        assertThat(scheme.statusCode()).isEqualTo(401);
        assertThat(console.launchedQueries()).isZero();
    }

    @Test
    void statusFaultsRefuseTheRequestWithoutSideEffects() {
        var launch = client.launch("| limit 1 sandbox:fault=500");
        var query = launched("| limit 1 sandbox:fault=429@poll sandbox:fault=503@delete");
        var poll = client.poll(query.id(), query.tag(), 0);
        var delete = client.delete(query.id(), query.tag());

        assertThat(launch.statusCode()).isEqualTo(500);
        assertThat(client.read(launch).get("status").asText()).isEqualTo("error/server/backend");
        assertThat(poll.statusCode()).isEqualTo(429);
        assertThat(poll.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(client.read(poll).get("status").asText()).isEqualTo("error/client/throttled");
        assertThat(delete.statusCode()).isEqualTo(503);
        assertThat(console.launchedQueries()).isEqualTo(1);
        assertThat(console.runningQueries()).isEqualTo(1);
        assertThat(console.deletedQueries()).isZero();
    }

    @Test
    void aPollFaultLimitedToOneRequestLetsTheRetrySucceed() {
        var query = launched("| limit 1 sandbox:fault=429@poll*1");

        var throttled = client.poll(query.id(), query.tag(), 0);
        var retried = client.poll(query.id(), query.tag(), 0);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(client.read(retried).get("stepsCompleted").asInt()).isEqualTo(1);
    }

    @Test
    void aResetLaunchLeavesTheAcceptedQueryRunning() {
        assertThatThrownBy(() -> client.launch("| limit 1 sandbox:fault=reset"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(console.launchedQueries()).isEqualTo(1);
        assertThat(console.runningQueries()).isEqualTo(1);
        assertThat(console.requests())
                .filteredOn(r -> r.method().equals("POST"))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isZero());
    }

    @Test
    void aMalformedPollBodyKeepsItsHeaders() {
        var query = launched("| limit 1 sandbox:fault=malformed-json@poll");

        var poll = client.poll(query.id(), query.tag(), 0);

        assertThat(poll.statusCode()).isEqualTo(200);
        assertThat(poll.headers().firstValue(SandboxConsole.FORWARD_TAG_HEADER)).hasValue(query.tag());
        assertThatThrownBy(() -> client.read(poll)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSlowPollOutlastsTheClientDeadlineWhileOtherQueriesProceed() {
        var query = launched("| limit 1 sandbox:fault=slow@poll");
        var slow = CompletableFuture.supplyAsync(
                () -> client.poll(query.id(), query.tag(), 0, Duration.ofSeconds(2)), SandboxClient.ownThread());

        var other = client.run("| limit 3");

        assertThat(other.at("/data/values")).hasSize(3);
        assertThat(slow)
                .failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .withCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aQueryErrorArrivesInsideA200AndCompletesTheQuery() {
        var atPoll = launched("| grp x sandbox:fault=query-error");
        var atLaunch = launched("| grp x sandbox:fault=query-error@launch");

        var polled = client.read(client.poll(atPoll.id(), atPoll.tag(), 0));

        assertThat(polled.get("stepsCompleted").asInt())
                .isEqualTo(polled.get("totalSteps").asInt());
        assertThat(polled.get("data").isNull()).isTrue();
        assertThat(polled.at("/error/message").asText()).startsWith("Syntax error");
        assertThat(polled.at("/error/details").isNull()).isTrue();
        assertThat(atLaunch.body().get("stepsCompleted").asInt())
                .isEqualTo(atLaunch.body().get("totalSteps").asInt());
        assertThat(atLaunch.body().at("/error/message").asText()).startsWith("Syntax error");
    }

    @Test
    void aQueryThatNeverFinishesStaysOneStepShort() {
        var query = launched("| limit 1 sandbox:fault=never-finishes");

        HttpResponse<String> last = null;
        for (var i = 0; i < 5; i++) {
            last = client.poll(query.id(), query.tag(), i == 0 ? 0 : 1);
        }

        var body = client.read(last);
        assertThat(body.get("stepsCompleted").asInt()).isEqualTo(1);
        assertThat(body.get("totalSteps").asInt()).isEqualTo(2);
        assertThat(body.get("data").isNull()).isTrue();
        assertThat(console.runningQueries()).isEqualTo(1);
    }

    @Test
    void aLaunchCanLackItsForwardTagOrItsId() {
        var noTag = client.launch("| limit 1 sandbox:fault=no-forward-tag");
        var nullId = client.launch("| limit 1 sandbox:fault=null-id");

        assertThat(noTag.statusCode()).isEqualTo(200);
        assertThat(noTag.headers().firstValue(SandboxConsole.FORWARD_TAG_HEADER))
                .isEmpty();
        assertThat(client.read(nullId).get("id").isNull()).isTrue();
        assertThat(nullId.headers().firstValue(SandboxConsole.FORWARD_TAG_HEADER))
                .isPresent();
        assertThat(console.runningQueries()).isEqualTo(2);
    }

    @Test
    void aRedirectIsAnsweredAndNothingIsLaunched() {
        var response = client.launch("| limit 1 sandbox:fault=redirect");

        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(SandboxConsole.REDIRECT_TARGET_PREFIX + SandboxConsole.SDL_QUERIES_PATH);
        assertThat(console.launchedQueries()).isZero();
        assertThat(console.requests()).noneMatch(r -> r.path().startsWith(SandboxConsole.REDIRECT_TARGET_PREFIX));
    }

    @Test
    void pagedRowsArriveOverThePollsAndPartialResultsAreFlagged() {
        var query = launched("| limit 10 sandbox:paged sandbox:partial");

        var first = client.read(client.poll(query.id(), query.tag(), 0));
        var second = client.read(client.poll(query.id(), query.tag(), 1));
        client.delete(query.id(), query.tag());

        var rows = new ArrayList<JsonNode>();
        first.at("/data/values").forEach(rows::add);
        second.at("/data/values").forEach(rows::add);
        assertThat(first.at("/data/values")).hasSize(5);
        assertThat(rows).hasSize(10);
        assertThat(List.of(
                        second.at("/data/partialResultsDueToTimeLimit").asBoolean(),
                        second.at("/data/warnings").size() == 1,
                        second.at("/data/omittedEvents").asDouble() > 0))
                .containsOnly(true);
        assertThat(client.run("| limit 10").at("/data/values")).containsExactlyElementsOf(rows);
    }

    @Test
    void answersAMarkerThatDoesNotApplyWith400() {
        var response = client.launch("| limit 1 sandbox:fault=graphql-error");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(client.read(response).get("message").asText()).contains("does not apply to the SDL");
        assertThat(console.launchedQueries()).isZero();
    }

    @Test
    void awaitsABackgroundDelete() throws Exception {
        var query = launched("| limit 1");

        CompletableFuture.runAsync(() -> client.delete(query.id(), query.tag()), SandboxClient.ownThread());

        console.awaitNoRunningQueries(Duration.ofSeconds(5));
        assertThat(console.deletedQueries()).isEqualTo(1);
    }
}
