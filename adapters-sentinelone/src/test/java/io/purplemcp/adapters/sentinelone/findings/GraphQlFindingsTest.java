package io.purplemcp.adapters.sentinelone.findings;

import static io.purplemcp.adapters.sentinelone.testing.StubConsole.deadline;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlClient;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.FindingId;
import io.purplemcp.ports.out.findings.FindingsPage;
import io.purplemcp.ports.out.findings.ListRequest;
import io.purplemcp.ports.out.findings.PageInfo;
import io.purplemcp.ports.out.findings.Selection;
import io.purplemcp.ports.out.findings.Selection.Field;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import io.purplemcp.testsupport.time.MovableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One findings API over a scripted GraphQL endpoint: the schema fallback (what is left out, what is
 * remembered and for how long) and how the answer's root fields are read.
 */
class GraphQlFindingsTest {

    static final String TOKEN = "findings-token-2d7e55";
    static final Duration MEMORY = Duration.ofHours(1);
    static final String EMPTY_ALERTS = "{\"data\":{\"alerts\":{\"edges\":[],\"pageInfo\":{}}}}";
    static final Selection WITH_DATA_SOURCES =
            Selection.of(Field.scalar("id"), Field.object("dataSources", Field.scalar("name")));

    @AutoClose
    final StubConsole stub = new StubConsole();

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T12:00:00Z"));
    final GraphQlClient graphql =
            new GraphQlClient(stub.client(TOKEN), URI.create(stub.baseUrl() + "/graphql"), "Bearer " + TOKEN);

    GraphQlFindings findings(FindingsApi api) {
        return new GraphQlFindings(api, graphql, clock, MEMORY);
    }

    static StubConsole.Send graphQlError(String message) throws Exception {
        return json(200, "{\"errors\":[{\"message\":" + new ObjectMapper().writeValueAsString(message) + "}]}");
    }

    static ListRequest listInView(Selection fields) {
        return ListRequest.list(fields, CursorPageRequest.first(1), Optional.of("ALL"));
    }

    /** Alerts over a console that first refuses with that schema error, then answers with no alert. */
    GraphQlFindings alertsRefusingOnce(String schemaError) throws Exception {
        stub.answer(graphQlError(schemaError), json(200, EMPTY_ALERTS));
        return findings(FindingsApi.alerts());
    }

    String body(int request) {
        return stub.requests().get(request).body();
    }

    @Test
    void aViewTheConsoleLacksIsLeftOutReportedAsIgnoredAndRememberedForAWhile() throws Exception {
        var alerts = alertsRefusingOnce("Unknown argument \"viewType\" on field \"Query.alerts\"");

        var page = alerts.list(listInView(Selection.of(Field.scalar("id"))), deadline());

        assertThat(page.viewIgnored()).isTrue();
        assertThat(stub.requests()).hasSize(2);
        assertThat(body(0)).contains("viewType");
        assertThat(body(1)).doesNotContain("viewType");

        stub.answer(json(200, EMPTY_ALERTS));
        assertThat(alerts.list(listInView(Selection.of(Field.scalar("id"))), deadline())
                        .viewIgnored())
                .isTrue();
        assertThat(stub.requests()).hasSize(3);
        assertThat(body(2)).doesNotContain("viewType");

        clock.advance(MEMORY);
        stub.answer(json(200, EMPTY_ALERTS));
        assertThat(alerts.list(listInView(Selection.of(Field.scalar("id"))), deadline())
                        .viewIgnored())
                .isFalse();
        assertThat(body(3)).as("tried again once the memory ran out").contains("viewType");
    }

    @Test
    void aSchemaErrorNamingNoPartLeavesOutEveryNewerPartButRemembersNone() throws Exception {
        var alerts = alertsRefusingOnce("Cannot query field on type Alert");

        assertThat(alerts.list(listInView(WITH_DATA_SOURCES), deadline()).viewIgnored())
                .isTrue();
        assertThat(body(0)).contains("viewType", "dataSources");
        assertThat(body(1)).doesNotContain("viewType").doesNotContain("dataSources");

        stub.answer(json(200, EMPTY_ALERTS));
        alerts.list(listInView(WITH_DATA_SOURCES), deadline());
        assertThat(body(2)).contains("viewType", "dataSources");
    }

    @Test
    void aNamedMissingFieldIsLeftOutAloneAndTheViewIsKept() throws Exception {
        var alerts = alertsRefusingOnce("Field does not exist: 'dataSources'");

        assertThat(alerts.list(listInView(WITH_DATA_SOURCES), deadline()).viewIgnored())
                .isFalse();
        assertThat(body(1)).contains("viewType").doesNotContain("dataSources");
    }

