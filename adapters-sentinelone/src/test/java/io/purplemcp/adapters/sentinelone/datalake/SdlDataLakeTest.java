package io.purplemcp.adapters.sentinelone.datalake;

import static io.purplemcp.adapters.sentinelone.testing.StubConsole.deadline;
import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.ports.out.datalake.QueryHandle;
import io.purplemcp.ports.out.datalake.QueryRequest;
import io.purplemcp.ports.out.datalake.QueryStatus;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The SDL query API as the adapter speaks it, against a scripted console: requests, headers and odd answers. */
class SdlDataLakeTest {

    static final String TOKEN = "sdl-token-71be0c";
    static final String QUERIES = "/sdl/v2/api/queries";
    static final String TAG = "X-Dataset-Query-Forward-Tag";
    static final QueryRequest REQUEST = new QueryRequest(
            "event.type = 'Login' | limit 2", Instant.ofEpochMilli(1_000), Instant.ofEpochMilli(61_000));
    static final String DONE = "{\"id\":\"q 1\",\"stepsCompleted\":2,\"totalSteps\":2,\"data\":{\"matchCount\":0}}";

    @AutoClose
    final StubConsole stub = new StubConsole();

    final ObjectMapper json = new ObjectMapper();
    final UpstreamHttp http = stub.client(TOKEN);
    // A trailing slash on the SDL root is not doubled.
    final SdlDataLake lake = new SdlDataLake(http, URI.create(stub.baseUrl() + "/sdl/"), "Bearer " + TOKEN);

    static StubConsole.Send launched(String body) {
        return new StubConsole.Send(200, Map.of("Content-Type", "application/json", TAG, "tag-9"), body);
    }

    @Test
    void aLaunchPostsTheQueryWithItsWindowAndReturnsItsHandleAndStatus() throws Exception {
        stub.answer(launched("{\"id\":\"q1\",\"stepsCompleted\":0,\"totalSteps\":3}"));

        var launched = lake.launch(REQUEST, deadline());

        assertThat(launched.handle()).isEqualTo(new QueryHandle("q1", "tag-9"));
        assertThat(launched.status()).isInstanceOfSatisfying(QueryStatus.Progress.class, progress -> {
            assertThat(progress.stepsCompleted()).isZero();
            assertThat(progress.totalSteps()).isEqualTo(3);
        });
        var request = stub.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(QUERIES);
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(json.readTree(request.body()))
                .isEqualTo(json.readTree("{\"startTime\":\"1000\",\"endTime\":\"61000\",\"queryType\":\"PQ\","
                        + "\"queryPriority\":\"LOW\",\"pq\":{\"query\":\"event.type = 'Login' | limit 2\","
                        + "\"resultType\":\"TABLE\",\"frequency\":\"LOW\"}}"));
    }

    @Test
    void aLaunchAnswerWithoutTheForwardTagCannotBeFollowed() {
        stub.answer(json(200, "{\"id\":\"q1\",\"stepsCompleted\":0,\"totalSteps\":3}"));

        assertThat(launchFailure())
                .isEqualTo(new UpstreamFailure.MalformedResponse(
                        "the launch answer carried no " + TAG + " header, so the query cannot be followed"));
    }

    @Test
    void aBlankForwardTagIsNoTag() {
        stub.answer(
                new StubConsole.Send(200, Map.of(TAG, " "), "{\"id\":\"q1\",\"stepsCompleted\":0,\"totalSteps\":3}"));

        assertThat(launchFailure().detail()).contains("carried no " + TAG);
    }

    @Test
    void aLaunchAnswerWithoutAnIdIsRefused() {
        stub.answer(launched("{\"stepsCompleted\":0,\"totalSteps\":3}"));
        assertThat(launchFailure())
                .isEqualTo(new UpstreamFailure.MalformedResponse("the launch answer carried no query id"));

        stub.answer(launched("{\"id\":\" \",\"stepsCompleted\":0,\"totalSteps\":3}"));
        assertThat(launchFailure().detail()).isEqualTo("the launch answer carried no query id");
    }

    @Test
    void anUnreadableLaunchAnswerThatNamesItsQueryDeletesIt() throws Exception {
        stub.answer(launched("{\"id\":\"q 1\",\"stepsCompleted\":\"many\"}"));

        assertThat(launchFailure().detail())
                .isEqualTo("the launch answer could not be read: stepsCompleted is not a number");
        assertThat(http.awaitPending(Duration.ofSeconds(10))).isTrue();
        var delete = stub.requests().get(1);
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.path()).isEqualTo(QUERIES + "/q%201");
        assertThat(delete.header(TAG)).contains("tag-9");
        assertThat(delete.header("Authorization")).contains("Bearer " + TOKEN);
    }

    @Test
    void anUnreadableLaunchAnswerWithoutAnIdOrTagDeletesNothing() throws Exception {
        stub.answer(launched("{\"stepsCompleted\":\"many\"}"));
        launchFailure();
        stub.answer(json(200, "{\"id\":\"q1\",\"stepsCompleted\":\"many\"}"));
        launchFailure();
        stub.answer(new StubConsole.Send(200, Map.of(TAG, ""), "{\"id\":\"q1\",\"stepsCompleted\":\"many\"}"));
        launchFailure();

        assertThat(http.awaitPending(Duration.ofSeconds(10))).isTrue();
        assertThat(stub.requests()).extracting(StubConsole.Recorded::method).containsOnly("POST");
    }

    @Test
    void aPollGetsTheQueryWithTheLastStepSeenAndItsTag() throws Exception {
        stub.answer(json(200, DONE));

        var status = lake.poll(new QueryHandle("q 1", "tag-9"), 5, deadline());

        assertThat(status).isInstanceOf(QueryStatus.Progress.class);
        var request = stub.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo(QUERIES + "/q%201");
        assertThat(request.query()).isEqualTo("lastStepSeen=5");
        assertThat(request.header(TAG)).contains("tag-9");
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
    }

    @Test
    void anUnreadablePollAnswerIsMalformed() {
        stub.answer(json(200, "[]"));

        var thrown = catchThrowableOfType(
                UpstreamException.class, () -> lake.poll(new QueryHandle("q1", "tag-9"), 0, deadline()));

        assertThat(thrown.failure())
                .isEqualTo(new UpstreamFailure.MalformedResponse(
                        "a poll answer could not be read: the answer is not a JSON object"));
    }

    @Test
    void aQueryErrorInAPollIsAFailedStatus() throws Exception {
        stub.answer(json(200, "{\"id\":\"q1\",\"error\":{\"message\":\"syntax\"}}"));

        assertThat(lake.poll(new QueryHandle("q1", "tag-9"), 0, deadline()))
                .isEqualTo(new QueryStatus.Failed("syntax"));
    }

    @Test
    void aDeleteIsSentWithoutWaitingAndCarriesTheTag() throws Exception {
        lake.delete(new QueryHandle("q/2", "tag-3"));

        assertThat(http.awaitPending(Duration.ofSeconds(10))).isTrue();
        var request = stub.only();
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.path()).isEqualTo(QUERIES + "/q%2F2");
        assertThat(request.header(TAG)).contains("tag-3");
    }

    private UpstreamFailure launchFailure() {
        var thrown = catchThrowableOfType(UpstreamException.class, () -> lake.launch(REQUEST, deadline()));
        assertThat(thrown).as("the launch failed").isNotNull();
        return thrown.failure();
    }
}
