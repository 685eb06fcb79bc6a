package io.purplemcp.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of upstream failure reads as the reference's sentence with the console's message, then a hint. */
class InventoryFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(
                        new UpstreamFailure.Unauthorized(401, ""),
                        "Authentication failed with status 401. Check that the server's console token is valid and"
                                + " allowed to read the asset inventory."),
                Arguments.of(
                        new UpstreamFailure.Unauthorized(403, "Forbidden."),
                        "Authentication failed with status 403: Forbidden. Check that the server's console token is"
                                + " valid and allowed to read the asset inventory."),
                Arguments.of(
                        new UpstreamFailure.ClientError(404, "no route"),
                        "Inventory resource not found (HTTP 404): no route. The console has no asset inventory at the"
                                + " configured endpoint."),
                Arguments.of(new UpstreamFailure.ClientError(400, "Invalid filter"), "API error 400: Invalid filter."),
                Arguments.of(new UpstreamFailure.ClientError(400, ""), "API error 400: Unknown error."),
                Arguments.of(new UpstreamFailure.ClientError(422, "Bad."), "API error 422: Bad."),
                Arguments.of(
                        new UpstreamFailure.RateLimited(Optional.of(Duration.ofSeconds(3)), "slow down"),
                        "The console is throttling requests: HTTP 429 Too Many Requests (the console asked to wait 3"
                                + " s): slow down. Wait a little before trying again."),
                Arguments.of(
                        new UpstreamFailure.ServerError(502, "bad gw"),
                        "Server returned transient error after multiple retries: bad gw. Try again later."),
                Arguments.of(
                        new UpstreamFailure.ServerError(503, ""),
                        "Server returned transient error after multiple retries: Transient server error 503. Try"
                                + " again later."),
                Arguments.of(
                        new UpstreamFailure.ServerError(504, "late."),
                        "Server returned transient error after multiple retries: late. Try again later."),
                Arguments.of(
                        new UpstreamFailure.ServerError(500, "Internal server error"),
                        "API error 500: Internal server error. The console had a problem answering; try again"
                                + " later."),
                Arguments.of(
                        new UpstreamFailure.ServerError(501, ""),
                        "API error 501: Unknown error. The console had a problem answering; try again later."),
                Arguments.of(
                        new UpstreamFailure.Timeout("no complete answer within 30 s"),
                        "Request timeout: the console did not answer in time: no complete answer within 30 s. Try"
                                + " again later, or ask for fewer assets at once."),
                Arguments.of(
                        new UpstreamFailure.Transport("connection failed: ConnectException: refused."),
                        "Network error: the console could not be reached: connection failed: ConnectException:"
                                + " refused. Check that the console address is right and reachable from the server."),
                Arguments.of(
                        new UpstreamFailure.MalformedResponse("the answer is not JSON"),
                        "Failed to parse response: the console's answer could not be read: the answer is not JSON."),
                Arguments.of(
                        new UpstreamFailure.UnexpectedStatus(301, "redirects are not followed"),
                        "The console answered with an unexpected HTTP 301 Moved Permanently: redirects are not"
                                + " followed. Check that the console address is the console's own https address: a"
                                + " redirect usually means a login page, a proxy or an old host name."),
                Arguments.of(
                        new UpstreamFailure.UnexpectedStatus(302, "redirects are not followed"),
                        "The console answered with an unexpected HTTP 302 Found: redirects are not followed. Check"
                                + " that the console address is the console's own https address: a redirect usually"
                                + " means a login page, a proxy or an old host name."),
                Arguments.of(
                        new UpstreamFailure.UnexpectedStatus(101, ""),
                        "The console answered with an unexpected HTTP 101."),
                Arguments.of(new UpstreamFailure.QueryError("nope"), "API error: nope."),
                Arguments.of(new UpstreamFailure.QueryError(""), "API error: Unknown error."));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachKindReadsAsASentence(UpstreamFailure failure, String expected) {
        assertThat(InventoryFailures.explain(failure)).isEqualTo(expected);
        assertThat(InventoryFailures.explainSearch(failure, io.purplemcp.ports.out.inventory.AssetFilter.none()))
                .isEqualTo(expected);
    }
}
