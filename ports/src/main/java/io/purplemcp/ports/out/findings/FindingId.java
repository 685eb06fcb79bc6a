package io.purplemcp.ports.out.findings;

import java.util.Objects;

/** The id of a finding: 1 to {@value #MAX_LENGTH} characters without surrounding whitespace. */
public record FindingId(String value) {

    public static final int MAX_LENGTH = 256;

    public FindingId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.strip().equals(value)) {
            throw new IllegalArgumentException("a finding id is 1-" + MAX_LENGTH + " characters, trimmed");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
