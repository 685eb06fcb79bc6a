package io.purplemcp.adapters.sentinelone.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.purplemcp.adapters.sentinelone.http.Exchange.RetryMode;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp.AttemptFailed;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How one attempt's failure is named and whether it may be tried again, per retry mode: the transport
 * rules the client applies before any answer arrived.
 */
class AttemptFailureTest {

    static final Duration LIMIT = Duration.ofSeconds(2);

    @Test
    void aRequestTimeoutNamesTheLimitInSecondsOrMillisecondsAndOnlyReadsRetry() {
        var whole = AttemptFailed.of(new HttpTimeoutException("request timed out"), LIMIT);
        var part = AttemptFailed.of(new HttpTimeoutException("request timed out"), Duration.ofMillis(1500));

        assertThat(whole.failure).isEqualTo(new UpstreamFailure.Timeout("no answer within 2 s"));
        assertThat(part.failure).isEqualTo(new UpstreamFailure.Timeout("no answer within 1500 ms"));
        assertRetryable(whole, Retried.ONLY_READS);
    }

    @Test
    void aHandshakeFailureSaysWhatToFixAndIsNeverRetried() {
        var untrusted = AttemptFailed.of(new SSLHandshakeException("PKIX path building failed"), LIMIT);
        var wrongHost = AttemptFailed.of(new SSLHandshakeException("No subject alternative names present"), LIMIT);
        var wrongName = AttemptFailed.of(new SSLHandshakeException("No name matching console found"), LIMIT);

        assertThat(untrusted.failure.detail())
                .isEqualTo("the TLS handshake with the console failed (is its certificate trusted? a private CA goes"
                        + " into PURPLEMCP_CA_BUNDLE): PKIX path building failed");
        assertThat(wrongHost.failure.detail())
                .isEqualTo("the TLS handshake with the console failed: its certificate is not issued for the host"
                        + " name of the console address (No subject alternative names present); use the name the"
                        + " certificate carries");
        assertThat(wrongName.failure.detail()).contains("not issued for the host name");
        assertThat(untrusted.failure).isInstanceOf(UpstreamFailure.Transport.class);
        assertRetryable(untrusted, Retried.NEVER);
    }

    /** Which requests may try again after a failure: those of a mode the console cannot have acted on. */
    enum Retried {
        ALWAYS(true, true),
        ONLY_READS(true, false),
        NEVER(false, false);

        final boolean read;
        final boolean unlessAccepted;

        Retried(boolean read, boolean unlessAccepted) {
            this.read = read;
            this.unlessAccepted = unlessAccepted;
        }
    }

    /**
     * One failure each: a connect timeout is a timeout even a one-shot request may retry; a too-large body is
     * malformed and never retried; a refused connection certainly reached nobody and may always be retried;
     * another I/O failure may have reached the console, so only reads retry; anything else is a transport
     * failure not retried.
     */
    static Stream<Arguments> failures() {
        return Stream.of(
                arguments(
                        new HttpConnectTimeoutException("HTTP connect timed out"),
                        new UpstreamFailure.Timeout("no connection within the connect timeout"),
                        Retried.ALWAYS),
                arguments(
                        new BoundedBodySubscriber.TooLarge(10),
                        new UpstreamFailure.MalformedResponse("the answer is larger than 10 bytes"),
                        Retried.NEVER),
                arguments(
                        new ConnectException("Connection refused"),
                        new UpstreamFailure.Transport("connection failed: Connection refused"),
                        Retried.ALWAYS),
                arguments(
                        new IOException("connection reset"),
                        new UpstreamFailure.Transport("connection reset"),
                        Retried.ONLY_READS),
                arguments(
                        new IllegalStateException("selector closed"),
                        new UpstreamFailure.Transport("selector closed"),
                        Retried.NEVER));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachFailureIsNamedAndRetriedPerMode(Throwable cause, UpstreamFailure expected, Retried retried) {
        var failed = AttemptFailed.of(cause, LIMIT);

        assertThat(failed.failure).isEqualTo(expected);
        assertRetryable(failed, retried);
    }

    @Test
    void theCauseIsKeptForTheLogsAndTheMessageIsTheFailures() {
        var cause = new IOException("broken pipe");

        var failed = AttemptFailed.of(cause, LIMIT);

        assertThat(failed).hasCause(cause).hasMessage(failed.failure.describe());
    }

    @Test
    void theModelReadsPlainWordsNotJavaClassNames() {
        assertThat(AttemptFailed.of(new IOException((String) null), LIMIT)
                        .failure
                        .detail())
                .isEqualTo("no details");
        assertThat(AttemptFailed.of(new IOException("  "), LIMIT).failure.detail())
                .isEqualTo("no details");
        assertThat(AttemptFailed.of(new EOFException(), LIMIT).failure.detail())
                .isEqualTo("the connection ended early");
        assertThat(AttemptFailed.of(new IOException("HTTP/1.1 header parser received no bytes"), LIMIT)
                        .failure
                        .detail())
                .isEqualTo("the console closed the connection without answering");
        assertThat(AttemptFailed.of(
                                new IOException("java.io.IOException: javax.net.ssl.SSLException: Tag mismatch"), LIMIT)
                        .failure
                        .detail())
                .isEqualTo("Tag mismatch");
    }

    private static void assertRetryable(AttemptFailed failed, Retried retried) {
        assertThat(failed.retryable(RetryMode.IDEMPOTENT)).as("a read").isEqualTo(retried.read);
        assertThat(failed.retryable(RetryMode.UNLESS_ACCEPTED))
                .as("a one-shot request")
                .isEqualTo(retried.unlessAccepted);
        assertThat(failed.retryable(RetryMode.NEVER)).as("never").isFalse();
    }
}
