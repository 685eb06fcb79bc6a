package io.purplemcp.sandbox.faults;

import java.util.Locale;

/**
 * Which request a fault hits. The SDL has three (launch, poll, delete); Purple AI has one, its launch;
 * the findings GraphQL endpoints tell their operations apart by root field (get, list, notes, history);
 * the inventory tells a GET listing (list) from a POST search (search) and from the search by one id that
 * serves a get (get).
 */
public enum Phase {
    /** {@code POST /sdl/v2/api/queries}, or the Purple AI request. */
    LAUNCH,
    /** {@code GET /sdl/v2/api/queries/<id>}. */
    POLL,
    /** {@code DELETE /sdl/v2/api/queries/<id>}. */
    DELETE,
    /** Findings: {@code alert}, {@code vulnerability}, {@code misconfiguration}; inventory: a search by one id. */
    GET,
    /** Findings: {@code alerts}, {@code vulnerabilities}, {@code misconfigurations}; inventory: a GET listing. */
    LIST,
    /** Inventory: a POST search. */
    SEARCH,
    /** Findings: {@code alertNotes}, {@code vulnerabilityNotes}, {@code misconfigurationNotes}. */
    NOTES,
    /** Findings: {@code alertHistory}, {@code vulnerabilityHistory}, {@code misconfigurationHistory}. */
    HISTORY;

    /** The name used in markers: {@code launch}, {@code poll}, {@code delete}, {@code get}, … */
    public String markerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
