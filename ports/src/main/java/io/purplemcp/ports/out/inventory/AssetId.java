package io.purplemcp.ports.out.inventory;

import java.util.Objects;

/**
 * The console's id of one asset: 1 to {@value #MAX_LENGTH} characters without surrounding whitespace.
 * The core decides what it accepts from the model; this only guarantees a well-formed value.
 */
public record AssetId(String value) {

    public static final int MAX_LENGTH = 256;

    public AssetId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.strip().equals(value)) {
            throw new IllegalArgumentException(
                    "an asset id is 1 to " + MAX_LENGTH + " characters without surrounding whitespace");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