    @Test
    void otherErrorsAreNotRetried() throws Exception {
        var alerts = findings(FindingsApi.alerts());
        stub.answer(graphQlError("Permission denied"));

        var thrown = catchThrowableOfType(
                UpstreamException.class, () -> alerts.list(listInView(WITH_DATA_SOURCES), deadline()));

        assertThat(thrown.failure()).isEqualTo(new UpstreamFailure.QueryError("GraphQL errors: Permission denied"));
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void aSchemaErrorIsFinalWhenNothingNewerWasAskedFor() throws Exception {
        var vulnerabilities = findings(FindingsApi.vulnerabilities());
        stub.answer(graphQlError("Unknown directive \"@x\""));

        var thrown = catchThrowableOfType(
                UpstreamException.class,
                () -> vulnerabilities.list(listInView(Selection.of(Field.scalar("id"))), deadline()));

        assertThat(thrown.failure()).isInstanceOf(UpstreamFailure.QueryError.class);
        assertThat(stub.requests()).hasSize(1);
        assertThat(body(0)).as("the vulnerabilities API has no views").doesNotContain("viewType");
    }

    @Test
    void aRecordIsFoundOnlyWhenTheAnswerHoldsOne() throws Exception {
        var alerts = findings(FindingsApi.alerts());
        stub.answer(
                json(200, "{\"data\":{\"alert\":{\"id\":\"a1\"}}}"),
                json(200, "{\"data\":{\"alert\":{}}}"),
                json(200, "{\"data\":{\"alert\":null}}"),
                json(200, "{\"data\":{}}"));
        var id = new FindingId("a1");
        var fields = Selection.of(Field.scalar("id"));

        assertThat(alerts.get(id, fields, deadline()))
                .hasValueSatisfying(
                        record -> assertThat(record.path("id").textValue()).isEqualTo("a1"));
        assertThat(alerts.get(id, fields, deadline())).isEmpty();
        assertThat(alerts.get(id, fields, deadline())).isEmpty();
        assertThat(catchThrowableOfType(UpstreamException.class, () -> alerts.get(id, fields, deadline()))
                        .failure())
                .isEqualTo(new UpstreamFailure.MalformedResponse("the answer has no alert"));
    }

    @Test
    void aNullConnectionIsAnEmptyPageAndAnythingElseButAnObjectIsMalformed() throws Exception {
        var alerts = findings(FindingsApi.alerts());
        stub.answer(json(200, "{\"data\":{\"alerts\":null}}"), json(200, "{\"data\":{\"alerts\":[1]}}"));
        var request = ListRequest.list(Selection.of(Field.scalar("id")), CursorPageRequest.first(1), Optional.empty());

        assertThat(alerts.list(request, deadline()))
                .isEqualTo(new FindingsPage(java.util.List.of(), PageInfo.single(), OptionalLong.empty(), false));
        assertThat(catchThrowableOfType(UpstreamException.class, () -> alerts.list(request, deadline()))
                        .failure())
                .isEqualTo(new UpstreamFailure.MalformedResponse("alerts is not an object"));
    }

    @Test
    void unpagedNotesAreAListAndPagedNotesAConnection() throws Exception {
        var alerts = findings(FindingsApi.alerts());
        var vulnerabilities = findings(FindingsApi.vulnerabilities());
        stub.answer(
                json(200, "{\"data\":{\"alertNotes\":{\"data\":[{\"id\":\"n1\"},{\"id\":\"n2\"}]}}}"),
                json(200, "{\"data\":{\"alertNotes\":null}}"),
                json(
                        200,
                        "{\"data\":{\"vulnerabilityNotes\":{\"edges\":[{\"node\":{\"id\":\"n3\"},\"cursor\":\"c3\"}],"
                                + "\"pageInfo\":{\"hasNextPage\":true,\"endCursor\":\"c3\"},\"totalCount\":7}}}"));
        var id = new FindingId("f1");
        var fields = Selection.of(Field.scalar("id"));

        assertThat(alerts.notes(id, fields, Optional.empty(), deadline()).edges())
                .hasSize(2);
        assertThat(alerts.notes(id, fields, Optional.empty(), deadline())).isEqualTo(FindingsPage.empty());
        var paged = vulnerabilities.notes(id, fields, Optional.of(CursorPageRequest.first(1)), deadline());
        assertThat(paged.edges())
                .singleElement()
                .satisfies(edge -> assertThat(edge.cursor()).contains("c3"));
        assertThat(paged.pageInfo().hasNextPage()).isTrue();
        assertThat(paged.totalCount()).hasValue(7);
    }

    @Test
    void historyIsAConnection() throws Exception {
        var alerts = findings(FindingsApi.alerts());
        stub.answer(
                json(200, "{\"data\":{\"alertHistory\":{\"edges\":[{\"node\":{\"id\":\"h1\"}}],\"totalCount\":1}}}"));

        var page = alerts.history(
                new FindingId("a1"), Selection.of(Field.scalar("id")), CursorPageRequest.first(5), deadline());

        assertThat(page.edges()).hasSize(1);
        assertThat(page.totalCount()).hasValue(1);
        assertThat(page.viewIgnored()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Unknown argument \"viewType\"|viewType|true",
                "Cannot query field 'dataSources'|dataSources|true",
                "Cannot query field `dataSources`|dataSources|true",
                "Cannot query field dataSources|dataSources|false",
                "Cannot query field \"dataSourcesV2\"|dataSources|false",
                "Cannot query field \"a.b\"|a.b|true",
                "Cannot query field \"axb\"|a.b|false"
            })
    void anErrorNamesAPartOnlyInQuotes(String detail, String part, boolean named) {
        assertThat(GraphQlFindings.names(detail, part)).isEqualTo(named);
    }
}
