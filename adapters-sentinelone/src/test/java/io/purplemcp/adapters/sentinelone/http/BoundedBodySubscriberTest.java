package io.purplemcp.adapters.sentinelone.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The body collector's limit: a body of exactly the limit is kept, one byte more ends the exchange. */
class BoundedBodySubscriberTest {

    /** Records what the collector asks of the stream. */
    static final class Subscription implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    final Subscription subscription = new Subscription();

    BoundedBodySubscriber subscribed(long limit) {
        var subscriber = new BoundedBodySubscriber(limit);
        subscriber.onSubscribe(subscription);
        return subscriber;
    }

    @Test
    void theWholeBodyIsAskedForAtOnceAndKeptInOrder() throws Exception {
        var subscriber = subscribed(10);

        subscriber.onNext(List.of(bytes("abc"), bytes("de")));
        subscriber.onNext(List.of(bytes("fghij")));
        subscriber.onComplete();

        assertThat(subscription.requested).isEqualTo(Long.MAX_VALUE);
        var body = subscriber.getBody().toCompletableFuture().get();
        assertThat(body.length()).isEqualTo(10);
        assertThat(body.text(100)).isEqualTo("abcdefghij");
        assertThat(subscription.cancelled).isFalse();
    }

    @Test
    void oneByteOverTheLimitCancelsTheStreamAndFailsTheBody() {
        var subscriber = subscribed(10);

        subscriber.onNext(List.of(bytes("abcde")));
        subscriber.onNext(List.of(bytes("fghij"), bytes("k")));

        assertThat(subscription.cancelled).isTrue();
        assertThat(subscriber.getBody().toCompletableFuture())
                .failsWithin(java.time.Duration.ZERO)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .isInstanceOf(BoundedBodySubscriber.TooLarge.class)
                .withMessage("the answer is larger than 10 bytes");
    }

    @Test
    void whatArrivesAfterTheLimitWasPassedIsIgnored() {
        var subscriber = subscribed(1);
        subscriber.onNext(List.of(bytes("ab")));
        subscription.cancelled = false;

        subscriber.onNext(List.of(bytes("cd")));

        assertThat(subscription.cancelled).as("cancelled only once").isFalse();
    }

    @Test
    void aFailingStreamFailsTheBodyWithItsCause() {
        var subscriber = subscribed(10);
        var failure = new IOException("reset");

        subscriber.onNext(List.of(bytes("ab")));
        subscriber.onError(failure);

        assertThat(subscriber.getBody().toCompletableFuture())
                .failsWithin(java.time.Duration.ZERO)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCause(failure);
    }

    static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
