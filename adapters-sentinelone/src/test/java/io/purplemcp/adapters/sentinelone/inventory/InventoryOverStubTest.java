package io.purplemcp.adapters.sentinelone.inventory;

import static io.purplemcp.adapters.sentinelone.inventory.InventoryCalls.answer;
import static io.purplemcp.adapters.sentinelone.inventory.InventoryCalls.call;
import static io.purplemcp.adapters.sentinelone.inventory.InventoryCalls.json;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.text;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.reset;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.status;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.purplemcp.adapters.sentinelone.ConsoleEndpoints;
import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.adapters.sentinelone.findings.FindingsEndpoints;
import io.purplemcp.adapters.sentinelone.testing.RecordingSleeper;
import io.purplemcp.adapters.sentinelone.testing.SettingsBuilder;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.testsupport.logging.CapturedLogs;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The inventory adapter over HTTPS against a scripted console: URLs, bodies, headers, status handling. */
class InventoryOverStubTest {

    static final String TOKEN = "stub-token-5e1f";
    static final String ASSETS = "/web/api/v2.1/xdr/assets";
    static final String PAGE =
            "{\"data\":[{\"id\":\"a1\",\"name\":\"WIN-SRV-DC01\",\"resourceType\":\"Windows Server\","
                    + "\"cloudProvider\":null}],\"pagination\":{\"totalCount\":1874,\"limit\":2,\"skip\":0,\"nextCursor\":\"x\"}}";

    final StubConsole stub = new StubConsole();
    final RecordingSleeper retries = new RecordingSleeper();
    final List<SentinelOneConsole> consoles = new ArrayList<>();

    @AfterEach
    void close() {
        consoles.forEach(SentinelOneConsole::close);
        stub.close();
    }

    SentinelOneConsole console(UnaryOperator<SettingsBuilder> change) {
        var settings = SettingsBuilder.trustingTheSandbox(stub.baseUrl(), TOKEN);
        var console = SentinelOneConsole.connect(change.apply(settings).build(), retries, Clock.systemUTC());
        consoles.add(console);
        return console;
    }

    SentinelOneConsole console() {
        return console(UnaryOperator.identity());
    }

    @Test
    void listIsAGetOfTheCollectionWithLimitAndSkip() {
        stub.answer(json(200, PAGE));

        var answer = answer(call(console().inventory(), "list_inventory_items"));

        var request = stub.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo(ASSETS);
        assertThat(request.query()).isEqualTo("limit=50&skip=0");
        assertThat(request.body()).isEmpty();
        assertThat(answer)
                .isEqualTo(json(
                        "{\"data\":[{\"id\":\"a1\",\"name\":\"WIN-SRV-DC01\",\"resource_type\":\"Windows Server\"}],"
                                + "\"pagination\":{\"total_count\":1874,\"limit\":2,\"skip\":0}}"));
    }

    @Test
    void limitAndSkipGoIntoTheQueryInThatOrder() {
        call(console().inventory(), "list_inventory_items", "limit", 200, "skip", 100);

        assertThat(stub.only().query()).isEqualTo("limit=200&skip=100");
    }

    @ParameterizedTest
    @CsvSource({"ENDPOINT,endpoint", "CLOUD,cloud", "IDENTITY,identity", "NETWORK_DISCOVERY,network_discovery"})
    void eachSurfaceHasItsLowerCasePath(String surface, String path) {
        call(console().inventory(), "list_inventory_items", "surface", surface);

        assertThat(stub.only().path()).isEqualTo(ASSETS + "/surface/" + path);
        assertThat(stub.only().query()).isEqualTo("limit=50&skip=0");
    }

