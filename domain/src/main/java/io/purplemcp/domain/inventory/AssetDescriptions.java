package io.purplemcp.domain.inventory;

/** The parts of the three tools' descriptions that say the same thing, so they never drift apart. */
final class AssetDescriptions {

    /** What one asset looks like in an answer. */
    static final String ASSET = "Each asset is a JSON object with snake_case keys in a fixed order: id, name, tags,"
            + " asset_status, asset_criticality, asset_environment, category, sub_category, resource_type, surfaces,"
            + " infection_status, risk_factors, active_coverage, missing_coverage, last_active_dt, first_seen_dt;"
            + " cloud details (cloud_provider_account_id, cloud_provider_account_name, region, cloud_resource_id,"
            + " cloud_tags, instance_id, ...); host details (os, os_family, os_version, internal_ips, mac_addresses,"
            + " hostnames, domain, core_count, memory, memory_readable, network_interfaces, serial_number, ...);"
            + " agent (an object with the agent's details), identity (an object), notes, alerts, alerts_count;"
            + " s1_account_name, s1_site_name, s1_group_name; Kubernetes (k8s_*), storage, database and directory"
            + " (Active Directory, Entra ID) details where they apply. Fields the console left empty are omitted."
            + " Fields the console sends that have no fixed key follow at the end under the console's own camelCase"
            + " name (for example cloudProvider). A value the console sent in an unexpected form is shown as sent.";

    /** The page answer of list and search. */
    static final String PAGE = "The answer is JSON: {\"data\": [assets], \"pagination\": {\"total_count\": ...,"
            + " \"limit\": ..., \"skip\": ...}}; pagination is null when the console sent none, and each of its"
            + " values is null when the console did not state it. The next page starts at skip + limit; there are"
            + " more assets while skip + limit is below total_count. " + ASSET;

    static final String LIMIT = "How many assets to return: 1 to 1000. Default 50.";
    static final String SKIP = "How many assets to pass over before the first one returned (offset paging): 0 or"
            + " more. Default 0; for the next page add limit.";

    static final String FAILURES = "A failure (invalid argument, authentication, network, console error) is reported"
            + " as an error that says what went wrong and what to do.";

    private AssetDescriptions() {}
}
