package io.purplemcp.adapters.sentinelone.findings;

import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.testing.FindingsCalls;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.sandbox.SandboxConsole;
import io.purplemcp.sandbox.SandboxOptions;
import io.purplemcp.sandbox.SchemaFeature;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against an older console the request is sent again without the parts it lacks (dataSources for every
 * operation), and what was found missing is remembered for the endpoint
 * (docs/decisions/0013-findings-output-and-schema-fallback.md).
 */
class FindingsSchemaFallbackOverSandboxTest {

    SandboxFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    FindingsCalls olderConsole(SchemaFeature... missing) {
        fixture = new SandboxFixture(SandboxOptions.defaults().withMissingSchemaFeatures(missing));
        return new FindingsCalls(fixture.console());
    }

    List<String> documents(String path) {
        return fixture.requestsTo(path).stream()
                .map(request -> request.graphQlDocument().orElseThrow())
                .toList();
    }

    @Test
    void listingAlertsOnAnOlderConsoleDropsWhatItLacksOnceAndRemembers() {
        var calls = olderConsole(SchemaFeature.ALERTS_VIEW_TYPE, SchemaFeature.ALERTS_DATA_SOURCES);

        var page = calls.json("list_alerts", "first", 2);
        assertThat(page.path("edges")).hasSize(2);
        assertThat(page.at("/edges/0/node/data_sources").isMissingNode()).isTrue();
        var documents = documents(SandboxConsole.ALERTS_PATH);
        assertThat(documents).hasSizeGreaterThanOrEqualTo(2).hasSizeLessThanOrEqualTo(3);
        assertThat(documents.get(0)).contains("viewType", "dataSources");
        assertThat(documents.get(documents.size() - 1)).doesNotContain("viewType", "dataSources");

        fixture.sandbox.clearRequests();
        calls.json("search_alerts", "first", 1);
        calls.json("get_alert", "alert_id", fixture.sandbox.data().alertWithLongHistory());
        assertThat(documents(SandboxConsole.ALERTS_PATH))
                .hasSize(2)
                .allSatisfy(document -> assertThat(document).doesNotContain("viewType", "dataSources"));
    }

    @Test
    void getAlertOnAConsoleWithoutDataSources() {
        var calls = olderConsole(SchemaFeature.ALERTS_DATA_SOURCES);
        var alert = fixture.sandbox.data().alertWithLongHistory();

        var record = calls.json("get_alert", "alert_id", alert);

        assertThat(record.path("id").textValue()).isEqualTo(alert);
        assertThat(record.has("data_sources")).isFalse();
        var requests = fixture.sandbox.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).graphQlDocument().orElseThrow()).contains("dataSources");
        assertThat(requests.get(1).graphQlDocument().orElseThrow()).doesNotContain("dataSources");
        fixture.sandbox.clearRequests();
        assertThat(calls.json("list_alerts", "first", 1).path("edges")).hasSize(1);
        assertThat(fixture.sandbox.requests()).hasSize(1);
        assertThat(fixture.sandbox.requests().get(0).graphQlDocument().orElseThrow())
                .contains("viewType")
                .doesNotContain("dataSources");
    }

    @Test
    void aViewTheConsoleLacksIsAnErrorButTheDefaultViewWorks() {
        var calls = olderConsole(SchemaFeature.MISCONFIGURATIONS_VIEW_TYPE);

        assertThat(calls.json("list_misconfigurations", "first", 1).path("edges"))
                .hasSize(1);
        var requests = fixture.sandbox.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).graphQlVariables().orElseThrow().has("viewType"))
                .isFalse();

        fixture.sandbox.clearRequests();
        assertThat(failure(calls.call("search_misconfigurations", "view_type", "CLOUD")))
                .isEqualTo("Failed to search misconfigurations: this console's misconfigurations API has no view types,"
                        + " so view_type CLOUD cannot be applied. Call again with view_type ALL and narrow the results"
                        + " with filters.");
        assertThat(fixture.sandbox.requests()).hasSize(1);
        assertThat(fixture.sandbox.requests().get(0).graphQlDocument().orElseThrow())
                .doesNotContain("viewType");
    }

    @Test
    void otherErrorsAreNotRetried() {
        var calls = olderConsole(SchemaFeature.ALERTS_VIEW_TYPE);
        var alert = fixture.sandbox.data().alertWithLongHistory();

        assertThat(failure(calls.call("get_alert", "alert_id", alert + " sandbox:fault=graphql-error")))
                .contains("Permission denied");
        assertThat(fixture.sandbox.requests()).hasSize(1);
    }

    @Test
    void operationsWithoutNewerPartsAreNotRetried() {
        var calls = olderConsole(SchemaFeature.ALERTS_VIEW_TYPE, SchemaFeature.MISCONFIGURATIONS_VIEW_TYPE);
        var alert = fixture.sandbox.data().alertWithLongHistory();

        calls.json("get_alert_history", "alert_id", alert);
        calls.json("get_alert_notes", "alert_id", alert);
        calls.json(
                "get_misconfiguration_notes",
                "misconfiguration_id",
                fixture.sandbox.data().misconfigurationWithManyNotes());
        calls.json("list_vulnerabilities");

        assertThat(fixture.sandbox.requests())
                .hasSize(4)
                .allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
    }
}
