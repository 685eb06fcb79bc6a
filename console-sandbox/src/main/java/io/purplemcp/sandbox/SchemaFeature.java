package io.purplemcp.sandbox;

import io.purplemcp.sandbox.findings.SandboxFamily;
import io.purplemcp.sandbox.graphql.Schema;
import java.util.Set;

/**
 * A newer part of the findings schemas that an older console lacks. A sandbox started without one
 * ({@link SandboxOptions#withMissingSchemaFeatures}) answers a request that uses it with the GraphQL
 * validation errors a real server gives ({@code Unknown argument "viewType" on field "Query.alerts".},
 * {@code Cannot query field "dataSources" on type "Alert".}), so that a client's schema-compatibility
 * fallback (findings-tools.md §2.6) can be exercised.
 */
public enum SchemaFeature {
    /** {@code alerts(viewType:)} on the alerts API. */
    ALERTS_VIEW_TYPE(SandboxFamily.ALERTS, "Query", "alerts", "viewType"),
    /** {@code Alert.dataSources} on the alerts API. */
    ALERTS_DATA_SOURCES(SandboxFamily.ALERTS, "Alert", "dataSources", null),
    /** {@code misconfigurations(viewType:)} on the misconfigurations API. */
    MISCONFIGURATIONS_VIEW_TYPE(SandboxFamily.MISCONFIGURATIONS, "Query", "misconfigurations", "viewType");

    private final SandboxFamily family;
    private final String type;
    private final String field;
    private final String argument;

    SchemaFeature(SandboxFamily family, String type, String field, String argument) {
        this.family = family;
        this.type = type;
        this.field = field;
        this.argument = argument;
    }

    /** The family's schema without the features a console lacks. */
    static Schema schemaWithout(SandboxFamily family, Set<SchemaFeature> missing) {
        var schema = family.schema();
        for (var feature : missing) {
            if (feature.family == family) {
                schema = feature.argument == null
                        ? schema.withoutField(feature.type, feature.field)
                        : schema.withoutArgument(feature.type, feature.field, feature.argument);
            }
        }
        return schema;
    }
}
