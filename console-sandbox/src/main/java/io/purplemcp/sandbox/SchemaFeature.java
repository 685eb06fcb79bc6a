package io.purplemcp.sandbox;

/**
 * A newer part of the findings schemas that an older console lacks. A sandbox started without one
 * ({@link SandboxOptions#withMissingSchemaFeatures}) answers a request that uses it with the GraphQL
 * validation errors a real server gives ({@code Unknown argument "viewType" on field "Query.alerts".},
 * {@code Cannot query field "dataSources" on type "Alert".}), so that a client's schema-compatibility
 * fallback (findings-tools.md §2.6) can be exercised.
 */
public enum SchemaFeature {
    /** {@code alerts(viewType:)} on the alerts API. */
    ALERTS_VIEW_TYPE,
    /** {@code Alert.dataSources} on the alerts API. */
    ALERTS_DATA_SOURCES,
    /** {@code misconfigurations(viewType:)} on the misconfigurations API. */
    MISCONFIGURATIONS_VIEW_TYPE
}
