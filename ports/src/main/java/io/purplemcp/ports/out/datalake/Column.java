package io.purplemcp.ports.out.datalake;

import java.util.Objects;

/**
 * A column of a result table. {@code type} is the console's cell type ({@code NUMBER},
 * {@code PERCENTAGE}, {@code STRING}, {@code TIMESTAMP}, or a newer one passed through as sent).
 */
public record Column(String name, String type) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
