package io.purplemcp.adapters.mcp.protocol;

import java.util.Optional;

/** The MCP revisions this server speaks, oldest first; each later one adds what the wire may carry. */
public enum ProtocolVersion {
    V2024_11_05("2024-11-05"),
    V2025_03_26("2025-03-26"),
    V2025_06_18("2025-06-18"),
    V2025_11_25("2025-11-25");

    public static final ProtocolVersion LATEST = V2025_11_25;

    private final String wireName;

    ProtocolVersion(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isAtLeast(ProtocolVersion other) {
        return compareTo(other) >= 0;
    }

    public static Optional<ProtocolVersion> fromWireName(String name) {
        for (var version : values()) {
            if (version.wireName.equals(name)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** The client's version when we speak it, otherwise our newest, as the lifecycle rules require. */
    public static ProtocolVersion negotiate(String requested) {
        return fromWireName(requested).orElse(LATEST);
    }

    /** Only 2025-03-26 defined JSON-RPC batches; the revisions before and after it forbid them. */
    public boolean allowsBatches() {
        return this == V2025_03_26;
    }

    public boolean hasToolAnnotations() {
        return isAtLeast(V2025_03_26);
    }

    public boolean hasProgressMessages() {
        return isAtLeast(V2025_03_26);
    }

    /** Titles, output schemas and structured content arrived together in 2025-06-18. */
    public boolean hasStructuredResults() {
        return isAtLeast(V2025_06_18);
    }
}
