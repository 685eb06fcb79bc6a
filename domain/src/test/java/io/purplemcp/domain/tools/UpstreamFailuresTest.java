package io.purplemcp.domain.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpstreamFailuresTest {

    @Test
    void everyKindReadsAsASentenceWithAHintWhereOneHelps() {
        assertThat(UpstreamFailures.explain(new UpstreamFailure.Unauthorized(403, "")))
                .isEqualTo("HTTP 403 Forbidden. Check that the server's console token is valid and allowed to use"
                        + " this feature.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.RateLimited(Optional.of(Duration.ofSeconds(30)), "")))
                .isEqualTo("HTTP 429 Too Many Requests (the console asked to wait 30 s). The console is throttling"
                        + " requests; wait a little before trying again.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.ServerError(502, "")))
                .isEqualTo("HTTP 502 Bad Gateway. The console had a problem answering; try again later.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.Timeout("")))
                .isEqualTo("the console did not answer in time. Try again later, or ask for less at once.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.Transport("Connection refused")))
                .isEqualTo("the console could not be reached: Connection refused. Check that the console address is"
                        + " right and reachable from the server.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.ClientError(404, "gone")))
                .isEqualTo("HTTP 404 Not Found: gone.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.MalformedResponse("not JSON")))
                .isEqualTo("the console's answer could not be read: not JSON.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.QueryError("Field 'x' not found")))
                .isEqualTo("the console reported an error: Field 'x' not found.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.UnexpectedStatus(302, "redirect not followed")))
                .isEqualTo("unexpected HTTP 302 Found: redirect not followed. Check that the console address is the"
                        + " console's own https address: a redirect usually means a login page, a proxy or an old"
                        + " host name.");
        assertThat(UpstreamFailures.explain(new UpstreamFailure.UnexpectedStatus(101, "")))
                .isEqualTo("unexpected HTTP 101.");
    }
}
