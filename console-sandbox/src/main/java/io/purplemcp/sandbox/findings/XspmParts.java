package io.purplemcp.sandbox.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.Estate;
import java.util.Locale;

/** What the two XSPM APIs (vulnerabilities, misconfigurations) share: assets and scopes. */
public final class XspmParts {

    private XspmParts() {}

    /** An inventory asset as an XSPM finding shows it ({@code Asset}). */
    public static ObjectNode asset(JsonNode item) {
        var nodes = JsonNodeFactory.instance;
        var asset = nodes.objectNode();
        asset.put("id", item.get("id").textValue());
        var externalId = item.hasNonNull("cloudResourceId")
                ? item.get("cloudResourceId").textValue()
                : item.hasNonNull("objectSid")
                        ? item.get("objectSid").textValue()
                        : item.path("agent").path("uuid").asText(null);
        asset.put("externalId", externalId);
        asset.put("name", item.path("name").asText(null));
        asset.put("type", item.path("resourceType").asText(null));
        asset.put("category", item.path("category").asText(null));
        asset.put("subcategory", item.path("subCategory").asText(null));
        var domain = item.path("domain").asText("").toLowerCase(Locale.ROOT);
        asset.put("domain", domain.isEmpty() ? null : domain.contains(".") ? domain : domain + ".example");
        asset.put("agentUuid", item.path("agent").path("uuid").asText(null));
        asset.put("privileged", item.path("privileged").asBoolean(false));
        var criticality = item.path("assetCriticality").asText("");
        asset.put("criticality", criticality.isEmpty() ? null : criticality.toUpperCase(Locale.ROOT));
        asset.put(
                "osType",
                switch (item.path("osFamily").asText("")) {
                    case "Windows" -> "WINDOWS";
                    case "Linux" -> "LINUX";
                    case "macOS" -> "MACOS";
                    default -> null;
                });
        if (item.hasNonNull("cloudProviderAccountId")) {
            var cloud = asset.putObject("cloudInfo");
            cloud.put("accountId", item.get("cloudProviderAccountId").textValue());
            cloud.put("accountName", item.path("cloudProviderAccountName").asText(null));
            cloud.put("providerName", item.path("cloudProvider").asText(null));
            cloud.put("region", item.path("region").asText(null));
            cloud.put("resourceId", item.path("cloudResourceId").asText(null));
            cloud.put("resourceLink", item.path("cloudProviderUrlString").asText(null));
        } else {
            asset.putNull("cloudInfo");
        }
        if (item.hasNonNull("k8sCluster")) {
            var kubernetes = asset.putObject("kubernetesInfo");
            kubernetes.put("cluster", item.get("k8sCluster").textValue());
            kubernetes.put("clusterId", item.path("k8sClusterId").asText(null));
            kubernetes.put("namespace", item.path("k8sNamespace").asText(null));
        } else {
            asset.putNull("kubernetesInfo");
        }
        return asset;
    }

    /** An asset that is not in the inventory, e.g. a code repository of an IaC or secret finding. */
    public static ObjectNode externalAsset(String id, String name, String type, String category) {
        var asset = JsonNodeFactory.instance.objectNode();
        asset.put("id", id);
        asset.put("externalId", name);
        asset.put("name", name);
        asset.put("type", type);
        asset.put("category", category);
        asset.put("subcategory", type);
        asset.putNull("domain");
        asset.putNull("agentUuid");
        asset.put("privileged", false);
        asset.put("criticality", "MEDIUM");
        asset.putNull("osType");
        asset.putNull("cloudInfo");
        asset.putNull("kubernetesInfo");
        return asset;
    }

    /** An inventory asset's scope ({@code Scope}): account, site and group. */
    public static ObjectNode scope(JsonNode item) {
        var scope = JsonNodeFactory.instance.objectNode();
        scope.putObject("account").put("id", Estate.ACCOUNT_ID).put("name", Estate.ACCOUNT_NAME);
        if (item.hasNonNull("s1SiteId")) {
            scope.putObject("site")
                    .put("id", item.get("s1SiteId").textValue())
                    .put("name", item.get("s1SiteName").textValue());
            scope.putObject("group")
                    .put("id", item.get("s1GroupId").textValue())
                    .put("name", item.get("s1GroupName").textValue());
        } else {
            scope.putNull("site");
            scope.putNull("group");
        }
        return scope;
    }
}
