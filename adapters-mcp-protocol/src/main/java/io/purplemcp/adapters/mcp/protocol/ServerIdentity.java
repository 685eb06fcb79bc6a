package io.purplemcp.adapters.mcp.protocol;

import java.util.Objects;

/** How the server introduces itself in the handshake. */
public record ServerIdentity(String name, String title, String version, String instructions) {

    public ServerIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(instructions, "instructions");
    }
}
