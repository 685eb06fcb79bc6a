package io.purplemcp.ports.out.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamFailureTest {

    @Test
    void statusFailuresNameTheStatusAndTheDetail() {
        assertThat(new UpstreamFailure.Unauthorized(401, "Invalid or expired token").describe())
                .isEqualTo("HTTP 401 Unauthorized: Invalid or expired token");
        assertThat(new UpstreamFailure.Unauthorized(403, "").describe()).isEqualTo("HTTP 403 Forbidden");
        assertThat(new UpstreamFailure.ClientError(400, "bad").describe()).isEqualTo("HTTP 400 Bad Request: bad");
        assertThat(new UpstreamFailure.ServerError(503, null).describe()).isEqualTo("HTTP 503 Service Unavailable");
        assertThat(new UpstreamFailure.UnexpectedStatus(302, "redirect to another host").describe())
                .isEqualTo("unexpected HTTP 302 Found: redirect to another host");
        assertThat(new UpstreamFailure.RateLimited(Optional.empty(), "slow down").describe())
                .isEqualTo("HTTP 429 Too Many Requests: slow down");
        assertThat(new UpstreamFailure.RateLimited(Optional.of(Duration.ofMillis(2500)), "").describe())
                .isEqualTo("HTTP 429 Too Many Requests (the console asked to wait 2 s)");
    }

    @Test
    void otherFailuresAreNeverEmpty() {
        assertThat(new UpstreamFailure.Timeout("").describe()).isEqualTo("the console did not answer in time");
        assertThat(new UpstreamFailure.Transport("").describe()).isEqualTo("the console could not be reached");
        assertThat(new UpstreamFailure.MalformedResponse("").describe())
                .isEqualTo("the console's answer could not be read");
        assertThat(new UpstreamFailure.QueryError("").describe()).isEqualTo("the console reported an error");
        assertThat(new UpstreamFailure.Timeout("30 s").describe())
                .isEqualTo("the console did not answer in time: 30 s");
    }

    @Test
    void detailsAreSanitised() {
        var long_ = "x".repeat(2_000);
        assertThat(new UpstreamFailure.Transport("a\nb").detail()).isEqualTo("a b");
        assertThat(new UpstreamFailure.Timeout(long_).detail()).hasSize(UpstreamText.MAX_LENGTH);
        assertThat(new UpstreamFailure.MalformedResponse(long_).detail()).hasSize(UpstreamText.MAX_LENGTH);
        assertThat(new UpstreamFailure.QueryError(long_).detail()).hasSize(UpstreamText.MAX_LENGTH);
        assertThat(new UpstreamFailure.Unauthorized(401, long_).detail()).hasSize(UpstreamText.MAX_LENGTH);
        assertThat(new UpstreamFailure.ClientError(404, long_).detail()).hasSize(UpstreamText.MAX_LENGTH);
        assertThat(new UpstreamFailure.ServerError(500, long_).detail()).hasSize(UpstreamText.MAX_LENGTH);
        assertThat(new UpstreamFailure.UnexpectedStatus(301, long_).detail()).hasSize(UpstreamText.MAX_LENGTH);
        assertThat(new UpstreamFailure.RateLimited(Optional.empty(), long_).detail())
                .hasSize(UpstreamText.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 402, 404, 408, 499})
    void plainClientErrors(int status) {
        assertThat(new UpstreamFailure.ClientError(status, "").status()).isEqualTo(status);
    }

    /**
     * Each status-carrying kind refuses a status outside its own range: client errors exclude 401, 403 and 429,
     * unauthorized is only 401 or 403, server errors are 5xx, unexpected statuses are below 400.
     */
    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({
        "ClientError, 399",
        "ClientError, 401",
        "ClientError, 403",
        "ClientError, 429",
        "ClientError, 500",
        "Unauthorized, 400",
        "Unauthorized, 402",
        "Unauthorized, 404",
        "Unauthorized, 500",
        "ServerError, 499",
        "ServerError, 600",
        "UnexpectedStatus, 99",
        "UnexpectedStatus, 400",
        "UnexpectedStatus, 500"
    })
    void eachKindRefusesAStatusOutsideItsRange(String kind, int status) {
        assertThatThrownBy(() -> withStatus(kind, status)).isInstanceOf(IllegalArgumentException.class);
    }

    private static UpstreamFailure withStatus(String kind, int status) {
        return switch (kind) {
            case "ClientError" -> new UpstreamFailure.ClientError(status, "");
            case "Unauthorized" -> new UpstreamFailure.Unauthorized(status, "");
            case "ServerError" -> new UpstreamFailure.ServerError(status, "");
            case "UnexpectedStatus" -> new UpstreamFailure.UnexpectedStatus(status, "");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Test
    void serverErrorBounds() {
        assertThat(new UpstreamFailure.ServerError(500, "").status()).isEqualTo(500);
        assertThat(new UpstreamFailure.ServerError(599, "").describe()).isEqualTo("HTTP 599");
    }

    @Test
    void unexpectedStatusBounds() {
        assertThat(new UpstreamFailure.UnexpectedStatus(100, "").status()).isEqualTo(100);
        assertThat(new UpstreamFailure.UnexpectedStatus(399, "").status()).isEqualTo(399);
    }

    @Test
    void aRetryAfterIsNeverNegative() {
        assertThatThrownBy(() -> new UpstreamFailure.RateLimited(Optional.of(Duration.ofSeconds(-1)), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new UpstreamFailure.RateLimited(Optional.of(Duration.ZERO), "").retryAfter())
                .contains(Duration.ZERO);
        assertThatThrownBy(() -> new UpstreamFailure.RateLimited(null, "")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theExceptionCarriesTheFailureAndItsDescription() {
        var failure = new UpstreamFailure.ServerError(502, "bad gateway");
        var cause = new RuntimeException("io");

        var plain = new UpstreamException(failure);
        var caused = new UpstreamException(failure, cause);

        assertThat(plain.failure()).isSameAs(failure);
        assertThat(plain).hasMessage("HTTP 502 Bad Gateway: bad gateway").hasNoCause();
        assertThat(caused.failure()).isSameAs(failure);
        assertThat(caused).hasMessage("HTTP 502 Bad Gateway: bad gateway").hasCause(cause);
        assertThatThrownBy(() -> new UpstreamException(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void reasonPhrases() {
        assertThat(HttpStatusText.of(404)).isEqualTo("404 Not Found");
        assertThat(HttpStatusText.of(429)).isEqualTo("429 Too Many Requests");
        assertThat(HttpStatusText.of(418)).isEqualTo("418");
    }
}
