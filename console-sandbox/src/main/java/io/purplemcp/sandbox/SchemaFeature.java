package io.purplemcp.sandbox;

import io.purplemcp.sandbox.findings.SandboxFamily;
import io.purplemcp.sandbox.graphql.Schema;
import java.util.Set;

/**
 * A newer part of the findings schemas that an older console lacks. A sandbox started without one
 * ({@link SandboxOptions#withMissingSchemaFeatures}) answers a request that uses it with the GraphQL
 * validation errors a real server gives ({@code Unknown argument "viewType" on field "Query.alerts".},
 * {@code Cannot query field "dataSources" on type "Alert".}), so that a client's schema-compatibility
 * fallback (docs/decisions/0013-findings-output-and-schema-fallback.md) can be exercised.
 */
public enum SchemaFeature {
    /** {@code alerts(viewType:)} on the alerts API. */
    ALERTS_VIEW_TYPE,
    /** {@code Alert.dataSources} on the alerts API. */
    ALERTS_DATA_SOURCES,
    /** {@code misconfigurations(viewType:)} on the misconfigurations API. */
    MISCONFIGURATIONS_VIEW_TYPE;

    /** The family's schema without the features a console lacks. */
    static Schema schemaWithout(SandboxFamily family, Set<SchemaFeature> missing) {
        var schema = family.schema();
        for (var feature : missing) {
            if (feature.family().equals(family)) {
                schema = feature.removedFrom(schema);
            }
        }
        return schema;
    }

    private SandboxFamily family() {
        return this == MISCONFIGURATIONS_VIEW_TYPE ? SandboxFamily.MISCONFIGURATIONS : SandboxFamily.ALERTS;
    }

    private Schema removedFrom(Schema schema) {
        return switch (this) {
            case ALERTS_VIEW_TYPE -> schema.withoutArgument("Query", "alerts", "viewType");
            case ALERTS_DATA_SOURCES -> schema.withoutField("Alert", "dataSources");
            case MISCONFIGURATIONS_VIEW_TYPE -> schema.withoutArgument("Query", "misconfigurations", "viewType");
        };
    }
}