    @Test
    void anEmptySurfaceIsTheWholeCollection() {
        call(console().inventory(), "list_inventory_items", "surface", "");

        assertThat(stub.only().path()).isEqualTo(ASSETS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/web/api/v2.1/xdr/assets/", "//web/api/v2.1/xdr/assets//"})
    void theEndpointsSlashesAreNormalised(String endpoint) {
        call(console(s -> s.withInventoryEndpoint(endpoint)).inventory(), "list_inventory_items", "surface", "CLOUD");

        assertThat(stub.only().path()).isEqualTo(ASSETS + "/surface/cloud");
    }

    @Test
    void aCustomEndpointIsUsedForEveryRequest() {
        var inventory = console(s -> s.withInventoryEndpoint("/api/assets")).inventory();

        call(inventory, "list_inventory_items");
        call(inventory, "search_inventory_items");
        call(inventory, "get_inventory_item", "item_id", "a1");

        assertThat(stub.requests()).extracting(StubConsole.Recorded::path).containsOnly("/api/assets");
    }

    @Test
    void searchPostsTheFiltersWithThePageAndNoQuery() {
        call(
                console().inventory(),
                "search_inventory_items",
                "filters",
                "{\"resourceType\":[\"Windows Server\"],\"name__contains\":[\"prod\"],"
                        + "\"lastActiveDt__between\":{\"from\":1704085200000,\"to\":1735693199000}}",
                "limit",
                100,
                "skip",
                50);

        var request = stub.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(ASSETS);
        assertThat(request.query()).isNull();
        assertThat(request.body())
                .isEqualTo("{\"filter\":{\"resourceType\":[\"Windows Server\"],\"name__contains\":[\"prod\"],"
                        + "\"lastActiveDt__between\":{\"from\":1704085200000,\"to\":1735693199000},\"limit\":100,"
                        + "\"skip\":50}}");
    }

    @Test
    void noFiltersIsJustThePage() {
        call(console().inventory(), "search_inventory_items", "filters", null);
        call(console().inventory(), "search_inventory_items", "filters", "");

        assertThat(stub.requests())
                .extracting(StubConsole.Recorded::body)
                .containsOnly("{\"filter\":{\"limit\":50,\"skip\":0}}");
    }

    @Test
    void getIsASearchForOneIdAndAnswersTheFirstItem() {
        stub.answer(json(200, PAGE));

        var text = text(call(console().inventory(), "get_inventory_item", "item_id", " 1f0c3e6a-9b7d "));

        assertThat(stub.only().method()).isEqualTo("POST");
        assertThat(stub.only().body())
                .isEqualTo("{\"filter\":{\"id__in\":[\"1f0c3e6a-9b7d\"],\"limit\":1,\"skip\":0}}");
        assertThat(text)
                .isEqualTo(
                        "{\n  \"id\": \"a1\",\n  \"name\": \"WIN-SRV-DC01\",\n  \"resource_type\": \"Windows Server\"\n}");
    }

    @Test
    void getOfAnUnknownIdIsNullWhetherEmptyOr404() {
        stub.answer(
                json(200, "{\"data\":[],\"pagination\":{\"totalCount\":0,\"limit\":1,\"skip\":0}}"),
                json(404, "{\"errors\":[{\"title\":\"Not Found\"}]}"),
                json(200, "{\"data\":[null]}"));

        assertThat(text(call(console().inventory(), "get_inventory_item", "item_id", "nope")))
                .isEqualTo("null");
        assertThat(text(call(console().inventory(), "get_inventory_item", "item_id", "nope")))
                .isEqualTo("null");
        assertThat(text(call(console().inventory(), "get_inventory_item", "item_id", "nope")))
                .isEqualTo("null");
    }

    @Test
    void everyRequestCarriesBearerTheUserAgentAndAJsonContentType() {
        var inventory = console().inventory();
        call(inventory, "list_inventory_items");
        call(inventory, "search_inventory_items");
        call(inventory, "get_inventory_item", "item_id", "a1");

        assertThat(stub.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.headers("Authorization")).containsExactly("Bearer " + TOKEN);
            assertThat(request.headers("Content-Type")).containsExactly("application/json");
            assertThat(request.header("User-Agent")).contains("sentinelone/purple-mcp (version 9.9.9-test)");
        });
    }

