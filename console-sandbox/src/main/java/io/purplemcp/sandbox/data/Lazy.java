package io.purplemcp.sandbox.data;

import java.util.function.Supplier;

/**
 * A value built on first use, once, however many request threads ask for it at the same time: the estate
 * and the finding catalogs are large, and a sandbox that serves only Purple AI never needs them.
 */
public final class Lazy<T> {

    private final Supplier<T> build;
    private volatile T value;

    public Lazy(Supplier<T> build) {
        this.build = build;
    }

    public T get() {
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
