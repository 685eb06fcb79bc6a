package io.purplemcp.domain.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpstreamFailuresTest {

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of(
                        new UpstreamFailure.Unauthorized(403, ""),
                        "HTTP 403 Forbidden. Check that the server's console token is valid and allowed to use this"
                                + " feature."),
                Arguments.of(
                        new UpstreamFailure.RateLimited(Optional.of(Duration.ofSeconds(30)), ""),
                        "HTTP 429 Too Many Requests (the console asked to wait 30 s). The console is throttling"
                                + " requests; wait a little before trying again."),
                Arguments.of(
                        new UpstreamFailure.ServerError(502, ""),
                        "HTTP 502 Bad Gateway. The console had a problem answering; try again later."),
                Arguments.of(
                        new UpstreamFailure.Timeout(""),
                        "the console did not answer in time. Try again later, or ask for less at once."),
                Arguments.of(
                        new UpstreamFailure.Transport("Connection refused"),
                        "the console could not be reached: Connection refused. Check that the console address is"
                                + " right and reachable from the server."),
                Arguments.of(new UpstreamFailure.ClientError(404, "gone"), "HTTP 404 Not Found: gone."),
                Arguments.of(
                        new UpstreamFailure.MalformedResponse("not JSON"),
                        "the console's answer could not be read: not JSON."),
                Arguments.of(
                        new UpstreamFailure.QueryError("Field 'x' not found"),
                        "the console reported an error: Field 'x' not found."),
                Arguments.of(
                        new UpstreamFailure.UnexpectedStatus(302, "redirect not followed"),
                        "unexpected HTTP 302 Found: redirect not followed. Check that the console address is the"
                                + " console's own https address: a redirect usually means a login page, a proxy or an"
                                + " old host name."),
                Arguments.of(new UpstreamFailure.UnexpectedStatus(101, ""), "unexpected HTTP 101."));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyKindReadsAsASentenceWithAHintWhereOneHelps(UpstreamFailure failure, String expected) {
        assertThat(UpstreamFailures.explain(failure)).isEqualTo(expected);
    }
}
