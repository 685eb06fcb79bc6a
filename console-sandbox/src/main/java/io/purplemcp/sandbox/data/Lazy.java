package io.purplemcp.sandbox.data;

import java.util.function.Supplier;

/**
 * A value built on first use, once, however many request threads ask for it at the same time: the estate
 * and the finding catalogs are large, and a sandbox that serves only Purple AI never needs them.
 */
public final class Lazy<T> {

    private volatile T value;

    /**
     * The value, made by {@code build} on the first call. The builder comes with the call, not the
     * constructor: a field initialised with {@code this::build} would let an abstract class's {@code this}
     * escape before its subclass is constructed.
     */
    public T get(Supplier<? extends T> build) {
        var current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = build.get();
                    value = current;
                }
            }
        }
        return current;
    }
}
