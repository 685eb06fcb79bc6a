package io.purplemcp.sandbox.faults;

import java.util.Locale;

/** Which request of a long-running SDL query a fault hits. Purple AI has a single request: its launch. */
public enum Phase {
    /** {@code POST /sdl/v2/api/queries}, or the Purple AI request. */
    LAUNCH,
    /** {@code GET /sdl/v2/api/queries/<id>}. */
    POLL,
    /** {@code DELETE /sdl/v2/api/queries/<id>}. */
    DELETE;

    /** The name used in markers: {@code launch}, {@code poll}, {@code delete}. */
    public String markerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
