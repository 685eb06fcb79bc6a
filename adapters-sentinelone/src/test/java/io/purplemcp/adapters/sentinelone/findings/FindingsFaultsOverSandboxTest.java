package io.purplemcp.adapters.sentinelone.findings;

import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.testing.FindingsCalls;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.sandbox.SandboxConsole;
import io.purplemcp.sandbox.SandboxOptions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each fault the console can show ends in a clear tool error within the call's deadline, or is survived. */
class FindingsFaultsOverSandboxTest {

    final SandboxFixture fixture = new SandboxFixture(SandboxOptions.defaults().withSlowDelay(Duration.ofSeconds(5)));
    final FindingsCalls calls = new FindingsCalls(fixture.console());
    final String alert = fixture.sandbox.data().alertWithLongHistory();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aServerErrorIsNamedWithItsStatus() {
        assertThat(failure(calls.call("get_alert", "alert_id", alert + " sandbox:fault=500")))
                .startsWith("Failed to retrieve alert " + alert + " sandbox:fault=500: HTTP 500 Internal Server Error")
                .endsWith("The console had a problem answering; try again later.");
        assertThat(fixture.sandbox.requests()).hasSize(1);
    }

    @Test
    void aPassingOutageIsRetried() {
        var id = alert + " sandbox:fault=503*2";
        assertThat(calls.json("get_alert", "alert_id", id).path("id").textValue())
                .isEqualTo(alert);
        assertThat(fixture.sandbox.requests())
                .extracting(request -> request.status())
                .containsExactly(503, 503, 200);
        assertThat(fixture.retries.pauses()).hasSize(2);
    }

    @Test
    void aRefusedTokenSaysSo() {
        var wrongToken = new FindingsCalls(fixture.console(settings -> settings.withToken("wrong-token")));
        assertThat(failure(wrongToken.call("list_vulnerabilities")))
                .startsWith("Failed to list vulnerabilities: HTTP 401 Unauthorized")
                .contains("Check that the server's console token is valid");
        assertThat(fixture.sandbox.requests()).hasSize(1);
    }

    @Test
    void graphQlErrorsAreNamed() {
        assertThat(failure(calls.call("get_alert_notes", "alert_id", alert + " sandbox:fault=graphql-error")))
                .startsWith("Failed to retrieve notes for alert " + alert + " sandbox:fault=graphql-error: the console"
                        + " reported an error: GraphQL errors: Permission denied");
        assertThat(fixture.sandbox.requests()).hasSize(1);
    }

    @Test
    void partialDataBesideErrorsIsAnErrorThatNamesThem() {
        assertThat(failure(calls.call(
                        "get_misconfiguration_history",
                        "misconfiguration_id",
                        fixture.sandbox.data().misconfigurationWithManyNotes() + " sandbox:fault=partial-data")))
                .contains("the console reported an error: GraphQL errors: Timeout while resolving a field");
    }

    @Test
    void anEmptyErrorsListIsNoError() {
        assertThat(calls.json("get_alert_history", "alert_id", alert + " sandbox:fault=empty-errors")
                        .path("edges"))
                .isNotEmpty();
    }

    @Test
    void nullRootFieldsAreNothingFound() {
        assertThat(text(calls.call("get_vulnerability", "vulnerability_id", "v sandbox:fault=null-data")))
                .isEqualTo("null");
        fixture.sandbox.armFaults(SandboxConsole.ALERTS_PATH, "sandbox:fault=null-data@list");
        assertThat(calls.json("list_alerts").toString())
                .isEqualTo("{\"edges\":[],\"page_info\":{\"has_next_page\":false,\"has_previous_page\":false}}");
        assertThat(calls.json("get_alert_notes", "alert_id", alert + " sandbox:fault=null-data")
                        .toString())
                .isEqualTo("{\"data\":[]}");
    }

    @Test
    void anUnreadableAnswerIsNamed() {
        assertThat(failure(calls.call("get_alert", "alert_id", alert + " sandbox:fault=malformed-json")))
                .contains("the console's answer could not be read: the answer is not JSON");
    }

    @Test
    void aRedirectIsNotFollowed() {
        fixture.sandbox.armFaults(SandboxConsole.MISCONFIGURATIONS_PATH, "sandbox:fault=redirect@list");
        assertThat(failure(calls.call("list_misconfigurations")))
                .isEqualTo("Failed to list misconfigurations: unexpected HTTP 307 Temporary Redirect: redirects are not"
                        + " followed. Check that the console address is the console's own https address: a redirect"
                        + " usually means a login page, a proxy or an old host name.");
        assertThat(fixture.sandbox.requests()).hasSize(1);
    }

    @Test
    void aDroppedConnectionIsRetriedThenNamed() {
        assertThat(failure(calls.call("get_alert", "alert_id", alert + " sandbox:fault=reset")))
                .startsWith("Failed to retrieve alert " + alert + " sandbox:fault=reset: the console could not be"
                        + " reached");
        assertThat(fixture.sandbox.requests()).hasSize(4);
    }

    @Test
    @Tag("deadline")
    void aSlowConsoleEndsWithinTheDeadline() {
        var impatient = new FindingsCalls(fixture.console(), Duration.ofSeconds(1));
        long started = System.nanoTime();
        var message = failure(impatient.call("get_alert_history", "alert_id", alert + " sandbox:fault=slow"));
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(message)
                .isEqualTo("Failed to retrieve history for alert " + alert + " sandbox:fault=slow: the console did not"
                        + " answer in time: no complete answer before the call's deadline. Try again later, or ask for"
                        + " less at once.");
        assertThat(took).isLessThan(Duration.ofSeconds(4));
    }
}
