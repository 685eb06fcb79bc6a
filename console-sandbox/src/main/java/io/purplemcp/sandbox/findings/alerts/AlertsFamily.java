package io.purplemcp.sandbox.findings.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.findings.Connections;
import io.purplemcp.sandbox.findings.Filters;
import io.purplemcp.sandbox.findings.Filters.Field;
import io.purplemcp.sandbox.findings.Filters.Kind;
import io.purplemcp.sandbox.findings.FindingsFamily;
import io.purplemcp.sandbox.findings.SchemaResources;
import io.purplemcp.sandbox.graphql.RootResolver;
import io.purplemcp.sandbox.graphql.Schema;
import java.util.List;
import java.util.function.Predicate;

/**
 * Unified Alerts Management: {@code POST /web/api/v2.1/unifiedalerts/graphql} with the root fields
 * {@code alert(id)}, {@code alerts(filters, first, after, viewType)}, {@code alertNotes(alertId)} and
 * {@code alertHistory(alertId, first, after)} (findings-tools.md §3). View types: {@code ASSIGNED_TO_ME}
 * is the first analyst of {@link io.purplemcp.sandbox.findings.SocTeam}, {@code MY_TEAM} the first
 * three, {@code UNASSIGNED} alerts without an assignee.
 */
public final class AlertsFamily implements FindingsFamily {

    /** The default path. */
    public static final String PATH = "/web/api/v2.1/unifiedalerts/graphql";

    private final AlertCatalog catalog;
    private final Schema schema;
    private final Filters filters;

    /**
     * @param viewType whether the schema has {@code alerts(viewType:)} (older consoles lack it)
     * @param dataSources whether the schema has {@code Alert.dataSources} (older consoles lack it)
     */
    public AlertsFamily(AlertCatalog catalog, boolean viewType, boolean dataSources) {
        this.catalog = catalog;
        var full = SchemaResources.load("alerts.graphqls");
        var withViewType = viewType ? full : full.withoutArgument("Query", "alerts", "viewType");
        this.schema = dataSources ? withViewType : withViewType.withoutField("Alert", "dataSources");
        this.filters = new Filters("alerts", fields());
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public Phase phase(String rootField) {
        return switch (rootField) {
            case "alerts" -> Phase.LIST;
            case "alertNotes" -> Phase.NOTES;
            case "alertHistory" -> Phase.HISTORY;
            default -> Phase.GET;
        };
    }

    @Override
    public RootResolver resolver() {
        return this::resolve;
    }

    private JsonNode resolve(String field, ObjectNode arguments) {
        return switch (field) {
            case "alert" -> catalog.byId(arguments.path("id").asText());
            case "alerts" ->
                Connections.page(
                        catalog.alerts(),
                        view(arguments.path("viewType").asText("ALL")).and(filters.compile(arguments.get("filters"))),
                        "alerts",
                        arguments.get("first"),
                        arguments.get("after"));
            case "alertNotes" -> {
                var list = JsonNodeFactory.instance.objectNode();
                var data = list.putArray("data");
                catalog.notes(arguments.path("alertId").asText()).forEach(data::add);
                yield list;
            }
            case "alertHistory" -> {
                var id = arguments.path("alertId").asText();
                yield Connections.page(
                        catalog.history(id),
                        item -> true,
                        "alert-history:" + id,
                        arguments.get("first"),
                        arguments.get("after"));
            }
            default -> null;
        };
    }

    private Predicate<JsonNode> view(String viewType) {
        var team = catalog.team();
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

    private static List<Field> fields() {
        return List.of(
                Field.at("id", Kind.STRING, "/id"),
                Field.at("externalId", Kind.STRING, "/externalId"),
                Field.at("severity", Kind.STRING, "/severity"),
                Field.at("status", Kind.STRING, "/status"),
                Field.at("name", Kind.STRING, "/name"),
                Field.at("alertName", Kind.STRING, "/name"),
                Field.at("description", Kind.STRING, "/description"),
                Field.at("classification", Kind.STRING, "/classification"),
                Field.at("confidenceLevel", Kind.STRING, "/confidenceLevel"),
                Field.at("analystVerdict", Kind.STRING, "/analystVerdict"),
                Field.at("result", Kind.STRING, "/result"),
                Field.at("storylineId", Kind.STRING, "/storylineId"),
                Field.at("ticketId", Kind.STRING, "/ticketId"),
                Field.at("detectedAt", Kind.DATETIME, "/detectedAt"),
                Field.at("createdAt", Kind.DATETIME, "/createdAt"),
                Field.at("firstSeenAt", Kind.DATETIME, "/firstSeenAt"),
                Field.at("lastSeenAt", Kind.DATETIME, "/lastSeenAt"),
                Field.at("updatedAt", Kind.DATETIME, "/updatedAt"),
                Field.at("assigneeUserId", Kind.NUMBER, "/assignee/userId"),
                Field.at("assigneeEmail", Kind.STRING, "/assignee/email"),
                Field.at("assigneeFullName", Kind.STRING, "/assignee/fullName"),
                Field.at("alertNoteExists", Kind.BOOLEAN, "/noteExists"),
                Field.at("noteExists", Kind.BOOLEAN, "/noteExists"),
                Field.at("detectionProduct", Kind.STRING, "/detectionSource/product"),
                Field.at("detectionVendor", Kind.STRING, "/detectionSource/vendor"),
                Field.at("assetId", Kind.STRING, "/asset/id"),
                Field.at("assetName", Kind.STRING, "/asset/name"),
                Field.at("assetType", Kind.STRING, "/asset/type"),
                Field.at("dataSources", Kind.STRING, "/dataSources"),
                Field.at("mitreTechniqueId", Kind.STRING, "/mitreTechniqueId"),
                Field.at("mitreTacticName", Kind.STRING, "/mitreTacticName"),
                Field.at("riskScore", Kind.NUMBER, "/riskScore"));
    }
}
