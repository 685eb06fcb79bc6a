package io.purplemcp.sandbox.findings.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.Estate;
import io.purplemcp.sandbox.data.SandboxResources;
import io.purplemcp.sandbox.findings.FindingCatalog;
import io.purplemcp.sandbox.findings.SocTeam;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The tenant's alerts: {@link #SIZE} of them over the 30 days before {@link Estate#ANCHOR_MILLIS}, newest
 * first, raised by the EDR (the tenant's detections, with their MITRE ATT&amp;CK techniques), STAR rules,
 * Singularity Identity, cloud detection and two Microsoft products, on the estate's endpoints,
 * identities and cloud resources; with analysts, verdicts, tickets, notes and an audit history. The
 * newest alert ({@link #landmark()}) is a ransomware incident on {@code fin-ws-0142} with notes and a
 * history of more than 25 events. Each alert also carries filter-only values: {@code createdAt},
 * {@code updatedAt}, {@code mitreTechniqueId}, {@code mitreTacticName}, {@code riskScore}.
 */
public final class AlertCatalog extends FindingCatalog {

    /** How many alerts there are. */
    public static final int SIZE = 72;

    /** One kind of alert: what raised it, on which kind of asset ({@link #pools()}), its usual verdict. */
    private record Template(
            String name,
            String description,
            String techniqueId,
            String tactic,
            String severity,
            String classification,
            String product,
            String vendor,
            List<String> dataSources,
            String assetKind,
            String verdict) {}

    /** What {@code alerts.json} holds: the alert kinds and the texts of analysts' notes. */
    private record Data(List<Template> templates, List<String> notes) {}

    public AlertCatalog(Estate estate, SocTeam team) {
        super(estate, team);
    }

    /**
     * {@code ASSIGNED_TO_ME} is the first analyst of {@link SocTeam}, {@code MY_TEAM} the first three,
     * {@code UNASSIGNED} alerts without an assignee.
     */
    @Override
    public Predicate<JsonNode> view(String viewType) {
        return switch (viewType) {
            case "ASSIGNED_TO_ME" ->
                alert -> alert.at("/assignee/userId").asText().equals(team.me().userId());
            case "UNASSIGNED" -> alert -> !alert.hasNonNull("assignee");
            case "MY_TEAM" ->
                alert -> team.myTeam().stream()
                        .anyMatch(analyst -> analyst.userId()
                                .equals(alert.at("/assignee/userId").asText()));
            default -> alert -> true;
        };
    }

    @Override
    protected Contents build() {
        var alerts = new ArrayList<ObjectNode>();
        var byId = new HashMap<String, ObjectNode>();
        var notes = new HashMap<String, List<ObjectNode>>();
        var history = new HashMap<String, List<ObjectNode>>();
        var data = SandboxResources.json(AlertCatalog.class, "alerts.json", Data.class);
        var templates = data.templates();
        var pools = pools();
        for (var i = 0; i < SIZE; i++) {
            var random = new SplittableRandom(Estate.hash("alert/" + i));
            var template = i == 0
                    ? templates.get(5)
                    : i < templates.size() ? templates.get(i) : templates.get(random.nextInt(templates.size()));
            var pool = pools.get(template.assetKind());
            var asset = i == 0 ? estate.named("fin-ws-0142") : pool.get(random.nextInt(pool.size()));
            var alert = alert(i, template, asset, random);
            var alertNotes = notes(alert, data.notes(), random, i == 0 ? 3 : 0);
            alert.put("noteExists", !alertNotes.isEmpty());
            var events = history(alert, template, alertNotes, random, i == 0);
            alert.put(
                    "updatedAt", events.get(events.size() - 1).get("createdAt").textValue());
            alerts.add(alert);
            byId.put(alert.get("id").textValue(), alert);
            notes.put(alert.get("id").textValue(), List.copyOf(alertNotes));
            history.put(alert.get("id").textValue(), List.copyOf(events));
        }
        return new Contents(alerts, byId, notes, history);
    }

    private Map<String, List<ObjectNode>> pools() {
        var windows = new ArrayList<ObjectNode>();
        var macs = new ArrayList<ObjectNode>();
        var linux = new ArrayList<ObjectNode>();
        var endpoints = estate.onSurface("ENDPOINT");
        for (var asset : endpoints.subList(0, 260)) {
            switch (asset.path("osFamily").asText()) {
                case "Windows" -> windows.add(asset);
                case "macOS" -> macs.add(asset);
                default -> linux.add(asset);
            }
        }
        var identities = estate.onSurface("IDENTITY");
        return Map.of(
                "windows", windows,
                "macos", macs,
                "linux", linux,
                "service", filter(identities, "subCategory", "Service Account"),
                "user",
                        filter(identities, "resourceType", "Active Directory User")
                                .subList(0, 40),
                "entra", filter(identities, "resourceType", "Entra ID User"),
                "role", List.of(estate.named("break-glass-admin"), estate.named("third-party-backup")),
                "bucket",
                        List.of(
                                estate.named("corp-public-assets"),
                                estate.named("dev-scratch-public"),
                                estate.named("fin-reports-archive")));
    }

    private ObjectNode alert(int i, Template template, ObjectNode asset, SplittableRandom random) {
        var detected = Estate.ANCHOR_MILLIS - 30 * MINUTE - i * 10 * HOUR - random.nextInt(9 * 60) * MINUTE;
        var roll = random.nextInt(100);
        var status = i == 0
                ? "IN_PROGRESS"
                : i < 8
                        ? (roll < 70 ? "NEW" : "IN_PROGRESS")
                        : roll < 30 ? "NEW" : roll < 50 ? "IN_PROGRESS" : roll < 88 ? "RESOLVED" : "FALSE_POSITIVE";
        var severity = template.severity();
        if (template.classification().equals("Suspicious Activity") && i % 2 == 0) {
            severity = "INFO";
        } else if (template.vendor().equals("Microsoft") && i % 3 == 1) {
            severity = "UNKNOWN";
        } else if (random.nextInt(10) == 0 && severity.equals("MEDIUM")) {
            severity = "HIGH";
        }
        var edr = template.product().equals("EDR") || template.product().equals("STAR");
        var alert = nodes.objectNode();
        alert.put("id", uuid7(detected, random));
        alert.put(
                "externalId",
                template.vendor().equals("Microsoft")
                        ? (template.product().startsWith("Defender") ? "MDO-" : "EIDP-")
                                + Long.toHexString(random.nextLong() >>> 20).toUpperCase(Locale.ROOT)
                        : null);
        alert.put("severity", severity);
        alert.put("status", status);
        alert.put("name", template.name());
        alert.put("description", template.description());
        alert.put("detectedAt", Estate.iso(detected));
        alert.put("firstSeenAt", Estate.iso(detected - random.nextInt(5) * MINUTE - 1_000));
        alert.put("lastSeenAt", Estate.iso(detected + random.nextInt(180) * MINUTE));
        alert.put(
                "analystVerdict",
                switch (status) {
                    case "RESOLVED" ->
                        template.verdict().startsWith("FALSE") ? "TRUE_POSITIVE_BENIGN" : template.verdict();
                    case "FALSE_POSITIVE" ->
                        random.nextBoolean() ? "FALSE_POSITIVE_BENIGN" : "FALSE_POSITIVE_USER_ERROR";
                    case "IN_PROGRESS" -> "UNDEFINED";
                    default -> random.nextBoolean() ? "UNDEFINED" : null;
                });
        alert.put("classification", template.classification());
        alert.put(
                "confidenceLevel", severity.equals("CRITICAL") || severity.equals("HIGH") ? "MALICIOUS" : "SUSPICIOUS");
        var sources = alert.putArray("dataSources");
        template.dataSources().forEach(sources::add);
        if (edr && template.assetKind().equals("windows") && random.nextBoolean()) {
            sources.add("Windows Event Logs");
        }
        alert.putObject("detectionSource").put("product", template.product()).put("vendor", template.vendor());
        var alertAsset = alert.putObject("asset");
        alertAsset.put("id", asset.get("id").textValue());
        alertAsset.put("name", asset.get("name").textValue());
        alertAsset.put(
                "type",
                asset.get("category").textValue().equals("Identity")
                        ? asset.get("subCategory").textValue()
                        : asset.get("category").textValue());
        var assignee = i == 0
                ? team.me()
                : status.equals("NEW") && random.nextInt(10) < 7
                        ? null
                        : team.active().get(random.nextInt(5));
        alert.set("assignee", assignee == null ? nodes.nullNode() : assignee.alertsUser());
        alert.put("noteExists", false);
        alert.put(
                "result",
                !edr ? null : status.equals("RESOLVED") ? "MITIGATED" : random.nextBoolean() ? "BLOCKED" : "DETECTED");
        alert.put("storylineId", edr ? String.format(Locale.ROOT, "%016X", random.nextLong()) : null);
        alert.put(
                "ticketId",
                !status.equals("NEW") && random.nextInt(10) < 4
                        ? String.format(Locale.ROOT, "INC%07d", 12_000 + random.nextInt(90_000))
                        : null);
        // Filter-only values (not in the Alert type):
        alert.put("createdAt", Estate.iso(detected + (2 + random.nextInt(28)) * 1_000L));
        alert.put("mitreTechniqueId", template.techniqueId());
        alert.put("mitreTacticName", template.tactic());
        alert.put(
                "riskScore",
                switch (severity) {
                            case "CRITICAL" -> 90;
                            case "HIGH" -> 70;
                            case "MEDIUM" -> 50;
                            case "LOW" -> 30;
                            default -> 10;
                        }
                        + random.nextInt(10));
        return alert;
    }

    private List<ObjectNode> notes(ObjectNode alert, List<String> texts, SplittableRandom random, int forced) {
        var count = forced > 0
                ? forced
                : alert.get("status").textValue().equals("NEW") || random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(3);
        var notes = new ArrayList<ObjectNode>();
        var detected = Instant.parse(alert.get("detectedAt").textValue()).toEpochMilli();
        for (var n = 0; n < count; n++) {
            var author = alert.hasNonNull("assignee") && n % 2 == 0
                    ? team.all().stream()
                            .filter(a -> a.userId()
                                    .equals(alert.at("/assignee/userId").asText()))
                            .findFirst()
                            .orElse(team.me())
                    : team.active().get(random.nextInt(5));
            var note = nodes.objectNode();
            note.put(
                    "id",
                    "note-" + (5_000 + Math.floorMod(Estate.hash(alert.get("id").textValue() + n), 90_000)));
            note.put("text", texts.get(random.nextInt(texts.size())));
            note.put("createdAt", Estate.iso(capped(detected + (20 + 35L * n + random.nextInt(30)) * MINUTE)));
            note.set("author", author.alertsUser());
            note.put("alertId", alert.get("id").textValue());
            notes.add(note);
        }
        Collections.reverse(notes); // newest first
        return notes;
    }

    private List<ObjectNode> history(
            ObjectNode alert, Template template, List<ObjectNode> notes, SplittableRandom random, boolean longHistory) {
        var events = new ArrayList<ObjectNode>();
        var created = Instant.parse(alert.get("createdAt").textValue()).toEpochMilli();
        var at = created;
        events.add(event(at, "Alert created", "ALERT_CREATED", null, system()));
        var assignee = alert.get("assignee");
        var status = alert.get("status").textValue();
        var by = assignee.isNull()
                ? team.me()
                : team.all().stream()
                        .filter(a -> a.userId().equals(assignee.get("userId").asText()))
                        .findFirst()
                        .orElse(team.me());
        if (!assignee.isNull()) {
            at += (5 + random.nextInt(55)) * MINUTE;
            var assigner = random.nextInt(4) == 0 ? team.active().get(3) : by;
            events.add(event(at, "Alert assigned to " + by.fullName(), "ASSIGNMENT_CHANGED", null, user(assigner)));
        }
        if (!status.equals("NEW")) {
            at += (1 + random.nextInt(20)) * MINUTE;
            events.add(event(at, "Status changed from New to In Progress", "STATUS_CHANGED", null, user(by)));
        }
        if (alert.get("severity").textValue().equals("CRITICAL")) {
            at += 2 * MINUTE;
            events.add(event(
                    at,
                    "Threat report generated",
                    "REPORT_GENERATED",
                    "https://usea1-corp.sentinelone.example/web/api/v2.1/reports/"
                            + alert.get("id").textValue() + ".pdf",
                    system()));
        }
        var oldestFirst = new ArrayList<>(notes);
        Collections.reverse(oldestFirst);
        for (var note : oldestFirst) {
            var time = Instant.parse(note.get("createdAt").textValue()).toEpochMilli();
            at = Math.max(at, time);
            events.add(event(
                    time,
                    "Note added by " + note.at("/author/fullName").asText(),
                    "NOTE_ADDED",
                    null,
                    userById(note.at("/author/userId").asText())));
        }
        if (alert.hasNonNull("ticketId")) {
            at += (3 + random.nextInt(10)) * MINUTE;
            events.add(event(
                    at,
                    "Ticket " + alert.get("ticketId").textValue() + " created in ServiceNow",
                    "INTEGRATION_ACTION",
                    null,
                    null));
        }
        if (random.nextInt(6) == 0) {
            at += 15 * MINUTE;
            events.add(event(
                    at,
                    "Escalated to the MDR service",
                    "ESCALATED",
                    null,
                    user(team.active().get(4))));
        }
        if (longHistory) {
            for (var n = 0; n < 22; n++) {
                at += 4 * MINUTE;
                events.add(event(
                        at,
                        "The behaviour was observed again on "
                                + alert.at("/asset/name").asText() + " (occurrence " + (n + 2) + ")",
                        "ALERT_REOCCURRED",
                        null,
                        system()));
            }
        }
        var verdict = alert.path("analystVerdict").asText("UNDEFINED");
        if (!verdict.equals("UNDEFINED") && !alert.get("analystVerdict").isNull()) {
            at += (5 + random.nextInt(60)) * MINUTE;
            events.add(event(at, "Analyst verdict changed to " + verdict, "VERDICT_CHANGED", null, user(by)));
        }
        if (status.equals("RESOLVED") || status.equals("FALSE_POSITIVE")) {
            at += (10 + random.nextInt(120)) * MINUTE;
            events.add(event(
                    at,
                    "Status changed from In Progress to " + (status.equals("RESOLVED") ? "Resolved" : "False Positive"),
                    "STATUS_CHANGED",
                    null,
                    user(by)));
        }
        events.sort((a, b) ->
                a.get("createdAt").textValue().compareTo(b.get("createdAt").textValue()));
        return events;
    }

    private ObjectNode event(long at, String text, String type, String reportUrl, JsonNode creator) {
        var event = nodes.objectNode();
        event.put("createdAt", Estate.iso(capped(at)));
        event.put("eventText", text);
        event.put("eventType", type);
        event.put("reportUrl", reportUrl);
        event.set("historyItemCreator", creator == null ? nodes.nullNode() : creator);
        return event;
    }

    private ObjectNode user(SocTeam.Analyst analyst) {
        var creator = nodes.objectNode();
        creator.put("__typename", "UserHistoryItemCreator");
        creator.put("userId", analyst.userId());
        creator.put("userType", analyst.mdr() ? "MDR" : "CONSOLE_USER");
        return creator;
    }

    private ObjectNode userById(String userId) {
        return user(team.all().stream()
                .filter(a -> a.userId().equals(userId))
                .findFirst()
                .orElse(team.me()));
    }

    private ObjectNode system() {
        var creator = nodes.objectNode();
        creator.put("__typename", "SystemHistoryItemCreator");
        creator.put("name", "SentinelOne");
        return creator;
    }

    private static long capped(long millis) {
        return Math.min(millis, Estate.ANCHOR_MILLIS - 60_000L);
    }

    private static List<ObjectNode> filter(List<ObjectNode> assets, String key, String value) {
        return assets.stream()
                .filter(asset -> value.equals(asset.path(key).asText()))
                .toList();
    }
}
