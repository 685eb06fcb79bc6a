package io.purplemcp.sandbox.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.Estate;
import io.purplemcp.sandbox.data.Lazy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The findings of one family, built on first use (a sandbox that only serves PowerQuery never pays for
 * them): the items newest first, with their notes and history by id.
 */
public abstract class FindingCatalog {

    protected static final long MINUTE = 60_000L;
    protected static final long HOUR = 60 * MINUTE;

    /** The assets the findings are on. */
    protected final Estate estate;
    /** The analysts who work them. */
    protected final SocTeam team;

    protected final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** What a family builds once. */
    protected record Contents(
            List<ObjectNode> items,
            Map<String, ObjectNode> byId,
            Map<String, List<ObjectNode>> notes,
            Map<String, List<ObjectNode>> history) {

        public Contents {
            items = List.copyOf(items);
            byId = Map.copyOf(byId);
            notes = Map.copyOf(notes);
            history = Map.copyOf(history);
        }
    }

    private final Lazy<Contents> contents = new Lazy<>();

    protected FindingCatalog(Estate estate, SocTeam team) {
        this.estate = estate;
        this.team = team;
    }

    private Contents contents() {
        return contents.get(this::build);
    }

    /** Builds the family's findings; called once, on first use. */
    protected abstract Contents build();

    /** The findings, newest first. */
    public final List<ObjectNode> items() {
        return contents().items();
    }

    /** The finding with that id, or null. */
    public final ObjectNode byId(String id) {
        return contents().byId().get(id);
    }

    /** A finding's notes, newest first; empty for an unknown id. */
    public final List<ObjectNode> notes(String id) {
        return contents().notes().getOrDefault(id, List.of());
    }

    /** A finding's history, oldest first; empty for an unknown id. */
    public final List<ObjectNode> history(String id) {
        return contents().history().getOrDefault(id, List.of());
    }

    /** Which findings a list's {@code viewType} keeps; every one for {@code ALL} and for a family without views. */
    public Predicate<JsonNode> view(String viewType) {
        return item -> true;
    }

    /** The newest finding, the one with the most notes and the longest history. */
    public final ObjectNode landmark() {
        return items().get(0);
    }

    /**
     * A value drawn by a roll of 0..99: the i-th of {@code values} when the roll is below {@code bounds[i]}
     * (and none before), the last when it is below none.
     */
    protected static String byRoll(int roll, List<String> values, int... bounds) {
        for (var i = 0; i < bounds.length; i++) {
            if (roll < bounds[i]) {
                return values.get(i);
            }
        }
        return values.get(bounds.length);
    }

    /** A version-7 UUID: the detection time in its first 48 bits, as the console's finding ids. */
    protected static String uuid7(long millis, SplittableRandom random) {
        return String.format(
                Locale.ROOT,
                "%08x-%04x-7%03x-%04x-%012x",
                millis >>> 16,
                millis & 0xffff,
                random.nextInt(0x1000),
                0x8000 | random.nextInt(0x4000),
                random.nextLong() & 0xffffffffffffL);
    }
}
