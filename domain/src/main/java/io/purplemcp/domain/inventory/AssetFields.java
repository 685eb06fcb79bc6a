package io.purplemcp.domain.inventory;

import static io.purplemcp.domain.inventory.AssetFields.Kind.BOOLEAN;
import static io.purplemcp.domain.inventory.AssetFields.Kind.INTEGER;
import static io.purplemcp.domain.inventory.AssetFields.Kind.INTERFACES;
import static io.purplemcp.domain.inventory.AssetFields.Kind.NOTES;
import static io.purplemcp.domain.inventory.AssetFields.Kind.OBJECT;
import static io.purplemcp.domain.inventory.AssetFields.Kind.OBJECTS;
import static io.purplemcp.domain.inventory.AssetFields.Kind.REVIEW_LOG;
import static io.purplemcp.domain.inventory.AssetFields.Kind.STRING;
import static io.purplemcp.domain.inventory.AssetFields.Kind.STRINGS;
import static io.purplemcp.domain.inventory.AssetFields.Kind.TAGS;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The asset fields the tools know, in the order the model sees them: the snake_case output key, the
 * console's camelCase key, and the kind of value. The order and keys are the reference server's, so
 * answers line up with what clients built against it expect.
 */
final class AssetFields {

    /** What a field holds, and so how a console value is read (see {@link AssetShape}). */
    enum Kind {
        STRING,
        INTEGER,
        BOOLEAN,
        /** An array of strings. */
        STRINGS,
        /** Any JSON object, passed on as sent. */
        OBJECT,
        /** An array of JSON objects, passed on as sent. */
        OBJECTS,
        /** An array of objects with string or boolean values (key/value tags). */
        TAGS,
        /** An array of {@link #NOTE} objects. */
        NOTES,
        /** An array of {@link #REVIEW_ENTRY} objects. */
        REVIEW_LOG,
        /** An array of {@link #NETWORK_INTERFACE} objects. */
        INTERFACES
    }

    /** One field: {@code output} is the key the model sees, {@code upstream} the console's. */
    record Field(String output, String upstream, Kind kind) {}

