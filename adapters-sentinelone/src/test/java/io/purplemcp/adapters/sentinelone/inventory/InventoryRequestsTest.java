package io.purplemcp.adapters.sentinelone.inventory;

import static io.purplemcp.adapters.sentinelone.testing.StubConsole.deadline;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.ports.out.inventory.AssetFilter;
import io.purplemcp.ports.out.inventory.AssetId;
import io.purplemcp.ports.out.inventory.OffsetPageRequest;
import io.purplemcp.ports.out.inventory.Surface;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The inventory client's requests and answers, driven directly against a scripted console. */
class InventoryRequestsTest {

    static final String TOKEN = "inventory-token-0a9f3e";
    static final String ASSETS = "/web/api/v2.1/xdr/assets";

    @AutoClose
    final StubConsole stub = new StubConsole();

    final ObjectMapper json = new ObjectMapper();
    final InventoryClient inventory = new InventoryClient(
            stub.client(TOKEN), stub.baseUrl(), "web/api/v2.1/xdr/assets/", "Bearer " + TOKEN, Duration.ofSeconds(10));

    @Test
    void theCollectionIsTheOriginAndTheNormalisedEndpoint() {
        assertThat(inventory.collection()).hasToString(stub.baseUrl() + ASSETS);
    }

    @Test
    void aListingIsAGetWithThePageInTheQueryAndTheSurfaceInThePath() throws Exception {
        stub.answer(json(200, "{\"data\":[{\"id\":\"a1\"}],\"pagination\":{\"totalCount\":9}}"));

        var page = inventory.list(new OffsetPageRequest(20, 40), Optional.of(Surface.NETWORK_DISCOVERY), deadline());

        assertThat(page.items()).extracting(item -> item.path("id").textValue()).containsExactly("a1");
        assertThat(page.pagination())
                .hasValueSatisfying(p -> assertThat(p.totalCount()).hasValue(9));
        var request = stub.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo(ASSETS + "/surface/network_discovery");
        assertThat(request.query()).isEqualTo("limit=20&skip=40");
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
        assertThat(request.header("Content-Type")).contains("application/json");
    }

    @Test
    void aSearchPostsTheCriteriaWithThePageAndNoQueryString() throws Exception {
        var criteria = json.createObjectNode().put("name__contains", "DC");
        criteria.putArray("surface__in").add("ENDPOINT");

        inventory.search(new AssetFilter(criteria), new OffsetPageRequest(5, 10), deadline());

        var request = stub.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(ASSETS);
        assertThat(request.query()).isNull();
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
        assertThat(request.body())
                .isEqualTo("{\"filter\":{\"name__contains\":\"DC\",\"surface__in\":[\"ENDPOINT\"],\"limit\":5,"
                        + "\"skip\":10}}");
    }

    @Test
    void oneAssetIsASearchForItsIdAndTheFirstRecordFound() throws Exception {
        stub.answer(json(200, "{\"data\":[null,{\"id\":\"a 1\"},{\"id\":\"other\"}]}"));

        var asset = inventory.asset(new AssetId("a 1"), deadline());

        assertThat(asset)
                .hasValueSatisfying(
                        node -> assertThat(node.path("id").textValue()).isEqualTo("a 1"));
        assertThat(stub.only().body()).isEqualTo("{\"filter\":{\"id__in\":[\"a 1\"],\"limit\":1,\"skip\":0}}");
    }

    @Test
    void anAssetTheConsoleDoesNotKnowIsNoAsset() throws Exception {
        stub.answer(json(404, "{\"message\":\"not found\"}"), json(200, "{\"data\":[]}"));

        assertThat(inventory.asset(new AssetId("gone"), deadline())).isEmpty();
        assertThat(inventory.asset(new AssetId("gone"), deadline())).isEmpty();
    }

    @Test
    void otherRefusalsOfOneAssetAreFailures() {
        stub.answer(json(400, "{\"message\":\"bad id\"}"), json(403, "{\"message\":\"no access\"}"));

        assertThat(catchThrowableOfType(UpstreamException.class, () -> inventory.asset(new AssetId("x"), deadline()))
                        .failure())
                .isEqualTo(new UpstreamFailure.ClientError(400, "bad id"));
        assertThat(catchThrowableOfType(UpstreamException.class, () -> inventory.asset(new AssetId("x"), deadline()))
                        .failure())
                .isEqualTo(new UpstreamFailure.Unauthorized(403, "no access"));
    }

    @Test
    void anAnswerThatIsNotJsonIsMalformed() {
        stub.answer(text(200, "<html>login</html>"));

        var thrown = catchThrowableOfType(
                UpstreamException.class,
                () -> inventory.list(new OffsetPageRequest(1, 0), Optional.empty(), deadline()));

        assertThat(thrown.failure()).isEqualTo(new UpstreamFailure.MalformedResponse("the answer is not JSON"));
        assertThat(stub.only().path()).isEqualTo(ASSETS);
    }
}
