package io.purplemcp.adapters.sentinelone.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.http.Exchange.RetryMode;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp.AttemptFailed;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * How one attempt's failure is named and whether it may be tried again, per retry mode: the transport
 * rules the client applies before any answer arrived.
 */
class AttemptFailureTest {

    static final Duration LIMIT = Duration.ofSeconds(2);

    @Test
    void aConnectTimeoutIsATimeoutThatEvenAOneShotRequestMayRetry() {
        var failed = AttemptFailed.of(new HttpConnectTimeoutException("HTTP connect timed out"), LIMIT);

        assertThat(failed.failure).isEqualTo(new UpstreamFailure.Timeout("no connection within the connect timeout"));
        assertRetryable(failed, true, true);
    }

    @Test
    void aRequestTimeoutNamesTheLimitInSecondsOrMillisecondsAndOnlyReadsRetry() {
        var whole = AttemptFailed.of(new HttpTimeoutException("request timed out"), LIMIT);
        var part = AttemptFailed.of(new HttpTimeoutException("request timed out"), Duration.ofMillis(1500));

        assertThat(whole.failure).isEqualTo(new UpstreamFailure.Timeout("no answer within 2 s"));
        assertThat(part.failure).isEqualTo(new UpstreamFailure.Timeout("no answer within 1500 ms"));
        assertRetryable(whole, true, false);
    }

    @Test
    void aTooLargeBodyIsMalformedAndNeverRetried() {
        var failed = AttemptFailed.of(new BoundedBodySubscriber.TooLarge(10), LIMIT);

        assertThat(failed.failure)
                .isEqualTo(new UpstreamFailure.MalformedResponse("the answer is larger than 10 bytes"));
        assertRetryable(failed, false, false);
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
        assertRetryable(untrusted, false, false);
    }

    @Test
    void aRefusedConnectionCertainlyReachedNobodyAndMayAlwaysBeRetried() {
        var failed = AttemptFailed.of(new ConnectException("Connection refused"), LIMIT);

        assertThat(failed.failure).isEqualTo(new UpstreamFailure.Transport("connection failed: Connection refused"));
        assertRetryable(failed, true, true);
    }

    @Test
    void anotherIoFailureMayHaveReachedTheConsoleSoOnlyReadsRetry() {
        var failed = AttemptFailed.of(new IOException("connection reset"), LIMIT);

        assertThat(failed.failure).isEqualTo(new UpstreamFailure.Transport("connection reset"));
        assertRetryable(failed, true, false);
    }

    @Test
    void anythingElseIsATransportFailureNotRetried() {
        var failed = AttemptFailed.of(new IllegalStateException("selector closed"), LIMIT);

        assertThat(failed.failure).isEqualTo(new UpstreamFailure.Transport("selector closed"));
        assertRetryable(failed, false, false);
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

    private static void assertRetryable(AttemptFailed failed, boolean read, boolean unlessAccepted) {
        assertThat(failed.retryable(RetryMode.IDEMPOTENT)).as("a read").isEqualTo(read);
        assertThat(failed.retryable(RetryMode.UNLESS_ACCEPTED))
                .as("a one-shot request")
                .isEqualTo(unlessAccepted);
        assertThat(failed.retryable(RetryMode.NEVER)).as("never").isFalse();
    }
}
