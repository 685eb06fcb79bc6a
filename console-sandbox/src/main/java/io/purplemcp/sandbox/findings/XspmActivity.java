package io.purplemcp.sandbox.findings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.Estate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The analysts' work on an XSPM finding (vulnerabilities, misconfigurations): its notes and the opening of
 * its history. The two APIs record them alike; only the pace differs, so each family gives its own.
 * Random draws happen in a fixed order, which keeps the generated findings stable.
 */
public final class XspmActivity {

    private static final long MINUTE = 60_000L;
    private static final long LAST = Estate.ANCHOR_MILLIS - MINUTE;

    /**
     * When notes are written: the n-th {@code first + step·n} minutes after detection; every
     * {@code editedEvery}-th (from {@code editedFrom}) edited {@code editedAfter} minutes later.
     *
     * @param findingKey the member naming the finding, e.g. {@code vulnerabilityId}
     */
    public record NotePace(
            String findingKey, long first, long step, int editedEvery, int editedFrom, long editedAfter) {}

    /**
     * How fast a finding is worked: assignment after {@code assigned + [0, assignedSpread)} minutes, the
     * status change {@code status + [0, statusSpread)} minutes later, the verdict {@code verdict} minutes
     * after that.
     */
    public record HistoryPace(int assigned, int assignedSpread, int status, int statusSpread, int verdict) {}

    /** The history so far and the time of its last workflow event, for the family's own events to follow. */
    public record Opening(List<ObjectNode> events, long at) {}

    private XspmActivity() {}

    /**
     * A finding's notes, newest first: {@code forced} of them, or none to two at random.
     *
     * @param author the author of the n-th note (may draw from {@code random})
     */
    public static List<ObjectNode> notes(
            ObjectNode finding,
            NotePace pace,
            List<String> texts,
            IntFunction<ObjectNode> author,
            SplittableRandom random,
            int forced) {
        var count = forced > 0 ? forced : random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0;
        var detected = millis(finding, "detectedAt");
        var id = finding.get("id").textValue();
        var notes = new ArrayList<ObjectNode>();
        for (var n = 0; n < count; n++) {
            var at = Math.min(LAST, detected + (pace.first() + pace.step() * n) * MINUTE);
            var note = JsonNodeFactory.instance.objectNode();
            note.put(
                    "id",
                    "note-" + Long.toHexString(Estate.hash(id + "/note/" + n)).substring(0, 10));
            note.put(pace.findingKey(), id);
            note.put("text", texts.get((n + random.nextInt(texts.size())) % texts.size()));
            note.set("author", author.apply(n));
            note.put("createdAt", Estate.iso(at));
            note.put(
                    "updatedAt",
                    n % pace.editedEvery() == pace.editedFrom()
                            ? Estate.iso(Math.min(LAST, at + pace.editedAfter() * MINUTE))
                            : null);
            notes.add(note);
        }
        Collections.reverse(notes);
        return notes;
    }

    /** Detection, assignment, status, verdict and one event a note (notes newest first). */
    public static Opening opening(
            ObjectNode finding, String detection, List<ObjectNode> notes, HistoryPace pace, SplittableRandom random) {
        var events = new ArrayList<ObjectNode>();
        var at = millis(finding, "detectedAt");
        events.add(event("CREATION", detection, at));
        var status = finding.get("status").textValue();
        if (finding.hasNonNull("assignee")) {
            at += (pace.assigned() + random.nextInt(pace.assignedSpread())) * MINUTE;
            events.add(event(
                    "USER_ASSIGNMENT",
                    "Assigned to " + finding.at("/assignee/fullName").asText(),
                    at));
        }
        if (!status.equals("NEW")) {
            at += (pace.status() + random.nextInt(pace.statusSpread())) * MINUTE;
            events.add(event("STATUS", "Status changed to " + status, at));
        }
        if (finding.hasNonNull("analystVerdict")) {
            at += pace.verdict() * MINUTE;
            events.add(event(
                    "ANALYST_VERDICT",
                    "Analyst verdict set to " + finding.get("analystVerdict").textValue(),
                    at));
        }
        for (var n = notes.size() - 1; n >= 0; n--) {
            var note = notes.get(n);
            events.add(event(
                    "NOTES", "Note added by " + note.at("/author/fullName").asText(), millis(note, "createdAt")));
        }
        return new Opening(events, at);
    }

    /** The history oldest first, nothing later than a minute before the anchor. */
    public static List<ObjectNode> closed(List<ObjectNode> events) {
        var sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(event -> event.get("createdAt").textValue()));
        for (var event : sorted) {
            if (millis(event, "createdAt") >= Estate.ANCHOR_MILLIS) {
                event.put("createdAt", Estate.iso(LAST));
            }
        }
        return List.copyOf(sorted);
    }

    /** A history event of an XSPM finding. */
    public static ObjectNode event(String type, String text, long at) {
        var event = JsonNodeFactory.instance.objectNode();
        event.put("eventType", type);
        event.put("eventText", text);
        event.put("createdAt", Estate.iso(at));
        return event;
    }

    private static long millis(ObjectNode node, String key) {
        return Instant.parse(node.get(key).textValue()).toEpochMilli();
    }
}
