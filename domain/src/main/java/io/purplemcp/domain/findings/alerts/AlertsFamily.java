package io.purplemcp.domain.findings.alerts;

import static io.purplemcp.domain.findings.fields.FieldSpec.object;
import static io.purplemcp.domain.findings.fields.FieldSpec.onType;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalar;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalarFields;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalars;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.findings.fields.FieldCatalog;
import io.purplemcp.domain.findings.fields.FieldSpec;
import io.purplemcp.domain.findings.filters.FilterDialect;
import io.purplemcp.domain.findings.tools.FindingFamily;
import io.purplemcp.domain.findings.tools.FindingFamily.View;
import io.purplemcp.ports.out.findings.FilterOperator;
import java.util.List;

/** Alerts: detections raised by SentinelOne and integrated sources (Unified Alerts Management). */
public final class AlertsFamily {

    static final String USER_CREATOR = "UserHistoryItemCreator";

    private static FieldCatalog alerts() {
        return FieldCatalog.of(
                object(
                        "Alert",
                        scalar("id"),
                        scalar("externalId"),
                        scalar("severity"),
                        scalar("status"),
                        scalar("name"),
                        scalar("description"),
                        scalar("detectedAt"),
                        scalar("firstSeenAt"),
                        scalar("lastSeenAt"),
                        scalar("analystVerdict"),
                        scalar("classification"),
                        scalar("confidenceLevel"),
                        scalars("dataSources"),
                        object("detectionSource", scalarFields("product", "vendor")),
                        object("asset", scalarFields("id", "name", "type")).identified(),
                        user("assignee"),
                        scalar("noteExists"),
                        scalar("result"),
                        scalar("storylineId"),
                        scalar("ticketId")),
                List.of(
                        "id",
                        "externalId",
                        "severity",
                        "status",
                        "name",
                        "description",
                        "detectedAt",
                        "firstSeenAt",
                        "lastSeenAt",
                        "analystVerdict",
                        "classification",
                        "confidenceLevel",
                        "detectionSource",
                        "asset",
                        "assignee",
                        "noteExists",
                        "result",
                        "storylineId",
                        "ticketId",
                        "dataSources"),
                List.of());
    }

    private static FieldCatalog notes() {
        return FieldCatalog.fixed(object(
                "AlertNote", scalar("id"), scalar("text"), scalar("createdAt"), user("author"), scalar("alertId")));
    }

    private static FieldCatalog history() {
        return FieldCatalog.fixed(object(
                "AlertHistoryEvent",
                scalar("createdAt"),
                scalar("eventText"),
                scalar("eventType"),
                scalar("reportUrl"),
                object(
                                "historyItemCreator",
                                scalar("__typename"),
                                onType(USER_CREATOR, scalarFields("userId", "userType")))
                        .presentWhen(AlertsFamily::namesAUser)));
    }

    private AlertsFamily() {}

    /** The alerts family, built anew (callers keep what they need). */
    public static FindingFamily family() {
        return new FindingFamily(
                "alert",
                "alerts",
                alerts(),
                notes(),
                history(),
                List.of(
                        new View("ALL", "every alert, the default"),
                        new View("ASSIGNED_TO_ME", "alerts assigned to the console user of this server's token"),
                        new View("UNASSIGNED", "alerts nobody is assigned to"),
                        new View("MY_TEAM", "alerts assigned to that user's team")),
                FilterDialect.allBut("alerts", FilterOperator.FULLTEXT_IN),
                false,
                new FindingFamily.Guidance(
                        "An alert is a detection raised by SentinelOne or an integrated source: its severity, status"
                                + " and verdict, when it was seen, the asset it concerns, where it came from and who"
                                + " handles it.",
                        "triage, enrichment, tracking status and assignment, and gathering evidence. Severity is"
                                + " CRITICAL, HIGH, MEDIUM, LOW, INFO or UNKNOWN; status NEW, IN_PROGRESS, RESOLVED or"
                                + " FALSE_POSITIVE. note_exists tells whether get_alert_notes has anything to show.",
                        "Common ones: id, severity, status, alertName, detectedAt, createdAt, analystVerdict,"
                                + " assigneeUserId (a number: use long_equals or long_in), assigneeFullName,"
                                + " alertNoteExists (boolean), storylineId, description. fulltext suits alertName, id"
                                + " and storylineId.",
                        "Values of severity: CRITICAL, HIGH, MEDIUM, LOW, INFO, UNKNOWN; status: NEW, IN_PROGRESS,"
                                + " RESOLVED, FALSE_POSITIVE; analystVerdict: e.g. TRUE_POSITIVE_MALWARE,"
                                + " FALSE_POSITIVE_BENIGN, UNDEFINED.",
                        "createdAt",
                        "'[{\"fieldId\": \"severity\", \"filterType\": \"string_in\", \"values\": [\"CRITICAL\","
                                + " \"HIGH\"]}, {\"fieldId\": \"status\", \"filterType\": \"string_equals\", \"value\":"
                                + " \"NEW\"}, {\"fieldId\": \"createdAt\", \"filterType\": \"datetime_range\", \"start\":"
                                + " \"1730289600000\"}]'",
                        "event_type is free text such as STATUS_CHANGED, ASSIGNMENT_CHANGED or NOTE_ADDED; report_url"
                                + " links a report where there is one; history_item_creator (typename, user_id,"
                                + " user_type such as CONSOLE_USER or MDR) names the user who acted and is left out for"
                                + " system events. Typical events: status, assignment, severity and verdict changes,"
                                + " notes, escalations and integration actions."));
    }

    private static FieldSpec user(String name) {
        return object(name, scalarFields("userId", "email", "fullName"));
    }

    /**
     * Whether a history event's creator names a user: not a system creator ({@code __typename} of another
     * union member) and not an empty shell.
     */
    static boolean namesAUser(ObjectNode creator) {
        var typename = creator.path("__typename");
        if (typename.isTextual()
                && !typename.textValue().isEmpty()
                && !typename.textValue().equals(USER_CREATOR)) {
            return false;
        }
        return creator.properties().stream()
                .anyMatch(field -> !field.getKey().equals("__typename")
                        && !field.getValue().isNull());
    }
}