    @Test
    void aTokenConfiguredWithItsSchemeIsNotPrefixedTwice() {
        call(console(s -> s.withToken("  Bearer " + TOKEN + " ")).inventory(), "list_inventory_items");

        assertThat(stub.only().headers("Authorization")).containsExactly("Bearer " + TOKEN);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentialsAreNamedAndNotRetried(int status) {
        stub.answer(json(
                status,
                "{\"errors\":[{\"code\":4010010,\"detail\":\"Authentication Failed\",\"title\":\"Unauthorized\"}]}"));

        assertThat(failure(call(console().inventory(), "get_inventory_item", "item_id", "a1")))
                .isEqualTo("Failed to retrieve inventory item a1: Authentication failed with status " + status
                        + ": Authentication Failed. Check that the server's console token is valid and allowed to"
                        + " read the asset inventory.");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void aRedirectedItemSaysItWasRedirectedNotUnparsable() {
        stub.answer(status(302, Map.of("Location", "https://login.example/sso")));

        assertThat(failure(call(console().inventory(), "get_inventory_item", "item_id", "a1")))
                .isEqualTo("Failed to retrieve inventory item a1: The console answered with an unexpected HTTP 302"
                        + " Found: redirects are not followed. Check that the console address is the console's own"
                        + " https address: a redirect usually means a login page, a proxy or an old host name.");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void aMissingCollectionIsNamed() {
        stub.answer(text(404, "Not Found"));

        assertThat(failure(call(console().inventory(), "list_inventory_items")))
                .startsWith("Failed to list inventory items: Inventory resource not found (HTTP 404)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "400|{\"errors\":[{\"title\":\"Bad Request\",\"detail\":\"Invalid filter\"}]}|API error 400: Invalid filter.",
                "400|{\"error\":\"Bad request\"}|API error 400: Bad request.",
                "400|plain bad|API error 400: plain bad.",
                "400|{}|API error 400: Unknown error.",
                "400|[\"x\"]|API error 400: Unknown error.",
                "422|{\"description\":\"too wide\"}|API error 422: too wide.",
                "500|{\"message\":\"Internal server error\"}|API error 500: Internal server error. The console had a problem answering; try again later.",
                "500|{\"detail\":\"boom\"}|API error 500: boom. The console had a problem answering; try again later.",
                "501|<html>nope</html>|API error 501: Unknown error. The console had a problem answering; try again later.",
            })
    void otherErrorsQuoteTheConsoleAndAreNotRetried(int status, String body, String message) {
        stub.answer(body.startsWith("{") || body.startsWith("[") ? json(status, body) : text(status, body));

        assertThat(failure(call(console().inventory(), "search_inventory_items")))
                .isEqualTo("Failed to search inventory items: " + message);
        assertThat(stub.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 502, 503, 504})
    void transientFailuresAreRetriedBecauseEveryRequestIsARead(int status) {
        stub.answer(json(status, "<html>busy</html>"), json(200, PAGE));

        assertThat(answer(call(console().inventory(), "search_inventory_items")).get("data"))
                .hasSize(1);
        assertThat(stub.requests()).hasSize(2);
        assertThat(stub.requests().get(0).body())
                .isEqualTo(stub.requests().get(1).body());
        assertThat(retries.pauses()).hasSize(1);
    }

    /** A transient failure on every attempt quotes the console's message, or without one says which status. */
    static Stream<Arguments> transientOnEveryAttempt() {
        return Stream.of(
                arguments(
                        json(502, "{\"message\":\"bad gw\"}"),
                        "list_inventory_items",
                        "Failed to list inventory items: Server returned transient error after multiple retries:"
                                + " bad gw. Try again later."),
                arguments(
                        text(503, "<html>down</html>"),
                        "search_inventory_items",
                        "Failed to search inventory items: Server returned transient error after multiple retries:"
                                + " Transient server error 503. Try again later."));
    }

    @ParameterizedTest
    @MethodSource("transientOnEveryAttempt")
    void aTransientFailureOnEveryAttemptIsRetriedThenNamed(StubConsole.Send reply, String tool, String message) {
        stub.otherwise(reply);

        assertThat(failure(call(console().inventory(), tool))).isEqualTo(message);
        assertThat(stub.requests()).hasSize(4);
        assertThat(retries.pauses()).hasSize(3);
    }

    @Test
    void throttlingHonoursRetryAfter() {
        stub.answer(
                new StubConsole.Send(429, Map.of("Retry-After", "2"), "{\"message\":\"slow down\"}"), json(200, PAGE));

        assertThat(answer(call(console().inventory(), "list_inventory_items")).get("data"))
                .hasSize(1);
        assertThat(retries.pauses()).containsExactly(java.time.Duration.ofSeconds(2));
    }

    @Test
    void aDroppedConnectionIsRetried() {
        stub.answer(reset(), json(200, PAGE));

        assertThat(answer(call(console().inventory(), "search_inventory_items")).get("data"))
                .hasSize(1);
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void aConnectionDroppedEveryTimeIsANetworkError() {
        stub.otherwise(reset());

        assertThat(failure(call(console().inventory(), "search_inventory_items")))
                .startsWith("Failed to search inventory items: Network error: the console could not be reached")
                .endsWith("Check that the console address is right and reachable from the server.");
        assertThat(stub.requests()).hasSize(4);
    }

    @Test
    void aRefusedConnectionIsANetworkErrorAfterTheRetries() {
        var console = console();
        stub.close();

        assertThat(failure(call(console.inventory(), "list_inventory_items")))
                .startsWith("Failed to list inventory items: Network error: the console could not be reached:"
                        + " connection failed");
        assertThat(retries.pauses()).hasSize(3);
    }

    @Test
    void paginationVariants() {
        stub.answer(
                json(200, "{\"data\":[],\"pagination\":{\"totalCount\":100}}"),
                json(200, "{\"data\":[]}"),
                json(200, "{\"data\":[],\"pagination\":{}}"),
                json(200, "{\"data\":[],\"pagination\":null}"),
                json(
                        200,
                        "{\"data\":[],\"pagination\":{\"total_count\":\"7\",\"limit\":5.0,\"skip\":\"x\",\"cursor\":1}}"),
                json(200, "{\"pagination\":{\"totalCount\":0,\"limit\":50,\"skip\":0}}"));
        var inventory = console().inventory();

        assertThat(answer(call(inventory, "list_inventory_items")).get("pagination"))
                .isEqualTo(json("{\"total_count\":100,\"limit\":null,\"skip\":null}"));
        assertThat(answer(call(inventory, "list_inventory_items"))
                        .get("pagination")
                        .isNull())
                .isTrue();
        assertThat(answer(call(inventory, "list_inventory_items"))
                        .get("pagination")
                        .isNull())
                .isTrue();
        assertThat(answer(call(inventory, "list_inventory_items"))
                        .get("pagination")
                        .isNull())
                .isTrue();
        assertThat(answer(call(inventory, "list_inventory_items")).get("pagination"))
                .isEqualTo(json("{\"total_count\":7,\"limit\":5,\"skip\":null}"));
        assertThat(answer(call(inventory, "list_inventory_items")))
                .isEqualTo(json("{\"data\":[],\"pagination\":{\"total_count\":0,\"limit\":50,\"skip\":0}}"));
    }

    @Test
    void itemsAreShapedAndOddOnesKept() {
        stub.answer(json(
                200,
                "{\"data\":[{\"resource_type\":\"Linux Server\",\"id\":\"b\",\"memory\":\"16GB\",\"coreCount\":4.0,"
                        + "\"tags\":[{\"key\":\"env\",\"value\":\"prod\",\"readOnly\":0}],\"extraField\":{\"k\":1}},"
                        + "\"odd\"]}"));

        assertThat(text(call(console().inventory(), "list_inventory_items")))
                .isEqualTo("{\n"
                        + "  \"data\": [\n"
                        + "    {\n"
                        + "      \"id\": \"b\",\n"
                        + "      \"tags\": [\n"
                        + "        {\n"
                        + "          \"key\": \"env\",\n"
                        + "          \"value\": \"prod\",\n"
                        + "          \"readOnly\": false\n"
                        + "        }\n"
                        + "      ],\n"
                        + "      \"resource_type\": \"Linux Server\",\n"
                        + "      \"core_count\": 4,\n"
                        + "      \"memory\": \"16GB\",\n"
                        + "      \"extraField\": {\n"
                        + "        \"k\": 1\n"
                        + "      }\n"
                        + "    },\n"
                        + "    \"odd\"\n"
                        + "  ],\n"
                        + "  \"pagination\": null\n"
                        + "}");
    }

    @Test
    void aNullDataListIsAnEmptyPage() {
        stub.answer(json(200, "{\"data\":null,\"pagination\":null}"));

        assertThat(answer(call(console().inventory(), "list_inventory_items")))
                .isEqualTo(json("{\"data\":[],\"pagination\":null}"));
    }

    @Test
    void unreadableAnswersFailToParse() {
        stub.answer(
                text(200, "<html>login</html>"),
                json(200, "[]"),
                json(200, "{\"data\":{\"id\":\"a\"}}"),
                status(204, Map.of()),
                status(301, Map.of("Location", "https://elsewhere.example/")),
                json(200, "{\"data\":[1,"));
        var inventory = console().inventory();

        assertThat(failure(call(inventory, "list_inventory_items")))
                .isEqualTo("Failed to list inventory items: Failed to parse response: the console's answer could not be"
                        + " read: the answer is not JSON.");
        assertThat(failure(call(inventory, "list_inventory_items")))
                .endsWith("Failed to parse response: the console's answer could not be read: expected a JSON object,"
                        + " got array.");
        assertThat(failure(call(inventory, "list_inventory_items")))
                .endsWith("could not be read: data is object, not a list of assets.");
        assertThat(failure(call(inventory, "list_inventory_items")))
                .endsWith("Failed to parse response: the console's answer could not be read: the answer is empty.");
        assertThat(failure(call(inventory, "list_inventory_items")))
                .contains("Failed to list inventory items: The console answered with an unexpected HTTP 301 Moved"
                        + " Permanently: redirects are not followed. Check that the console address")
                .doesNotContain("parse");
        assertThat(failure(call(inventory, "list_inventory_items"))).contains("Failed to parse response:");
        assertThat(stub.requests()).hasSize(6);
    }

    @Test
    void neitherTheTokenNorTheFilterValuesAreLoggedByDefault() {
        call(console().inventory(), "search_inventory_items", "filters", "{\"name__contains\":[\"secret-host-4b7e\"]}");
        call(console().inventory(), "get_inventory_item", "item_id", "secret-id-91ac");

        assertThat(CapturedLogs.entries())
                .noneMatch(e -> e.everything().contains("secret-host-4b7e"))
                .noneMatch(e -> e.everything().contains("secret-id-91ac"))
                .noneMatch(e -> e.everything().contains(TOKEN))
                .anyMatch(e -> e.message().contains("filter_keys=[name__contains] filter_count=1 limit=50 skip=0"));
    }

    @Test
    void theUnsafeSwitchLogsTheFilterButNeverTheToken() {
        call(
                console(s -> s.withLogPayloads(true)).inventory(),
                "search_inventory_items",
                "filters",
                "{\"name__contains\":[\"unsafe-host-33d1\"]}");

        assertThat(CapturedLogs.entries())
                .anyMatch(e -> e.message().contains("unsafe-host-33d1"))
                .noneMatch(e -> e.everything().contains(TOKEN));
    }

    @Test
    void theEndpointMustBeAPath() {
        var settings = ConsoleSettings.of(URI.create(stub.baseUrl()), TOKEN, "1", "s");

        assertThat(settings.endpoints().inventory()).isEqualTo("/web/api/v2.1/xdr/assets");
        assertThatThrownBy(() ->
                        new ConsoleEndpoints(ConsoleEndpoints.DEFAULT_GRAPHQL, FindingsEndpoints.DEFAULTS, "web/api"))
                .hasMessageContaining("start with /");
        assertThat(new ConsoleEndpoints(ConsoleEndpoints.DEFAULT_GRAPHQL, FindingsEndpoints.DEFAULTS, "/x").toString())
                .contains("inventory=/x");
    }
}