    /** The 229 fields of an asset, in output order. */
    static final List<Field> ASSET = List.of(
            field("id", "id", STRING),
            field("id_secondary", "idSecondary", STRINGS),
            field("name", "name", STRING),
            field("tags", "tags", TAGS),
            field("active_coverage", "activeCoverage", STRINGS),
            field("asset_contact_email", "assetContactEmail", STRING),
            field("asset_criticality", "assetCriticality", STRING),
            field("asset_environment", "assetEnvironment", STRING),
            field("asset_status", "assetStatus", STRING),
            field("category", "category", STRING),
            field("device_review", "deviceReview", STRING),
            field("device_review_log", "deviceReviewLog", REVIEW_LOG),
            field("missing_coverage", "missingCoverage", STRINGS),
            field("notes", "notes", NOTES),
            field("resource_type", "resourceType", STRING),
            field("risk_factors", "riskFactors", STRINGS),
            field("sub_category", "subCategory", STRING),
            field("surfaces", "surfaces", STRINGS),
            field("infection_status", "infectionStatus", STRING),
            field("last_active_dt", "lastActiveDt", STRING),
            field("cloud_provider_account_id", "cloudProviderAccountId", STRING),
            field("cloud_provider_account_name", "cloudProviderAccountName", STRING),
            field("cloud_provider_organization", "cloudProviderOrganization", STRING),
            field("cloud_provider_organization_unit", "cloudProviderOrganizationUnit", STRING),
            field("cloud_provider_organization_unit_path", "cloudProviderOrganizationUnitPath", STRING),
            field("cloud_provider_project_id", "cloudProviderProjectId", STRING),
            field("cloud_provider_resource_group", "cloudProviderResourceGroup", STRING),
            field("cloud_provider_subscription_id", "cloudProviderSubscriptionId", STRING),
            field("cloud_tags", "cloudTags", TAGS),
            field("created_time", "createdTime", STRING),
            field("region", "region", STRING),
            field("source_json", "sourceJson", OBJECT),
            field("cloud_provider_url_string", "cloudProviderUrlString", STRING),
            field("cloud_resource_id", "cloudResourceId", STRING),
            field("cloud_resource_uid", "cloudResourceUid", STRING),
            field("cloud_resource_arn", "cloudResourceArn", STRING),
            field("architecture", "architecture", STRING),
            field("core_count", "coreCount", INTEGER),
            field("domain", "domain", STRING),
            field("gateway_ips", "gatewayIps", STRINGS),
            field("gateway_macs", "gatewayMacs", STRINGS),
            field("hostnames", "hostnames", STRINGS),
            field("internal_ips", "internalIps", STRINGS),
            field("internal_ips_v6", "internalIpsV6", STRINGS),
            field("ip_address", "ipAddress", STRING),
            field("mac_addresses", "macAddresses", STRINGS),
            field("memory", "memory", INTEGER),
            field("memory_readable", "memoryReadable", STRING),
            field("network_interfaces", "networkInterfaces", INTERFACES),
            field("os", "os", STRING),
            field("os_family", "osFamily", STRING),
            field("os_version", "osVersion", STRING),
            field("os_name_version", "osNameVersion", STRING),
            field("subnets", "subnets", STRINGS),
            field("instance_id", "instanceId", STRING),
            field("network_security_groups", "networkSecurityGroups", STRINGS),
            field("image_id", "imageId", STRING),
            field("instance_type", "instanceType", STRING),
            field("instance_role", "instanceRole", STRING),
            field("subnet_id", "subnetId", STRINGS),
            field("virtual_network_id", "virtualNetworkId", STRING),
            field("agent", "agent", OBJECT),
            field("identity", "identity", OBJECT),
            field("cpu", "cpu", STRING),
            field("last_reboot_dt", "lastRebootDt", STRING),
            field("first_seen_dt", "firstSeenDt", STRING),
            field("serial_number", "serialNumber", STRING),
            field("is_ad_connector", "isAdConnector", BOOLEAN),
            field("is_dc_server", "isDcServer", BOOLEAN),
            field("legacy_identity_policy_name", "legacyIdentityPolicyName", STRING),
            field("ads_enabled", "adsEnabled", BOOLEAN),
            field("model_name", "modelName", STRING),
            field("os_username", "osUsername", STRING),
            field("aws_ecs_info", "awsEcsInfo", OBJECT),
            field("detected_from_site", "detectedFromSite", STRING),
            field("discovery_methods", "discoveryMethods", STRINGS),
            field("last_update_dt", "lastUpdateDt", STRING),
            field("manufacturer", "manufacturer", STRING),
            field("network_name", "networkName", STRING),
            field("network_names", "networkNames", STRINGS),
            field("previous_device_function", "previousDeviceFunction", STRING),
            field("previous_os_type", "previousOsType", STRING),
            field("previous_os_version", "previousOsVersion", STRING),
            field("ranger_tags", "rangerTags", STRINGS),
            field("tcp_ports", "tcpPorts", STRINGS),
            field("udp_ports", "udpPorts", STRINGS),
            field("epp_unsupported_unknown", "eppUnsupportedUnknown", STRING),
            field("s1_account_name", "s1AccountName", STRING),
            field("s1_group_name", "s1GroupName", STRING),
            field("s1_site_name", "s1SiteName", STRING),
            field("s1_updated_at", "s1UpdatedAt", STRING),
            field("s1_scope_id", "s1ScopeId", STRING),
            field("s1_scope_level", "s1ScopeLevel", STRING),
            field("s1_scope_path", "s1ScopePath", STRING),
            field("s1_management_id", "s1ManagementId", INTEGER),
            field("s1_account_id", "s1AccountId", STRING),
            field("s1_site_id", "s1SiteId", STRING),
            field("s1_group_id", "s1GroupId", STRING),
            field("s1_scope_type", "s1ScopeType", INTEGER),
            field("alerts", "alerts", OBJECTS),
            field("alerts_count", "alertsCount", OBJECTS),
            field("k8s_cluster", "k8sCluster", STRING),
            field("k8s_node", "k8sNode", STRING),
            field("k8s_node_labels", "k8sNodeLabels", STRINGS),
            field("k8s_type", "k8sType", STRING),
            field("k8s_version", "k8sVersion", STRING),
            field("k8s_cns_enabled", "k8sCnsEnabled", BOOLEAN),
            field("k8s_cws_enabled", "k8sCwsEnabled", BOOLEAN),
            field("k8s_helper_agent_deployed", "k8sHelperAgentDeployed", BOOLEAN),
            field("k8s_annotations", "k8sAnnotations", STRINGS),
            field("k8s_cluster_id", "k8sClusterId", STRING),
            field("k8s_namespace", "k8sNamespace", STRING),
            field("k8s_resource_id", "k8sResourceId", STRING),
            field("k8s_source_json", "k8sSourceJson", OBJECT),
            field("k8s_running_on_nodes", "k8sRunningOnNodes", STRINGS),
            field("is_rogue", "isRogue", BOOLEAN),
            field("state", "state", STRING),
            field("allows_unencrypted_object_uploads", "allowsUnencryptedObjectUploads", BOOLEAN),
            field("encryption_type", "encryptionType", STRINGS),
            field("object_count", "objectCount", INTEGER),
            field("policy_document", "policyDocument", STRING),
            field("realtime_malware_protection_enabled_time", "realtimeMalwareProtectionEnabledTime", STRING),
            field("scan_status", "scanStatus", STRING),
            field("last_scan_dt", "lastScanDt", STRING),
            field("threat_detection_status", "threatDetectionStatus", STRING),
            field("threat_detection_policy_status", "threatDetectionPolicyStatus", STRING),
            field("connectivity_status", "connectivityStatus", STRING),
            field("data_classification_status", "dataClassificationStatus", STRING),
            field("data_classification_policy_status", "dataClassificationPolicyStatus", STRING),
            field("data_types", "dataTypes", STRINGS),
            field("data_classification_categories", "dataClassificationCategories", STRINGS),
            field("has_classified_data", "hasClassifiedData", BOOLEAN),
            field("data_classification_scan_status", "dataClassificationScanStatus", STRING),
            field("data_classification_last_scan_dt", "dataClassificationLastScanDt", STRING),
            field("backup_enabled", "backupEnabled", BOOLEAN),
            field("backup_retention_period", "backupRetentionPeriod", STRING),
            field("backup_retention_period_days", "backupRetentionPeriodDays", INTEGER),
            field("encryption_enabled", "encryptionEnabled", BOOLEAN),
            field("engine_type", "engineType", STRING),
            field("engine_version", "engineVersion", STRING),
            field("firewall_rules_enabled", "firewallRulesEnabled", BOOLEAN),
            field("high_availability_enabled", "highAvailabilityEnabled", BOOLEAN),
            field("is_public", "isPublic", BOOLEAN),
            field("logging_enabled", "loggingEnabled", BOOLEAN),
            field("machine_type", "machineType", STRING),
            field("monitoring_enabled", "monitoringEnabled", BOOLEAN),
            field("multi_az_enabled", "multiAzEnabled", BOOLEAN),
            field("replication_enabled", "replicationEnabled", BOOLEAN),
            field("storage_class", "storageClass", STRING),
            field("storage_size", "storageSize", STRING),
            field("storage_type", "storageType", STRING),
            field("versioning_enabled", "versioningEnabled", BOOLEAN),
            field("virtual_network_rules_enabled", "virtualNetworkRulesEnabled", BOOLEAN),
            field("admin_count", "adminCount", INTEGER),
            field("cn", "cn", STRING),
            field("display_name", "displayName", STRING),
            field("distinguished_name", "distinguishedName", STRING),
            field("forest", "forest", STRING),
            field("deleted", "deleted", BOOLEAN),
            field("member_of", "memberOf", STRINGS),
            field("member_of_transitive", "memberOfTransitive", STRINGS),
            field("principal_name", "principalName", STRING),
            field("nt_security_descriptor", "ntSecurityDescriptor", STRING),
            field("object_category", "objectCategory", STRING),
            field("object_class", "objectClass", STRINGS),
            field("object_guid", "objectGuid", STRING),
            field("object_sid", "objectSid", STRING),
            field("sam_account_name", "samAccountName", STRING),
            field("service_account", "serviceAccount", BOOLEAN),
            field("service_principal_name", "servicePrincipalName", STRINGS),
            field("sid_history", "sidHistory", STRINGS),
            field("usn_changed", "usnChanged", INTEGER),
            field("usn_created", "usnCreated", INTEGER),
            field("privileged", "privileged", BOOLEAN),
            field("member_of_guid", "memberOfGuid", STRINGS),
            field("account_expires", "accountExpires", STRING),
            field("bad_password_time", "badPasswordTime", STRING),
            field("bad_password_count", "badPasswordCount", INTEGER),
            field("enabled", "enabled", BOOLEAN),
            field("last_known_parent", "lastKnownParent", STRING),
            field("last_logon_time", "lastLogonTime", STRING),
            field("last_modified_time", "lastModifiedTime", STRING),
            field("lock_out_time", "lockOutTime", STRING),
            field("logon_count", "logonCount", INTEGER),
            field("logon_hours", "logonHours", STRING),
            field("mail", "mail", STRING),
            field("consistency_guid", "consistencyGuid", STRING),
            field("creator_sid", "creatorSid", STRING),
            field("allowed_to_act_on_behalf_of_other_identity", "allowedToActOnBehalfOfOtherIdentity", BOOLEAN),
            field("allowed_to_delegate_to", "allowedToDelegateTo", STRINGS),
            field("parent_dist_name", "parentDistName", STRING),
            field("resultant_pso", "resultantPso", STRING),
            field("user_password_expiry_time_computed", "userPasswordExpiryTimeComputed", STRING),
            field("password_never_expire", "passwordNeverExpire", BOOLEAN),
            field("primary_group_id", "primaryGroupId", INTEGER),
            field("password_last_set_time", "passwordLastSetTime", STRING),
            field("recycled", "recycled", BOOLEAN),
            field("user_principal_name", "userPrincipalName", STRING),
            field("user_account_control", "userAccountControl", INTEGER),
            field("sam_account_type", "samAccountType", INTEGER),
            field("token_groups", "tokenGroups", STRINGS),
            field("account_status", "accountStatus", BOOLEAN),
            field("age_group", "ageGroup", STRING),
            field("deleted_time", "deletedTime", STRING),
            field("department", "department", STRING),
            field("employee_type", "employeeType", STRING),
            field("given_name", "givenName", STRING),
            field("job_title", "jobTitle", STRING),
            field("on_premises_distinguished_name", "onPremisesDistinguishedName", STRING),
            field("on_premises_domain_name", "onPremisesDomainName", STRING),
            field("on_premises_immutable_id", "onPremisesImmutableId", STRING),
            field("on_premises_last_sync_time", "onPremisesLastSyncTime", STRING),
            field("on_premises_sam_account_name", "onPremisesSamAccountName", STRING),
            field("on_premises_sync_enabled", "onPremisesSyncEnabled", STRING),
            field("on_premises_user_principal_name", "onPremisesUserPrincipalName", STRING),
            field("other_mails", "otherMails", STRINGS),
            field("proxy_addresses", "proxyAddresses", STRINGS),
            field("on_premises_security_identifier", "onPremisesSecurityIdentifier", STRING),
            field("office_location", "officeLocation", STRING),
            field("surname", "surname", STRING),
            field("classification", "classification", STRING),
            field("expiration_time", "expirationTime", STRING),
            field("security_enabled", "securityEnabled", STRING),
            field("unique_name", "uniqueName", STRING),
            field("visibility", "visibility", STRING),
            field("force_change_password_next_signin", "forceChangePasswordNextSignin", BOOLEAN),
            field("force_change_password_next_signin_with_mfa", "forceChangePasswordNextSigninWithMfa", BOOLEAN),
            field("last_password_change_time", "lastPasswordChangeTime", STRING),
            field("entraid_group_type", "entraidGroupType", STRING));

