package io.purplemcp.sandbox.findings.misconfigurations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.Estate;
import io.purplemcp.sandbox.data.SandboxResources;
import io.purplemcp.sandbox.findings.FindingCatalog;
import io.purplemcp.sandbox.findings.SocTeam;
import io.purplemcp.sandbox.findings.XspmActivity;
import io.purplemcp.sandbox.findings.XspmParts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The tenant's misconfigurations: one per (rule, resource) of {@code rules.json}, newest first, in every
 * view (cloud resources of the estate, its Kubernetes clusters, Active Directory identities,
 * infrastructure-as-code and secrets in code repositories, admission requests, externally exposed
 * services), mapped to compliance frameworks and MITRE ATT&amp;CK; with statuses, assignees, notes and
 * history. The newest ({@link #landmark()}) has 12 notes and a long history. Filter-only values:
 * {@code viewType}, {@code hasClassifiedData}, {@code secretId}.
 */
public final class MisconfigurationCatalog extends FindingCatalog {

    private static final List<String> STATUSES =
            List.of("NEW", "IN_PROGRESS", "ON_HOLD", "RESOLVED", "RISK_ACKED", "SUPPRESSED", "TO_BE_PATCHED");
    private static final XspmActivity.NotePace NOTES =
            new XspmActivity.NotePace("misconfigurationId", 45, 23, 3, 2, 60);
    private static final XspmActivity.HistoryPace PACE = new XspmActivity.HistoryPace(15, 45, 5, 90, 3);

    /** What {@code rules.json} holds: the failing rules and the texts of analysts' notes. */
    private record Data(List<Rule> rules, List<String> notes) {}

    public MisconfigurationCatalog(Estate estate, SocTeam team) {
        super(estate, team);
    }

    /** Each view type but {@code ALL} keeps the findings of its kind (cloud, Kubernetes, identity, …). */
    @Override
    public Predicate<JsonNode> view(String viewType) {
        return viewType.equals("ALL")
                ? item -> true
                : item -> item.path("viewType").asText().equals(viewType);
    }

    @Override
    protected Contents build() {
        var data = SandboxResources.json(MisconfigurationCatalog.class, "rules.json", Data.class);
        var pairs = new ArrayList<Map.Entry<Rule, String>>();
        for (var rule : data.rules()) {
            for (var asset : rule.assets()) {
                pairs.add(Map.entry(rule, asset));
            }
        }
        pairs.sort(Comparator.comparingLong(pair -> Estate.hash(pair.getKey().policyId() + "/" + pair.getValue())));
        var admins = estate.onSurface("IDENTITY").stream()
                .filter(asset -> asset.path("resourceType").asText().equals("Active Directory User")
                        && asset.path("privileged").asBoolean()
                        && !asset.path("serviceAccount").asBoolean())
                .toList();
        var misconfigurations = new ArrayList<ObjectNode>();
        var byId = new HashMap<String, ObjectNode>();
        var notes = new HashMap<String, List<ObjectNode>>();
        var history = new HashMap<String, List<ObjectNode>>();
        for (var i = 0; i < pairs.size(); i++) {
            var rule = pairs.get(i).getKey();
            var target = pairs.get(i).getValue();
            var random = new SplittableRandom(Estate.hash("misconfiguration/" + i));
            ObjectNode asset;
            ObjectNode item = null;
            if (target.startsWith("repo:")) {
                var repository = target.substring(5);
                asset = XspmParts.externalAsset(
                        UUID.nameUUIDFromBytes(("asset/repository/" + repository).getBytes(StandardCharsets.UTF_8))
                                .toString(),
                        repository,
                        "Code Repository",
                        "Code");
            } else {
                item = target.startsWith("@privileged-user:")
                        ? admins.get(Integer.parseInt(target.substring(target.indexOf(':') + 1)))
                        : estate.named(target);
                asset = XspmParts.asset(item);
            }
            var misconfiguration = misconfiguration(i, rule, asset, item, random);
            var id = misconfiguration.get("id").textValue();
            var itemNotes = notes(misconfiguration, data.notes(), random, i == 0 ? 12 : 0);
            misconfigurations.add(misconfiguration);
            byId.put(id, misconfiguration);
            notes.put(id, List.copyOf(itemNotes));
            history.put(id, history(misconfiguration, itemNotes, random, i == 0));
        }
        return new Contents(misconfigurations, byId, notes, history);
    }

    private ObjectNode misconfiguration(int i, Rule rule, ObjectNode asset, ObjectNode item, SplittableRandom random) {
        var detected = Estate.ANCHOR_MILLIS - 2 * HOUR - i * 13 * HOUR - random.nextInt(12 * 60) * MINUTE;
        var roll = random.nextInt(100);
        var status = i == 0 ? "IN_PROGRESS" : byRoll(roll, STATUSES, 35, 50, 58, 80, 88, 94);
        var view = rule.viewType();
        var m = nodes.objectNode();
        var id = uuid7(detected, random);
        m.put("id", id);
        m.put(
                "externalId",
                rule.policyId() + ":"
                        + asset.path("externalId").asText(asset.get("name").asText()));
        m.put("name", rule.name());
        m.put("description", rule.description());
        m.put("severity", rule.severity());
        m.put("status", status);
        m.put("detectedAt", Estate.iso(detected));
        m.put("eventTime", Estate.iso(detected - (1 + random.nextInt(30)) * MINUTE));
        m.put("lastSeenAt", Estate.iso(Math.min(Estate.ANCHOR_MILLIS - MINUTE, detected + random.nextInt(72) * HOUR)));
        m.put(
                "environment",
                switch (view) {
                    case "ADMISSION_CONTROLLER" -> "KUBERNETES";
                    case "OFFENSIVE_SECURITY" -> "EXTERNAL";
                    case "SECRET_SCANNING", "INFRASTRUCTURE_AS_CODE" -> "CODE";
                    default -> view;
                });
        m.put("product", view.equals("IDENTITY") ? "Singularity Identity" : "Cloud Native Security");
        m.put("vendor", "SentinelOne");
        m.set("asset", asset);
        m.set("scope", item == null ? repositoryScope() : XspmParts.scope(item));
        m.put("scopeLevel", item == null ? "account" : "group");
        m.put(
                "analystVerdict",
                switch (status) {
                    case "IN_PROGRESS", "TO_BE_PATCHED", "RESOLVED" -> "TRUE_POSITIVE";
                    case "RISK_ACKED", "SUPPRESSED" -> random.nextBoolean() ? "FALSE_POSITIVE" : null;
                    default -> null;
                });
        var assignee =
                i == 0 ? team.me() : status.equals("NEW") ? null : team.active().get(random.nextInt(5));
        m.set("assignee", assignee == null ? nodes.nullNode() : assignee.xspmUser());
        var cnapp = m.putObject("cnapp");
        var policy = cnapp.putObject("policy");
        policy.put("id", rule.policyId());
        policy.put("name", rule.name());
        policy.put("description", rule.description());
        policy.put("version", Integer.toString(1 + Math.floorMod(Estate.hash(rule.policyId()), 4)));
        policy.put("group", rule.policyGroup());
        var offensive = view.equals("OFFENSIVE_SECURITY");
        cnapp.put("verifiedExploitable", offensive);
        cnapp.put("autoRemediation", view.equals("CLOUD") && rule.severity().equals("LOW"));
        cnapp.putNull("haConnectionId");
        cnapp.putNull("haTemplateId");
        var compliance = m.putObject("compliance");
        compliance.set("standards", strings(rule.standards()));
        compliance.set("requirements", strings(rule.requirements()));
        var articles = compliance.putArray("complianceStandards");
        for (var standard : rule.standards()) {
            articles.addObject()
                    .put("title", standard)
                    .put(
                            "url",
                            "https://standards.example/"
                                    + standard.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        }
        compliance.putArray("complianceReferences");
        compliance.put("status", status.equals("RESOLVED") ? "SUCCESS" : "FAIL");
        m.set("complianceStandards", strings(rule.standards()));
        var remediation = m.putObject("remediation");
        var mitigable = !view.equals("ADMISSION_CONTROLLER");
        remediation.put("mitigable", mitigable);
        remediation.put("mitigationSteps", rule.mitigation());
        remediation
                .putArray("references")
                .addObject()
                .put("title", "Remediation guide: " + rule.name())
                .put("url", "https://docs.corp.example/security/" + rule.policyId());
        var failed = m.putArray("failedRules").addObject();
        failed.put("name", rule.policyId());
        failed.put("description", rule.description());
        failed.put("severity", rule.severity());
        failed.put("impact", rule.exposureReason() == null ? "Weakens the security posture" : rule.exposureReason());
        failed.set(
                "compliance",
                strings(rule.standards().stream()
                        .map(standard -> standard + " " + rule.requirements().get(0))
                        .toList()));
        failed.put("recommendedAction", rule.mitigation());
        failed.put("enforcementSettings", view.equals("ADMISSION_CONTROLLER") ? "DETECT_AND_PROTECT" : "DETECT");
        var findingData = m.putObject("findingData");
        var properties = findingData.putArray("properties");
        properties
                .addObject()
                .put("name", "resource")
                .put("value", asset.path("name").asText());
        properties.addObject().put("name", "rule").put("value", rule.policyId());
        findingData.put("exposureReason", rule.exposureReason());
        var context = findingData.putObject("context");
        context.put("scanner", view.equals("IDENTITY") ? "ad-assessor" : "cns-scanner");
        context.putNull("previousFindingId");
        var mitre = m.putArray("mitreAttacks");
        if (!rule.mitre().isEmpty()) {
            mitre.addObject()
                    .put("techniqueId", rule.mitre().get(0))
                    .put("techniqueName", rule.mitre().get(1))
                    .put(
                            "techniqueUrl",
                            "https://attack.mitre.org/techniques/"
                                    + rule.mitre().get(0).replace('.', '/') + "/")
                    .put("tacticName", rule.mitre().get(2))
                    .put("tacticUid", rule.mitre().get(3));
        }
        var classified = item != null && item.path("hasClassifiedData").asBoolean(false);
        m.set(
                "dataClassificationCategories",
                item == null
                        ? strings(List.of())
                        : item.path("dataClassificationCategories").isArray()
                                ? item.get("dataClassificationCategories")
                                : strings(List.of()));
        m.set(
                "dataClassificationDataTypes",
                item != null && item.path("dataTypes").isArray() ? item.get("dataTypes") : strings(List.of()));
        m.put("enforcementAction", view.equals("ADMISSION_CONTROLLER") ? "DETECT_AND_PROTECT" : "DETECT");
        m.set("evidence", evidence(rule, asset, i, random));
        m.put("exclusionPolicyId", status.equals("SUPPRESSED") ? "excl-" + rule.policyId() : null);
        m.put("exploitId", offensive ? "ose-exploit-" + (4_000 + random.nextInt(5_000)) : null);
        m.put("exposureId", rule.exposureReason() == null ? null : "exp-" + (1_000 + random.nextInt(9_000)));
        m.put("exposureReason", rule.exposureReason());
        var type = switch (view) {
            case "CLOUD" -> "CLOUD_RESOURCE";
            case "KUBERNETES" -> "KUBERNETES_RESOURCE";
            case "IDENTITY" -> "IDENTITY";
            case "INFRASTRUCTURE_AS_CODE" -> "IAC";
            case "ADMISSION_CONTROLLER" -> "ADMISSION_REQUEST";
            case "OFFENSIVE_SECURITY" -> "EXPOSURE";
            default -> "SECRET";
        };
        m.put("findingType", type);
        m.put("mitigable", mitigable);
        m.put("misconfigurationType", type);
        m.put("organization", "corp");
        m.put(
                "resourceUid",
                asset.path("cloudInfo")
                        .path("resourceId")
                        .asText(asset.get("id").asText()));
        m.put("selfLink", "https://usea1-corp.sentinelone.example/xspm/misconfigurations/" + id);
        if (view.equals("ADMISSION_CONTROLLER")) {
            var request = m.putObject("admissionRequest");
            var namespace = asset.path("name").asText().startsWith("staging") ? "ci" : "payments";
            request.put("category", "Pod");
            request.put(
                    "resourceName",
                    namespace + "-worker-" + Long.toHexString(random.nextLong()).substring(0, 5));
            request.put("resourceNamespace", namespace);
            request.put("resourceType", rule.name().startsWith("Image") ? "Deployment" : "Pod");
            request.put("userName", "system:serviceaccount:" + namespace + ":deployer");
            request.put(
                    "userUid",
                    UUID.nameUUIDFromBytes(("k8s-user/" + namespace).getBytes(StandardCharsets.UTF_8))
                            .toString());
            request.put("userGroup", "system:serviceaccounts");
        } else {
            m.putNull("admissionRequest");
        }
        if (asset.path("kubernetesInfo").isObject()
                || view.equals("ADMISSION_CONTROLLER")
                || view.equals("KUBERNETES")) {
            var kubernetes = nodes.objectNode();
            kubernetes.put(
                    "cluster",
                    asset.path("name").asText().startsWith("k8s-node")
                            ? "prod-eks-01"
                            : asset.path("name").asText());
            kubernetes.put("clusterId", "eks-" + asset.path("name").asText());
            kubernetes.put(
                    "namespace",
                    view.equals("ADMISSION_CONTROLLER")
                            ? m.at("/admissionRequest/resourceNamespace").asText()
                            : "default");
            ((ObjectNode) m.get("asset")).set("kubernetesInfo", kubernetes);
        }
        // Filter-only values (not in the Misconfiguration type):
        m.put("viewType", view);
        m.put("hasClassifiedData", classified);
        m.put(
                "secretId",
                view.equals("SECRET_SCANNING")
                        ? "secret-" + Long.toHexString(Estate.hash(id)).substring(0, 12)
                        : null);
        return m;
    }

    private ObjectNode evidence(Rule rule, ObjectNode asset, int i, SplittableRandom random) {
        var evidence = nodes.objectNode();
        String[] keys = {
            "fileName", "fileType", "fileUrl", "iacFramework", "ipAddress", "port", "subdomain", "commitedBy"
        };
        for (var key : keys) {
            evidence.putNull(key);
        }
        evidence.putNull("secret");
        var repository = asset.path("name").asText();
        var committer = estate.tenant().userName(300 + i) + "@corp.example";
        switch (rule.viewType()) {
            case "INFRASTRUCTURE_AS_CODE" -> {
                var framework = rule.policyId().contains("helm")
                        ? "Helm"
                        : rule.policyId().contains("cfn") ? "CloudFormation" : "Terraform";
                var file = switch (framework) {
                    case "Helm" -> "charts/payments-api/templates/deployment.yaml";
                    case "CloudFormation" -> "stacks/network/security-groups.yaml";
                    default -> "modules/storage/s3.tf";
                };
                evidence.put("fileName", file);
                evidence.put("fileType", framework.equals("Terraform") ? "terraform" : "yaml");
                evidence.put(
                        "fileUrl",
                        "https://git.corp.example/" + repository + "/blob/main/" + file + "#L"
                                + (10 + random.nextInt(80)));
                evidence.put("iacFramework", framework);
                evidence.put("commitedBy", committer);
            }
            case "SECRET_SCANNING" -> {
                var file = rule.name().startsWith("AWS")
                        ? "scripts/deploy.sh"
                        : rule.name().startsWith("Slack") ? "bot/notify.py" : "keys/deploy_id_rsa";
                evidence.put("fileName", file);
                evidence.put("fileType", file.substring(file.lastIndexOf('.') + 1));
                evidence.put("fileUrl", "https://git.corp.example/" + repository + "/blob/main/" + file);
                evidence.put("commitedBy", committer);
                var secret = evidence.putObject("secret");
                secret.put(
                        "type",
                        rule.name().startsWith("AWS")
                                ? "AWS_ACCESS_KEY"
                                : rule.name().startsWith("Slack") ? "SLACK_BOT_TOKEN" : "PRIVATE_KEY");
                secret.put(
                        "hash",
                        "sha256:"
                                + String.format(
                                        Locale.ROOT,
                                        "%016x%016x%016x%016x",
                                        Estate.hash(repository + file),
                                        Estate.hash(file + repository),
                                        Estate.hash(file),
                                        Estate.hash(repository)));
                if (rule.name().startsWith("Private")) {
                    secret.putNull("valid");
                } else {
                    secret.put("valid", repository.equals("corp/infra-terraform"));
                }
            }
            case "OFFENSIVE_SECURITY" -> {
                var kube = rule.name().contains("Kubernetes");
                evidence.put("ipAddress", kube ? "198.51.100.44" : "203.0.113.17");
                evidence.put("port", kube ? 6443 : rule.name().contains("TLS") ? 443 : 3000);
                evidence.put(
                        "subdomain",
                        kube
                                ? "k8s-staging.corp.example"
                                : rule.name().contains("TLS") ? "legacy-portal.corp.example" : "grafana.corp.example");
            }
            default -> {
                // cloud, Kubernetes, identity and admission findings carry no evidence: every member null
            }
        }
        return evidence;
    }

    private ObjectNode repositoryScope() {
        var scope = nodes.objectNode();
        scope.putObject("account").put("id", Estate.ACCOUNT_ID).put("name", Estate.ACCOUNT_NAME);
        scope.putNull("site");
        scope.putNull("group");
        return scope;
    }

    private List<ObjectNode> notes(
            ObjectNode misconfiguration, List<String> texts, SplittableRandom random, int forced) {
        return XspmActivity.notes(
                misconfiguration,
                NOTES,
                texts,
                n -> team.all()
                        .get(n % 6 == 5 ? 5 : (n + random.nextInt(5)) % 5)
                        .xspmUser(),
                random,
                forced);
    }

    private List<ObjectNode> history(
            ObjectNode misconfiguration, List<ObjectNode> notes, SplittableRandom random, boolean longHistory) {
        var detection = "Misconfiguration detected by "
                + misconfiguration.at("/cnapp/policy/id").asText();
        var opening = XspmActivity.opening(misconfiguration, detection, notes, PACE, random);
        var events = new ArrayList<>(opening.events());
        if (longHistory) {
            for (var run = 1; run <= 4; run++) {
                events.add(XspmActivity.event(
                        "WORKFLOW_ACTION",
                        "Auto-remediation attempt " + run + " failed: the remediation role lacks a permission",
                        opening.at() + run * 20 * MINUTE));
            }
        }
        return XspmActivity.closed(events);
    }

    private ArrayNode strings(List<String> values) {
        var array = nodes.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
