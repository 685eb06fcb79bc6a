package io.purplemcp.sandbox.findings;

import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.graphql.RootResolver;
import io.purplemcp.sandbox.graphql.Schema;

/** One findings GraphQL API (alerts, vulnerabilities, misconfigurations) as the endpoint serves it. */
public interface FindingsFamily {

    /** The API's name in messages: {@code alerts}, {@code vulnerabilities}, {@code misconfigurations}. */
    String name();

    /** Its default path, e.g. {@code /web/api/v2.1/unifiedalerts/graphql}. */
    String path();

    /** Its schema (possibly an older one, see {@code SandboxOptions.missingSchemaFeatures}). */
    Schema schema();

    /** Which request a root field is, for fault markers: get, list, notes or history. */
    Phase phase(String rootField);

    /** Resolves the root fields from the family's synthetic findings. */
    RootResolver resolver();
}
