package io.purplemcp.adapters.sentinelone.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Collects a response body up to a size limit. The response future completes only when the whole
 * body arrived, so waiting on it with a timeout bounds the body too, not only the headers. Given a time
 * bound of its own, it fails with a {@link TimeoutException} when the body is not complete by then (the
 * client's request timeout ends at the headers) and cancels the transfer.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<Body> {

    /** The body passed the limit; the exchange was abandoned. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the answer is larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final List<ByteBuffer> buffers = new ArrayList<>();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private long size;

    BoundedBodySubscriber(long limit) {
        this.limit = limit;
    }

    /** A subscriber whose body must be complete within {@code within} from now. */
    BoundedBodySubscriber(long limit, Duration within) {
        this(limit);
        result.orTimeout(Math.max(0, within.toNanos()), TimeUnit.NANOSECONDS).whenComplete((body, failure) -> {
            if (failure instanceof TimeoutException) {
                cancelTransfer();
            }
        });
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (var item : items) {
            size += item.remaining();
            if (size > limit) {
                buffers.clear();
                subscription.cancel();
                result.completeExceptionally(new TooLarge(limit));
                return;
            }
            buffers.add(item);
        }
    }

    private void cancelTransfer() {
        var current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void onError(Throwable failure) {
        buffers.clear();
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(buffers, size));
        buffers.clear();
    }
}
