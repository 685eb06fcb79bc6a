package io.purplemcp.sandbox.findings.misconfigurations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.findings.Connections;
import io.purplemcp.sandbox.findings.Filters;
import io.purplemcp.sandbox.findings.Filters.Field;
import io.purplemcp.sandbox.findings.Filters.Kind;
import io.purplemcp.sandbox.findings.FindingsFamily;
import io.purplemcp.sandbox.findings.SchemaResources;
import io.purplemcp.sandbox.findings.XspmParts;
import io.purplemcp.sandbox.graphql.RootResolver;
import io.purplemcp.sandbox.graphql.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * XSPM Misconfigurations: {@code POST /web/api/v2.1/xspm/findings/misconfigurations/graphql} with the root
 * fields {@code misconfiguration(id)}, {@code misconfigurations(filters, first, after, viewType)},
 * {@code misconfigurationNotes(misconfigurationId, first, after)} and
 * {@code misconfigurationHistory(misconfigurationId, first, after)} (findings-tools.md §5). Each view type
 * but {@code ALL} keeps the findings of its kind (cloud, Kubernetes, identity, IaC, admission controller,
 * offensive security, secret scanning).
 */
public final class MisconfigurationsFamily implements FindingsFamily {

    /** The default path. */
    public static final String PATH = "/web/api/v2.1/xspm/findings/misconfigurations/graphql";

    private final MisconfigurationCatalog catalog;
    private final Schema schema;
    private final Filters filters = new Filters("misconfigurations", fields());

    /** @param viewType whether the schema has {@code misconfigurations(viewType:)} (older consoles lack it) */
    public MisconfigurationsFamily(MisconfigurationCatalog catalog, boolean viewType) {
        this.catalog = catalog;
        var full = SchemaResources.load("misconfigurations.graphqls");
        this.schema = viewType ? full : full.withoutArgument("Query", "misconfigurations", "viewType");
    }

    @Override
    public String name() {
        return "misconfigurations";
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
            case "misconfigurations" -> Phase.LIST;
            case "misconfigurationNotes" -> Phase.NOTES;
            case "misconfigurationHistory" -> Phase.HISTORY;
            default -> Phase.GET;
        };
    }

    @Override
    public RootResolver resolver() {
        return this::resolve;
    }

    private JsonNode resolve(String field, ObjectNode arguments) {
        var id = arguments.path("misconfigurationId").asText();
        return switch (field) {
            case "misconfiguration" -> catalog.byId(arguments.path("id").asText());
            case "misconfigurations" ->
                Connections.page(
                        catalog.misconfigurations(),
                        view(arguments.path("viewType").asText("ALL")).and(filters.compile(arguments.get("filters"))),
                        "misconfigurations",
                        arguments.get("first"),
                        arguments.get("after"));
            case "misconfigurationNotes" ->
                Connections.page(
                        catalog.notes(id),
                        item -> true,
                        "misconfiguration-notes:" + id,
                        arguments.get("first"),
                        arguments.get("after"));
            case "misconfigurationHistory" ->
                Connections.page(
                        catalog.history(id),
                        item -> true,
                        "misconfiguration-history:" + id,
                        arguments.get("first"),
                        arguments.get("after"));
            default -> null;
        };
    }

    private static Predicate<JsonNode> view(String viewType) {
        return viewType.equals("ALL")
                ? item -> true
                : item -> item.path("viewType").asText().equals(viewType);
    }

    private static List<Field> fields() {
        var fields = new ArrayList<>(XspmParts.sharedFields());
        fields.addAll(List.of(
                Field.at("externalId", Kind.STRING, "/externalId"),
                Field.at("eventTime", Kind.DATETIME, "/eventTime"),
                Field.at("environment", Kind.STRING, "/environment"),
                Field.at("exposureReason", Kind.STRING, "/exposureReason"),
                Field.at("mitigable", Kind.BOOLEAN, "/mitigable"),
                Field.at("misconfigurationType", Kind.STRING, "/misconfigurationType"),
                Field.at("policyId", Kind.STRING, "/cnapp/policy/id"),
                Field.at("policyVersion", Kind.STRING, "/cnapp/policy/version"),
                Field.at("policyGroup", Kind.STRING, "/cnapp/policy/group"),
                Field.at("organization", Kind.STRING, "/organization"),
                Field.at("enforcementAction", Kind.STRING, "/enforcementAction"),
                Field.at("iacFramework", Kind.STRING, "/evidence/iacFramework"),
                Field.at("complianceStandards", Kind.STRING, "/complianceStandards"),
                Field.at("hasClassifiedData", Kind.BOOLEAN, "/hasClassifiedData"),
                Field.at("dataClassificationCategories", Kind.STRING, "/dataClassificationCategories"),
                Field.at("dataClassificationDataTypes", Kind.STRING, "/dataClassificationDataTypes"),
                // upstream: secret ids and hashes take full-text filters only, validity boolean_in only
                Field.at("secretId", Kind.STRING, "/secretId").only("match", "matchIn"),
                Field.at("secretHash", Kind.STRING, "/evidence/secret/hash").only("match", "matchIn"),
                Field.at("secretType", Kind.STRING, "/evidence/secret/type"),
                Field.at("secretValidity", Kind.BOOLEAN, "/evidence/secret/valid")
                        .only("booleanIn"),
                Field.at("requestResourceName", Kind.STRING, "/admissionRequest/resourceName"),
                Field.at("requestResourceType", Kind.STRING, "/admissionRequest/resourceType"),
                Field.at("requestResourceNamespace", Kind.STRING, "/admissionRequest/resourceNamespace"),
                Field.at("requestUserName", Kind.STRING, "/admissionRequest/userName"),
                Field.at("requestUserUid", Kind.STRING, "/admissionRequest/userUid"),
                Field.at("requestUserGroup", Kind.STRING, "/admissionRequest/userGroup"),
                Field.at("requestCategory", Kind.STRING, "/admissionRequest/category"),
                Field.at("commitedBy", Kind.STRING, "/evidence/commitedBy"),
                Field.at("verifiedExploitable", Kind.BOOLEAN, "/cnapp/verifiedExploitable"),
                Field.at("exploitId", Kind.STRING, "/exploitId"),
                // sandbox addition: an integer field, so that the int/long filter types have something to act on
                Field.at("evidencePort", Kind.NUMBER, "/evidence/port")));
        return fields;
    }
}