    /** A note on an asset ({@code notes}). */
    static final List<Field> NOTE = List.of(
            field("id", "id", STRING),
            field("note", "note", STRING),
            field("resource_id", "resourceId", STRING),
            field("created_at", "createdAt", STRING),
            field("updated_at", "updatedAt", STRING),
            field("user_id", "userId", STRING),
            field("user_name", "userName", STRING));

    /** One change of an asset's review state ({@code device_review_log}). */
    static final List<Field> REVIEW_ENTRY = List.of(
            field("current", "current", STRING),
            field("previous", "previous", STRING),
            field("reason", "reason", STRING),
            field("reason_details", "reasonDetails", STRING),
            field("updated_time", "updatedTime", INTEGER),
            field("updated_time_dt", "updatedTimeDt", STRING),
            field("username", "username", STRING));

    /** A network interface of a host ({@code network_interfaces}). */
    static final List<Field> NETWORK_INTERFACE = List.of(
            field("gateway_ip", "gatewayIp", STRING),
            field("gateway_mac", "gatewayMac", STRING),
            field("ip", "ip", STRING),
            field("mac", "mac", STRING),
            field("network_name", "networkName", STRING),
            field("subnet", "subnet", STRING),
            field("name", "name", STRING));

    private AssetFields() {}

    /** Every key that names a field of {@code fields}, in either spelling. */
    static Set<String> keys(List<Field> fields) {
        var keys = new HashSet<String>();
        for (var field : fields) {
            keys.add(field.output());
            keys.add(field.upstream());
        }
        return Set.copyOf(keys);
    }

    private static Field field(String output, String upstream, Kind kind) {
        return new Field(output, upstream, kind);
    }
}
