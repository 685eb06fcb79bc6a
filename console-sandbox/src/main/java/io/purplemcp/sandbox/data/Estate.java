package io.purplemcp.sandbox.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Everything the synthetic tenant owns, as the inventory (XDR assets) API describes it: an endpoint for
 * every host of {@link SyntheticTenant}, cloud resources in two AWS accounts, an Azure subscription and a
 * GCP project, Active Directory and Entra ID identities (the tenant's people, service accounts and
 * groups), and devices found by network discovery. Each asset is a JSON object with the upstream
 * camelCase keys of the inventory's item catalogue; a few values are {@code null}, and two items carry a
 * value of an unexpected type ({@link #ODD_ENDPOINT}, {@link #ODD_CLOUD_RESOURCE}). The findings refer
 * to these assets by id. Everything is a pure function of the tenant; the list is built on first use.
 */
public final class Estate {

    /** The tenant's "now": 2025-01-15T12:00:00Z. Findings and assets are dated before it. */
    public static final long ANCHOR_MILLIS = 1_736_942_400_000L;
    /** The console account every asset belongs to. */
    public static final String ACCOUNT_NAME = "Example Corp";
    /** Its id. */
    public static final String ACCOUNT_ID = "1830457218829301760";
    /** An endpoint whose {@code memory} is the string {@code "16GB"} instead of an integer. */
    public static final String ODD_ENDPOINT = "fin-ws-0006";
    /** A cloud resource with a tag whose value is a number instead of a string or boolean. */
    public static final String ODD_CLOUD_RESOURCE = "corp-legacy-exports";

    /** The four inventory surfaces, as the API names them. */
    public static final List<String> SURFACES = List.of("ENDPOINT", "CLOUD", "IDENTITY", "NETWORK_DISCOVERY");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    /** Host name prefixes and the departments they stand for. */
    private static final Map<String, String> DEPARTMENTS = Map.of(
            "hr", "Human Resources",
            "eng", "Engineering",
            "mkt", "Marketing",
            "ops", "Operations",
            "sales", "Sales",
            "legal", "Legal",
            "fin", "Finance",
            "it", "IT");

    private static final List<String> DEPARTMENT_ORDER =
            List.of("hr", "eng", "mkt", "ops", "sales", "legal", "fin", "it");

    private final SyntheticTenant tenant;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Lazy<Built> built = new Lazy<>();

    private record Built(List<ObjectNode> assets, Map<String, ObjectNode> byId, Map<String, ObjectNode> byName) {}

    public Estate(SyntheticTenant tenant) {
        this.tenant = tenant;
    }

    /** The tenant behind the estate. */
    public SyntheticTenant tenant() {
        return tenant;
    }

    /**
     * Every asset, in the order the inventory lists them: servers, cloud resources, identities, network
     * devices, workstations. The objects must not be changed.
     */
    public List<ObjectNode> assets() {
        return built().assets();
    }

    /** The asset with that id. */
    public Optional<ObjectNode> byId(String id) {
        return Optional.ofNullable(built().byId().get(id));
    }

    /** The asset with that name (names are unique in the estate). */
    public Optional<ObjectNode> byName(String name) {
        return Optional.ofNullable(built().byName().get(name));
    }

    /** The asset of a named thing that must exist, e.g. a host of the tenant. */
    public ObjectNode named(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("no asset named " + name));
    }

    /** The assets on a surface ({@link #SURFACES}), in listing order. */
    public List<ObjectNode> onSurface(String surface) {
        return assets().stream()
                .filter(asset -> contains(asset.get("surfaces"), surface))
                .toList();
    }

    /** Epoch milliseconds as the console writes times: {@code 2025-01-14T21:03:11.000Z}. */
    public static String iso(long millis) {
        return ISO.format(Instant.ofEpochMilli(millis));
    }

    /** A person's display name from an account name: {@code anna.schmidt} → {@code Anna Schmidt}. */
    public static String displayName(String accountName) {
        var parts = accountName.split("\\.");
        var name = new StringBuilder();
        for (var part : parts) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /** A stable numeric id, as the console's ids look (19 digits), for a seed text. */
    public static String numericId(String seed) {
        return Long.toString(1_800_000_000_000_000_000L + Math.floorMod(hash(seed), 100_000_000_000_000_000L));
    }

    /** A stable 64-bit hash (FNV-1a) of a text. */
    public static long hash(String text) {
        var hash = 0xcbf29ce484222325L;
        for (var b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private Built built() {
        return built.get(this::build);
    }

    private Built build() {
        var assets = new ArrayList<ObjectNode>();
        var servers = new ArrayList<Host>();
        var workstations = new ArrayList<Integer>();
        for (var i = 0; i < tenant.hostCount(); i++) {
            if (tenant.host(i).site().equals("Data Center")) {
                servers.add(tenant.host(i));
            } else {
                workstations.add(i);
            }
        }
        servers.forEach(host -> assets.add(server(host)));
        cloud(assets);
        identities(assets);
        network(assets);
        for (var i : workstations) {
            assets.add(workstation(tenant.host(i), i - servers.size()));
        }
        var byId = new HashMap<String, ObjectNode>();
        var byName = new HashMap<String, ObjectNode>();
        for (var asset : assets) {
            if (byId.put(asset.get("id").textValue(), asset) != null) {
                throw new IllegalStateException("duplicate asset id " + asset.get("id"));
            }
            if (asset.hasNonNull("name") && byName.put(asset.get("name").textValue(), asset) != null) {
                throw new IllegalStateException("duplicate asset name " + asset.get("name"));
            }
        }
        return new Built(List.copyOf(assets), Map.copyOf(byId), Map.copyOf(byName));
    }

    // ---- endpoints ----

    private ObjectNode server(Host host) {
        var shortName = host.name().substring(0, host.name().indexOf('.'));
        var linux = host.osFamily().equals("linux");
        var role = switch (shortName.replaceAll("[0-9-]+$", "")) {
            case "dc" -> "Domain Controller";
            case "fs" -> "File Server";
            case "sql-prod" -> "Database Server";
            case "exch" -> "Mail Server";
            case "jump" -> "Jump Server";
            case "web-dmz" -> "Web Server";
            case "build-linux" -> "Build Server";
            default -> "Kubernetes Node";
        };
        var dc = role.equals("Domain Controller");
        var surfaces = dc ? List.of("ENDPOINT", "IDENTITY") : List.of("ENDPOINT");
        var asset = base(
                "endpoint",
                host.name(),
                linux ? "Linux Server" : "Windows Server",
                "Server",
                role,
                surfaces,
                scope("Data Center", "Servers"));
        var random = random("server/" + host.name());
        asset.putNull("assetContactEmail");
        asset.put("assetCriticality", dc ? "Critical" : role.equals("Database Server") ? "Critical" : "High");
        asset.put("assetEnvironment", host.name().contains("dmz") ? "DMZ" : "Production");
        asset.put("assetStatus", "Active");
        endpointDetails(asset, host, random, true);
        asset.put("isDcServer", dc);
        asset.put("isAdConnector", dc);
        asset.put("adsEnabled", dc);
        asset.set("riskFactors", strings(dc ? List.of("HIGH_PRIVILEGE", "INTERNET_EXPOSED_NO") : List.of()));
        tags(asset, "env", "prod", "tier", dc ? "0" : "1");
        if (dc) {
            note(asset, "Tier 0 asset: changes only through the CAB.", "marco.kowalski", ANCHOR_MILLIS - 61 * DAY);
        }
        if (role.equals("Web Server")) {
            // Runs in AWS: an endpoint and a cloud resource at once.
            asset.set("surfaces", strings(List.of("ENDPOINT", "CLOUD")));
            cloudAccount(asset, "AWS", "123456789012", "prod-aws", "eu-central-1");
            asset.put("cloudResourceId", "i-0a1b2c3d4e5f60718");
            asset.put("instanceId", "i-0a1b2c3d4e5f60718");
            asset.put("instanceType", "t3.large");
            asset.put("imageId", "ami-0c55b159cbfafe1f0");
            asset.put("cloudProvider", "AWS");
        }
        if (role.equals("Kubernetes Node")) {
            asset.put("k8sCluster", "prod-eks-01");
            asset.put("k8sClusterId", "eks-prod-01-7f3c2b");
            asset.put("k8sNode", host.name());
            asset.put("k8sType", "node");
            asset.put("k8sVersion", "1.29.4");
            asset.put("k8sCnsEnabled", true);
            asset.put("k8sCwsEnabled", true);
            asset.put("k8sHelperAgentDeployed", true);
            asset.set("k8sNodeLabels", strings(List.of("node.kubernetes.io/instance-type=m6i.xlarge", "role=worker")));
        }
        return asset;
    }

    private ObjectNode workstation(Host host, int n) {
        var mac = host.osFamily().equals("macos");
        var department = host.name().substring(0, host.name().indexOf('-'));
        var random = random("workstation/" + host.name());
        var laptop = mac || n % 2 == 1;
        var asset = base(
                "endpoint",
                host.name(),
                mac ? "macOS Workstation" : "Windows Workstation",
                laptop ? "Laptop" : "Workstation",
                laptop ? "Laptop" : "Desktop",
                List.of("ENDPOINT"),
                scope(host.site(), departmentName(department)));
        var user = tenant.userName(host.name().hashCode());
        asset.put("assetContactEmail", user + "@corp.example");
        asset.put("assetCriticality", department.equals("fin") || department.equals("it") ? "High" : "Medium");
        asset.put("assetEnvironment", "Corporate");
        var inactive = n % 37 == 36;
        asset.put("assetStatus", inactive ? "Inactive" : "Active");
        endpointDetails(asset, host, random, !inactive);
        if (inactive) {
            asset.put("lastActiveDt", iso(ANCHOR_MILLIS - (20 + random.nextInt(40)) * DAY));
            ((ObjectNode) asset.get("agent")).put("networkStatus", "disconnected");
        }
        asset.put("osUsername", "CORP\\" + user);
        asset.set("riskFactors", strings(n % 11 == 4 ? List.of("OUTDATED_AGENT") : List.of()));
        if (n % 11 == 4) {
            ((ObjectNode) asset.get("agent")).put("isUpToDate", false);
            asset.set("missingCoverage", strings(List.of("Vulnerability Management")));
        }
        tags(asset, "department", departmentName(department), "managed", true);
        if (host.name().equals(ODD_ENDPOINT)) {
            asset.put("memory", "16GB"); // an upstream type oddity: a string where an integer belongs
            asset.put("memoryReadable", "16 GB");
            asset.put("coreCount", 4.0); // integral float, lax-coercible
        }
        if (n % 50 == 7) {
            note(asset, "Loaner device: return to IT by end of quarter.", tenant.userName(7), ANCHOR_MILLIS - 9 * DAY);
        }
        return asset;
    }

    private void endpointDetails(ObjectNode asset, Host host, SplittableRandom random, boolean active) {
        var windows = host.osFamily().equals("windows");
        var mac = host.osFamily().equals("macos");
        var server = asset.get("category").textValue().equals("Server");
        asset.put("infectionStatus", "Clean");
        asset.put("lastActiveDt", iso(ANCHOR_MILLIS - (active ? random.nextInt(72) * HOUR / 3 : 30 * DAY)));
        asset.put("firstSeenDt", iso(ANCHOR_MILLIS - (200 + random.nextInt(500)) * DAY));
        asset.put("lastRebootDt", iso(ANCHOR_MILLIS - (1 + random.nextInt(20)) * DAY));
        asset.put("osFamily", windows ? "Windows" : mac ? "macOS" : "Linux");
        asset.put("os", host.osName());
        var version = windows
                ? host.osName().contains("11")
                        ? "10.0.22631"
                        : host.osName().contains("2022")
                                ? "10.0.20348"
                                : host.osName().contains("2019") ? "10.0.17763" : "10.0.19045"
                : mac ? "14.5" : host.osName().contains("Ubuntu") ? "22.04" : "9.3";
        asset.put("osVersion", version);
        asset.put("osNameVersion", host.osName() + " (" + version + ")");
        asset.put("architecture", mac && random.nextBoolean() ? "arm64" : "x86_64");
        asset.put("domain", windows ? "CORP" : null);
        asset.put("ipAddress", host.ipAddress());
        asset.set("internalIps", strings(List.of(host.ipAddress())));
        asset.set("macAddresses", strings(List.of(mac(random))));
        asset.set(
                "hostnames", strings(List.of(host.name().contains(".") ? host.name() : host.name() + ".corp.example")));
        var gateway = host.ipAddress().substring(0, host.ipAddress().lastIndexOf('.')) + ".1";
        asset.set("gatewayIps", strings(List.of(gateway)));
        asset.set("subnets", strings(List.of(gateway.substring(0, gateway.length() - 1) + "0/24")));
        var cores = server ? 8 * (1 + random.nextInt(4)) : 4 * (1 + random.nextInt(3));
        var gigabytes = server ? 64 : 8 * (1 + random.nextInt(4));
        asset.put("coreCount", cores);
        asset.put(
                "cpu",
                server
                        ? "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"
                        : mac ? "Apple M2 Pro" : "Intel(R) Core(TM) i7-1265U");
        asset.put("memory", gigabytes * 1024L * 1024 * 1024);
        asset.put("memoryReadable", gigabytes + " GB");
        asset.put(
                "manufacturer",
                server ? "VMware, Inc." : mac ? "Apple Inc." : random.nextBoolean() ? "Dell Inc." : "LENOVO");
        asset.put(
                "modelName",
                server
                        ? "VMware Virtual Platform"
                        : mac
                                ? "MacBookPro18,3"
                                : asset.get("manufacturer").textValue().startsWith("Dell")
                                        ? "Latitude 7440"
                                        : "ThinkPad T14 Gen 4");
        asset.put("serialNumber", server ? "VMware-42 1a 6b 9c" : String.format(Locale.ROOT, "%08X", random.nextInt()));
        var agent = asset.putObject("agent");
        agent.put("uuid", host.agentUuid());
        agent.put("version", windows ? "24.1.4.257" : mac ? "24.1.2.7444" : "24.2.1.8");
        agent.put("networkStatus", "connected");
        agent.put("isUpToDate", true);
        agent.put(
                "machineType",
                server ? "server" : asset.get("category").textValue().toLowerCase(Locale.ROOT));
        asset.set("idSecondary", strings(List.of(host.agentUuid())));
        asset.set("activeCoverage", strings(List.of("EDR", "Vulnerability Management")));
        asset.set("missingCoverage", strings(List.of()));
        asset.putNull("deviceReview");
        asset.putNull("cloudProvider");
    }

    // ---- cloud ----

    private record CloudKind(
            String resourceType,
            String category,
            String subCategory,
            String provider,
            String accountId,
            String accountName,
            String region,
            List<String> names) {}

    private void cloud(List<ObjectNode> out) {
        var kinds = List.of(
                new CloudKind(
                        "AWS EC2 Instance",
                        "Compute",
                        "Virtual Machine",
                        "AWS",
                        "123456789012",
                        "prod-aws",
                        "eu-central-1",
                        numbered(List.of("api-prod-", "batch-worker-", "jenkins-agent-"), 4)),
                new CloudKind(
                        "AWS EC2 Instance",
                        "Compute",
                        "Virtual Machine",
                        "AWS",
                        "210987654321",
                        "dev-aws",
                        "us-east-1",
                        numbered(List.of("dev-sandbox-", "qa-runner-"), 4)),
                new CloudKind(
                        "AWS S3 Bucket",
                        "Storage",
                        "Object Storage",
                        "AWS",
                        "123456789012",
                        "prod-aws",
                        "eu-central-1",
                        List.of(
                                "corp-app-logs",
                                "corp-public-assets",
                                "corp-backups-eu",
                                "fin-reports-archive",
                                "corp-cloudtrail-logs",
                                "corp-data-lake-raw",
                                "corp-ml-training",
                                ODD_CLOUD_RESOURCE)),
                new CloudKind(
                        "AWS S3 Bucket",
                        "Storage",
                        "Object Storage",
                        "AWS",
                        "210987654321",
                        "dev-aws",
                        "us-east-1",
                        List.of(
                                "dev-build-artifacts",
                                "dev-terraform-state",
                                "qa-test-fixtures",
                                "dev-scratch-public")),
                new CloudKind(
                        "AWS RDS Instance",
                        "Database",
                        "Relational Database",
                        "AWS",
                        "123456789012",
                        "prod-aws",
                        "eu-central-1",
                        List.of("orders-db-prod", "billing-db-prod", "hr-db-prod", "analytics-replica")),
                new CloudKind(
                        "AWS RDS Instance",
                        "Database",
                        "Relational Database",
                        "AWS",
                        "210987654321",
                        "dev-aws",
                        "us-east-1",
                        List.of("orders-db-dev", "billing-db-dev")),
                new CloudKind(
                        "AWS Lambda Function",
                        "Compute",
                        "Serverless Function",
                        "AWS",
                        "123456789012",
                        "prod-aws",
                        "eu-central-1",
                        List.of(
                                "invoice-renderer",
                                "thumbnail-generator",
                                "slack-notifier",
                                "s3-object-tagger",
                                "nightly-report-mailer",
                                "cost-exporter")),
                new CloudKind(
                        "AWS IAM Role",
                        "Identity",
                        "IAM Role",
                        "AWS",
                        "123456789012",
                        "prod-aws",
                        "global",
                        List.of(
                                "OrganizationAccountAccessRole",
                                "ci-deployer",
                                "lambda-basic-exec",
                                "break-glass-admin",
                                "readonly-auditor",
                                "third-party-backup")),
                new CloudKind(
                        "AWS Security Group",
                        "Network",
                        "Security Group",
                        "AWS",
                        "123456789012",
                        "prod-aws",
                        "eu-central-1",
                        List.of(
                                "sg-web-public",
                                "sg-bastion-ssh",
                                "sg-db-internal",
                                "sg-legacy-any",
                                "sg-eks-nodes",
                                "sg-dev-open")),
                new CloudKind(
                        "AWS EKS Cluster",
                        "Container",
                        "Kubernetes Cluster",
                        "AWS",
                        "123456789012",
                        "prod-aws",
                        "eu-central-1",
                        List.of("prod-eks-01", "staging-eks-01")),
                new CloudKind(
                        "Azure Virtual Machine",
                        "Compute",
                        "Virtual Machine",
                        "Azure",
                        "3f2b8c1e-5d4a-4c3b-9e8f-7a6b5c4d3e2f",
                        "corp-azure-prod",
                        "westeurope",
                        List.of("az-rds-gw-01", "az-file-sync-01", "az-sap-app-01", "az-sap-db-01")),
                new CloudKind(
                        "Azure Storage Account",
                        "Storage",
                        "Object Storage",
                        "Azure",
                        "3f2b8c1e-5d4a-4c3b-9e8f-7a6b5c4d3e2f",
                        "corp-azure-prod",
                        "westeurope",
                        List.of("corpsharedfiles01", "corpdiaglogs01", "corppublicweb01")),
                new CloudKind(
                        "Azure SQL Database",
                        "Database",
                        "Relational Database",
                        "Azure",
                        "3f2b8c1e-5d4a-4c3b-9e8f-7a6b5c4d3e2f",
                        "corp-azure-prod",
                        "westeurope",
                        List.of("sap-reporting-db", "intranet-cms-db")),
                new CloudKind(
                        "GCP Compute Instance",
                        "Compute",
                        "Virtual Machine",
                        "GCP",
                        "corp-analytics-prod",
                        "corp-analytics-prod",
                        "europe-west3",
                        List.of("bq-loader-01", "airflow-scheduler-01", "jupyter-hub-01")),
                new CloudKind(
                        "GCP Storage Bucket",
                        "Storage",
                        "Object Storage",
                        "GCP",
                        "corp-analytics-prod",
                        "corp-analytics-prod",
                        "europe-west3",
                        List.of("corp-analytics-exports", "corp-analytics-public-datasets", "corp-analytics-tmp")));
        var index = 0;
        for (var kind : kinds) {
            for (var name : kind.names()) {
                out.add(cloudResource(kind, name, index++));
            }
        }
    }

    private ObjectNode cloudResource(CloudKind kind, String name, int index) {
        var random = random("cloud/" + name);
        var asset = base(
                "cloud",
                name,
                kind.resourceType(),
                kind.category(),
                kind.subCategory(),
                List.of("CLOUD"),
                scope("Cloud Workloads", kind.provider() + " " + kind.accountName()));
        var prod = kind.accountName().contains("prod");
        asset.putNull("assetContactEmail");
        asset.put("assetCriticality", prod ? (index % 3 == 0 ? "Critical" : "High") : "Low");
        asset.put("assetEnvironment", prod ? "Production" : "Development");
        asset.put("assetStatus", index % 19 == 18 ? "Inactive" : "Active");
        asset.putNull("infectionStatus");
        asset.put("lastActiveDt", iso(ANCHOR_MILLIS - random.nextInt(48) * HOUR));
        asset.put("firstSeenDt", iso(ANCHOR_MILLIS - (90 + random.nextInt(600)) * DAY));
        cloudAccount(asset, kind.provider(), kind.accountId(), kind.accountName(), kind.region());
        asset.put("cloudProvider", kind.provider()); // not in the item catalogue: clients keep it as it is
        var resourceId = resourceId(kind, name, random);
        asset.put("cloudResourceId", resourceId);
        asset.put("cloudResourceUid", kind.provider().toLowerCase(Locale.ROOT) + ":" + resourceId);
        if (kind.provider().equals("AWS")) {
            asset.put("cloudResourceArn", arn(kind, name, resourceId));
            asset.put("cloudProviderOrganization", "o-corp1example");
            asset.put("cloudProviderOrganizationUnit", prod ? "ou-prod" : "ou-dev");
            asset.put("cloudProviderUrlString", "https://console.aws.example/" + kind.region() + "/" + resourceId);
        } else if (kind.provider().equals("Azure")) {
            asset.put("cloudProviderSubscriptionId", kind.accountId());
            asset.put(
                    "cloudProviderResourceGroup",
                    "rg-" + name.replaceAll("[0-9]+$", "").replaceAll("-$", ""));
        } else {
            asset.put("cloudProviderProjectId", kind.accountId());
        }
        asset.put("createdTime", iso(ANCHOR_MILLIS - (100 + random.nextInt(700)) * DAY));
        var cloudTags = asset.putArray("cloudTags");
        cloudTags.addObject().put("key", "Environment").put("value", prod ? "production" : "development");
        cloudTags.addObject().put("key", "Owner").put("value", prod ? "platform-team" : "dev-team");
        tags(asset, "cost-center", prod ? "CC-4711" : "CC-4800", "iac-managed", random.nextBoolean());
        switch (kind.subCategory()) {
            case "Virtual Machine" -> {
                asset.put("instanceId", resourceId);
                asset.put(
                        "instanceType",
                        List.of("t3.medium", "m6i.large", "c6i.xlarge", "r6i.large")
                                .get(random.nextInt(4)));
                asset.put("imageId", "ami-" + hex(random, 17));
                asset.put("state", asset.get("assetStatus").textValue().equals("Active") ? "running" : "stopped");
                var ip = "10." + (prod ? 40 : 60) + "." + random.nextInt(8) + "." + (10 + random.nextInt(200));
                asset.put("ipAddress", ip);
                asset.set("internalIps", strings(List.of(ip)));
                asset.put("osFamily", name.startsWith("az-rds") ? "Windows" : "Linux");
                asset.put("os", name.startsWith("az-rds") ? "Windows Server 2022 Datacenter" : "Amazon Linux 2023");
                asset.set("subnetId", strings(List.of("subnet-" + hex(random, 8))));
                asset.put("virtualNetworkId", "vpc-" + hex(random, 8));
                asset.set(
                        "networkSecurityGroups",
                        strings(List.of("sg-web-public", "sg-eks-nodes").subList(0, 1 + random.nextInt(2))));
                asset.put("instanceRole", name.startsWith("jenkins") ? "ci-deployer" : null);
            }
            case "Object Storage" -> {
                var open = name.contains("public");
                asset.put("isPublic", open);
                asset.put("encryptionEnabled", !name.equals("corp-ml-training") && !name.startsWith("dev-scratch"));
                asset.set(
                        "encryptionType",
                        strings(asset.get("encryptionEnabled").booleanValue() ? List.of("SSE-KMS") : List.of()));
                asset.put("versioningEnabled", name.contains("backups") || name.contains("state"));
                asset.put("loggingEnabled", prod);
                asset.put("allowsUnencryptedObjectUploads", !prod);
                asset.put("objectCount", 1_000L + random.nextInt(2_000_000));
                asset.put("storageClass", "STANDARD");
                asset.put("hasClassifiedData", name.startsWith("fin") || name.startsWith("corp-data-lake"));
                asset.set(
                        "dataClassificationCategories",
                        strings(name.startsWith("fin") ? List.of("Financial", "PII") : List.of()));
                asset.set("dataTypes", strings(name.startsWith("fin") ? List.of("IBAN", "EMAIL_ADDRESS") : List.of()));
                asset.put("dataClassificationStatus", name.startsWith("fin") ? "Classified" : "Not Classified");
                asset.put(
                        "policyDocument",
                        open
                                ? "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\"}]}"
                                : null);
            }
            case "Relational Database" -> {
                asset.put(
                        "engineType",
                        kind.provider().equals("Azure") ? "sqlserver" : random.nextBoolean() ? "postgres" : "mysql");
                asset.put("engineVersion", asset.get("engineType").textValue().equals("postgres") ? "15.5" : "8.0.35");
                asset.put("encryptionEnabled", !name.startsWith("hr-db"));
                asset.put("isPublic", name.equals("analytics-replica"));
                asset.put("backupEnabled", prod);
                asset.put("backupRetentionPeriod", prod ? "7 days" : "1 day");
                asset.put("backupRetentionPeriodDays", prod ? 7 : 1);
                asset.put("multiAzEnabled", prod && !name.startsWith("analytics"));
                asset.put("machineType", "db.r6g.large");
                asset.put("storageSize", "500 GiB");
                asset.put("storageType", "gp3");
                asset.put("highAvailabilityEnabled", prod);
            }
            case "Kubernetes Cluster" -> {
                asset.put("k8sCluster", name);
                asset.put("k8sClusterId", "eks-" + name + "-" + hex(random, 6));
                asset.put("k8sType", "cluster");
                asset.put("k8sVersion", "1.29");
                asset.put("k8sCnsEnabled", true);
                asset.put("k8sCwsEnabled", name.startsWith("prod"));
            }
            case "Security Group" -> {
                asset.put("firewallRulesEnabled", true);
                asset.put(
                        "isPublic",
                        name.contains("public")
                                || name.contains("any")
                                || name.contains("open")
                                || name.contains("ssh"));
            }
            default -> {
                asset.put("loggingEnabled", true);
                asset.put("monitoringEnabled", prod);
            }
        }
        if (name.equals(ODD_CLOUD_RESOURCE)) {
            // An upstream type oddity: a tag value that is a number, not a string or boolean.
            ((ObjectNode) asset.get("tags").get(0)).put("value", 4711);
        }
        return asset;
    }

    private static String resourceId(CloudKind kind, String name, SplittableRandom random) {
        return switch (kind.resourceType()) {
            case "AWS EC2 Instance" -> "i-0" + hex(random, 16);
            case "AWS Security Group" -> "sg-0" + hex(random, 16);
            case "AWS RDS Instance" -> "db-" + hex(random, 26).toUpperCase(Locale.ROOT);
            case "Azure Virtual Machine", "Azure Storage Account", "Azure SQL Database" ->
                "/subscriptions/" + kind.accountId() + "/resourceGroups/rg-" + name + "/providers/"
                        + (kind.resourceType().contains("Virtual")
                                ? "Microsoft.Compute/virtualMachines/"
                                : kind.resourceType().contains("SQL")
                                        ? "Microsoft.Sql/servers/sql01/databases/"
                                        : "Microsoft.Storage/storageAccounts/")
                        + name;
            case "GCP Compute Instance" -> Long.toUnsignedString(random.nextLong() >>> 4);
            default -> name;
        };
    }

    private static String arn(CloudKind kind, String name, String resourceId) {
        return switch (kind.resourceType()) {
            case "AWS S3 Bucket" -> "arn:aws:s3:::" + name;
            case "AWS IAM Role" -> "arn:aws:iam::" + kind.accountId() + ":role/" + name;
            case "AWS Lambda Function" ->
                "arn:aws:lambda:" + kind.region() + ":" + kind.accountId() + ":function:" + name;
            case "AWS RDS Instance" -> "arn:aws:rds:" + kind.region() + ":" + kind.accountId() + ":db:" + name;
            case "AWS EKS Cluster" -> "arn:aws:eks:" + kind.region() + ":" + kind.accountId() + ":cluster/" + name;
            case "AWS Security Group" ->
                "arn:aws:ec2:" + kind.region() + ":" + kind.accountId() + ":security-group/" + resourceId;
            default -> "arn:aws:ec2:" + kind.region() + ":" + kind.accountId() + ":instance/" + resourceId;
        };
    }

    private static void cloudAccount(ObjectNode asset, String provider, String id, String name, String region) {
        asset.put("cloudProviderAccountId", id);
        asset.put("cloudProviderAccountName", name);
        asset.put("region", region);
        asset.put("cloudProviderOrganizationUnitPath", provider.equals("AWS") ? "/r-corp/ou-workloads" : null);
    }

    // ---- identities ----

    private void identities(List<ObjectNode> out) {
        var groups = List.of(
                "Domain Admins",
                "Enterprise Admins",
                "Schema Admins",
                "Backup Operators",
                "Account Operators",
                "Finance-Share-RW",
                "Engineering",
                "VPN-Users",
                "Helpdesk-Tier1",
                "SQL-Admins",
                "Exchange-Admins",
                "Print-Operators");
        for (var i = 0; i < 60; i++) {
            out.add(adUser(i));
        }
        var services = List.of(
                "svc-sql", "svc-backup", "svc-exchange", "svc-web", "svc-build", "svc-scan", "svc-print", "svc-adsync");
        for (var i = 0; i < services.size(); i++) {
            out.add(serviceAccount(services.get(i), i));
        }
        for (var i = 0; i < groups.size(); i++) {
            out.add(adGroup(groups.get(i), i));
        }
        for (var i = 0; i < 20; i++) {
            out.add(entraUser(i));
        }
        for (var name : List.of("All Employees", "Finance Team", "Cloud Admins", "Guests - Partners")) {
            out.add(entraGroup(name));
        }
    }

    private ObjectNode adUser(int i) {
        var account = tenant.userName(i);
        var random = random("ad-user/" + account);
        var department = DEPARTMENTS.get(DEPARTMENT_ORDER.get(i % 8));
        var admin = i % 15 == 3;
        var disabled = i % 23 == 22;
        var asset = identityBase("ad-user", displayName(account), "Active Directory User", "User", account, random);
        asset.put("assetCriticality", admin ? "Critical" : "Medium");
        asset.put("assetStatus", disabled ? "Inactive" : "Active");
        asset.put("samAccountName", account);
        asset.put("userPrincipalName", account + "@corp.example");
        asset.put("mail", account + "@corp.example");
        asset.put("assetContactEmail", account + "@corp.example");
        asset.put("givenName", displayName(account).split(" ")[0]);
        asset.put("surname", displayName(account).split(" ")[1]);
        asset.put("department", department);
        asset.put("jobTitle", admin ? "Systems Administrator" : department + " Specialist");
        asset.put(
                "distinguishedName",
                "CN=" + displayName(account) + ",OU=" + department + ",OU=Users,DC=corp,DC=example");
        asset.set("objectClass", strings(List.of("top", "person", "organizationalPerson", "user")));
        asset.put("objectCategory", "CN=Person,CN=Schema,CN=Configuration,DC=corp,DC=example");
        var memberOf = new ArrayList<String>(List.of("CN=VPN-Users,OU=Groups,DC=corp,DC=example"));
        if (admin) {
            memberOf.add("CN=Domain Admins,CN=Users,DC=corp,DC=example");
        }
        asset.set("memberOf", strings(memberOf));
        asset.put("enabled", !disabled);
        asset.put("accountStatus", !disabled);
        asset.put("passwordNeverExpire", admin || i % 17 == 5);
        asset.put("adminCount", admin ? 1 : 0);
        asset.put("privileged", admin);
        asset.put("serviceAccount", false);
        asset.put(
                "userAccountControl",
                disabled ? 514 : asset.get("passwordNeverExpire").booleanValue() ? 66048 : 512);
        asset.put("samAccountType", 805306368);
        asset.put("primaryGroupId", 513);
        asset.put("logonCount", random.nextInt(4_000));
        asset.put("badPasswordCount", i % 13 == 7 ? 4 : 0);
        asset.put("lastLogonTime", iso(ANCHOR_MILLIS - (disabled ? 90 * DAY : random.nextInt(96) * HOUR)));
        asset.put("passwordLastSetTime", iso(ANCHOR_MILLIS - (5 + random.nextInt(400)) * DAY));
        var factors = new ArrayList<String>();
        if (admin) {
            factors.add("PRIVILEGED_ACCOUNT");
        }
        if (asset.get("passwordNeverExpire").booleanValue()) {
            factors.add("PASSWORD_NEVER_EXPIRES");
        }
        asset.set("riskFactors", strings(factors));
        return asset;
    }

    private ObjectNode serviceAccount(String name, int i) {
        var random = random("service/" + name);
        var asset = identityBase("ad-service", name, "Active Directory User", "Service Account", name, random);
        var spn = switch (name) {
            case "svc-sql" -> "MSSQLSvc/sql-prod-03.corp.example:1433";
            case "svc-web" -> "HTTP/web-dmz-01.corp.example";
            case "svc-exchange" -> "exchangeMDB/exch01.corp.example";
            default -> null;
        };
        asset.put("assetCriticality", i < 3 ? "Critical" : "High");
        asset.put("assetStatus", "Active");
        asset.put("samAccountName", name);
        asset.put("userPrincipalName", name + "@corp.example");
        asset.put("distinguishedName", "CN=" + name + ",OU=Service Accounts,DC=corp,DC=example");
        asset.set("objectClass", strings(List.of("top", "person", "organizationalPerson", "user")));
        asset.put("enabled", true);
        asset.put("accountStatus", true);
        asset.put("serviceAccount", true);
        asset.set("servicePrincipalName", spn == null ? nodes.nullNode() : strings(List.of(spn)));
        asset.put("passwordNeverExpire", true);
        asset.put("privileged", name.equals("svc-backup") || name.equals("svc-adsync"));
        asset.put("adminCount", asset.get("privileged").booleanValue() ? 1 : 0);
        asset.set(
                "allowedToDelegateTo",
                name.equals("svc-web") ? strings(List.of("MSSQLSvc/sql-prod-03.corp.example:1433")) : nodes.nullNode());
        asset.put("userAccountControl", name.equals("svc-scan") ? 4260352 : 66048);
        asset.put("passwordLastSetTime", iso(ANCHOR_MILLIS - (700 + random.nextInt(900)) * DAY));
        asset.put("lastLogonTime", iso(ANCHOR_MILLIS - random.nextInt(24) * HOUR));
        asset.put("logonCount", 10_000 + random.nextInt(90_000));
        var factors = new ArrayList<String>(List.of("PASSWORD_NEVER_EXPIRES"));
        if (spn != null) {
            factors.add("KERBEROASTABLE");
        }
        if (name.equals("svc-scan")) {
            factors.add("AS_REP_ROASTABLE");
        }
        asset.set("riskFactors", strings(factors));
        return asset;
    }

    private ObjectNode adGroup(String name, int i) {
        var random = random("ad-group/" + name);
        var asset = identityBase("ad-group", name, "Active Directory Group", "Group", name, random);
        var privileged = i < 5 || name.endsWith("Admins");
        asset.put("assetCriticality", privileged ? "Critical" : "Low");
        asset.put("assetStatus", "Active");
        asset.put("samAccountName", name);
        asset.put("distinguishedName", "CN=" + name + "," + (i < 5 ? "CN=Users" : "OU=Groups") + ",DC=corp,DC=example");
        asset.set("objectClass", strings(List.of("top", "group")));
        asset.put("adminCount", privileged ? 1 : 0);
        asset.put("privileged", privileged);
        asset.put("samAccountType", 268435456);
        asset.set(
                "memberOf",
                strings(
                        name.equals("SQL-Admins")
                                ? List.of("CN=Domain Admins,CN=Users,DC=corp,DC=example")
                                : List.of()));
        asset.set("riskFactors", strings(privileged ? List.of("PRIVILEGED_GROUP") : List.of()));
        return asset;
    }

    private ObjectNode entraUser(int i) {
        var account = tenant.userName(100 + i);
        var random = random("entra-user/" + account);
        var asset = identityBase(
                "entra-user", displayName(account) + " (Entra ID)", "Entra ID User", "User", account, random);
        var synced = i % 4 != 3;
        asset.put("assetCriticality", i % 10 == 0 ? "High" : "Medium");
        asset.put("assetStatus", "Active");
        asset.put("userPrincipalName", account + "@corpexample.onmicrosoft.com");
        asset.put("mail", account + "@corp.example");
        asset.put("givenName", displayName(account).split(" ")[0]);
        asset.put("surname", displayName(account).split(" ")[1]);
        asset.put("jobTitle", i % 10 == 0 ? "Cloud Administrator" : "Consultant");
        asset.put("department", DEPARTMENTS.get(DEPARTMENT_ORDER.get(i % 8)));
        asset.put("officeLocation", List.of("Frankfurt", "Boston", "Singapore").get(i % 3));
        asset.put("accountStatus", true);
        asset.put("onPremisesSyncEnabled", synced ? "true" : null);
        asset.put("onPremisesSamAccountName", synced ? account : null);
        asset.put("onPremisesDomainName", synced ? "corp.example" : null);
        asset.put("onPremisesLastSyncTime", synced ? iso(ANCHOR_MILLIS - random.nextInt(60) * 60_000L) : null);
        asset.set("otherMails", strings(List.of()));
        asset.set("proxyAddresses", strings(List.of("SMTP:" + account + "@corp.example")));
        asset.put("forceChangePasswordNextSignin", false);
        asset.put("forceChangePasswordNextSigninWithMfa", i % 7 == 2);
        asset.put("lastPasswordChangeTime", iso(ANCHOR_MILLIS - (10 + random.nextInt(300)) * DAY));
        asset.put("privileged", i % 10 == 0);
        asset.set("riskFactors", strings(i % 10 == 0 ? List.of("PRIVILEGED_ACCOUNT", "NO_MFA") : List.of()));
        return asset;
    }

    private ObjectNode entraGroup(String name) {
        var random = random("entra-group/" + name);
        var asset = identityBase("entra-group", name, "Entra ID Group", "Group", name, random);
        asset.put("assetCriticality", name.contains("Admins") ? "Critical" : "Low");
        asset.put("assetStatus", "Active");
        asset.put("securityEnabled", name.contains("Guests") ? "false" : "true");
        asset.put("visibility", name.contains("Guests") ? "Public" : "Private");
        asset.put("classification", name.contains("Finance") ? "Confidential" : null);
        asset.put("entraidGroupType", name.contains("Guests") ? "Microsoft 365" : "Security");
        asset.put("uniqueName", name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        asset.put("privileged", name.contains("Admins"));
        return asset;
    }

    private ObjectNode identityBase(
            String kind, String name, String resourceType, String subCategory, String key, SplittableRandom random) {
        var asset = base(
                kind,
                name,
                resourceType,
                "Identity",
                subCategory,
                List.of("IDENTITY"),
                scope("HQ - Frankfurt", "Identities"));
        asset.putNull("assetContactEmail");
        asset.put("assetEnvironment", "Corporate");
        asset.putNull("infectionStatus");
        asset.put("lastActiveDt", iso(ANCHOR_MILLIS - random.nextInt(72) * HOUR));
        asset.put("firstSeenDt", iso(ANCHOR_MILLIS - (300 + random.nextInt(900)) * DAY));
        asset.put("createdTime", iso(ANCHOR_MILLIS - (400 + random.nextInt(1500)) * DAY));
        asset.put("domain", "corp.example");
        asset.put("forest", "corp.example");
        asset.put("cn", name);
        asset.put("displayName", name);
        var rid = 1100 + Math.floorMod(hash(kind + key), 8900);
        asset.put("objectSid", "S-1-5-21-3623811015-3361044348-30300820-" + rid);
        asset.put(
                "objectGuid",
                UUID.nameUUIDFromBytes((kind + "/guid/" + key).getBytes(StandardCharsets.UTF_8))
                        .toString());
        asset.put("usnCreated", 12_000 + rid);
        asset.put("usnChanged", 90_000 + random.nextInt(50_000));
        asset.put("deleted", false);
        asset.set("riskFactors", strings(List.of()));
        return asset;
    }

    // ---- network discovery ----

    private record DeviceKind(
            String resourceType,
            String category,
            String subCategory,
            String manufacturer,
            String model,
            String osFamily,
            List<String> tcp,
            List<String> udp,
            String prefix,
            int count) {}

    private void network(List<ObjectNode> out) {
        var kinds = List.of(
                new DeviceKind(
                        "Printer",
                        "Printer",
                        "Laser Printer",
                        "HP",
                        "LaserJet Enterprise M507",
                        "Embedded",
                        List.of("80", "443", "515", "631", "9100"),
                        List.of("161"),
                        "prn-",
                        10),
                new DeviceKind(
                        "Network Switch",
                        "Network Infrastructure",
                        "Switch",
                        "Cisco",
                        "Catalyst 9300",
                        "Cisco IOS",
                        List.of("22", "443"),
                        List.of("161", "514"),
                        "sw-",
                        8),
                new DeviceKind(
                        "Wireless Access Point",
                        "Network Infrastructure",
                        "Access Point",
                        "Aruba",
                        "AP-535",
                        "ArubaOS",
                        List.of("22", "443"),
                        List.of("161"),
                        "ap-",
                        8),
                new DeviceKind(
                        "IP Camera",
                        "IoT",
                        "Camera",
                        "Axis",
                        "P3245-LVE",
                        "Linux",
                        List.of("80", "443", "554"),
                        List.of(),
                        "cam-",
                        8),
                new DeviceKind(
                        "VoIP Phone",
                        "Telephony",
                        "IP Phone",
                        "Poly",
                        "VVX 450",
                        "Embedded",
                        List.of("80", "443", "5060"),
                        List.of("5060"),
                        "voip-",
                        8),
                new DeviceKind(
                        "NAS",
                        "Storage",
                        "Network Storage",
                        "Synology",
                        "DS1821+",
                        "Linux",
                        List.of("22", "80", "443", "445", "5000"),
                        List.of("161"),
                        "nas-",
                        3),
                new DeviceKind(
                        "Windows Workstation",
                        "Workstation",
                        "Unmanaged",
                        "Dell Inc.",
                        "OptiPlex 7010",
                        "Windows",
                        List.of("135", "139", "445", "3389"),
                        List.of("137", "138"),
                        "unmanaged-ws-",
                        7),
                new DeviceKind(
                        "Linux Server",
                        "Server",
                        "Unmanaged",
                        "Raspberry Pi Foundation",
                        "Raspberry Pi 4",
                        "Linux",
                        List.of("22", "80", "8080"),
                        List.of(),
                        "unmanaged-srv-",
                        4),
                new DeviceKind(
                        "IoT Device",
                        "IoT",
                        "Building Automation",
                        "Honeywell",
                        "T6 Pro Z-Wave",
                        null,
                        List.of("80"),
                        List.of("1900"),
                        null,
                        4));
        var index = 0;
        for (var kind : kinds) {
            for (var n = 1; n <= kind.count(); n++) {
                out.add(device(kind, n, index++));
            }
        }
    }

    private ObjectNode device(DeviceKind kind, int n, int index) {
        var site = List.of("HQ - Frankfurt", "Branch - Boston", "Branch - Singapore")
                .get(index % 3);
        var octet = 30 + index % 3;
        var ip = "10." + octet + "." + (index / 50) + "." + (20 + index % 200);
        // Devices nobody named have no name: the console shows their address.
        var name = kind.prefix() == null
                ? null
                : String.format(
                        Locale.ROOT,
                        "%s%s-%02d",
                        kind.prefix(),
                        site.substring(site.indexOf('-') + 2)
                                .toLowerCase(Locale.ROOT)
                                .substring(0, 3),
                        n);
        var random = random("device/" + ip);
        var asset = base(
                "device",
                name == null ? ip : name,
                kind.resourceType(),
                kind.category(),
                kind.subCategory(),
                List.of("NETWORK_DISCOVERY"),
                scope(site, "Network Discovery"));
        if (name == null) {
            asset.putNull("name");
        }
        var unmanaged = kind.subCategory().equals("Unmanaged");
        asset.putNull("assetContactEmail");
        asset.put("assetCriticality", kind.category().equals("Network Infrastructure") ? "High" : "Low");
        asset.put("assetEnvironment", "Corporate");
        asset.put("assetStatus", index % 17 == 16 ? "Inactive" : "Active");
        asset.putNull("infectionStatus");
        var review = unmanaged ? (n % 2 == 0 ? "Rejected" : "Pending Review") : "Approved";
        asset.put("deviceReview", review);
        if (!review.equals("Pending Review")) {
            var log = asset.putArray("deviceReviewLog").addObject();
            log.put("current", review);
            log.put("previous", "Pending Review");
            log.put("reason", unmanaged ? "Unknown device" : "Known device");
            log.put("reasonDetails", unmanaged ? "Not in the CMDB" : "Matched CMDB entry");
            var updated = ANCHOR_MILLIS - (3 + random.nextInt(40)) * DAY;
            log.put("updatedTime", updated);
            log.put("updatedTimeDt", iso(updated));
            log.put("username", tenant.userName(5));
        }
        asset.put("lastActiveDt", iso(ANCHOR_MILLIS - random.nextInt(36) * HOUR));
        asset.put("firstSeenDt", iso(ANCHOR_MILLIS - (30 + random.nextInt(500)) * DAY));
        asset.put("lastUpdateDt", iso(ANCHOR_MILLIS - random.nextInt(12) * HOUR));
        asset.put("ipAddress", ip);
        asset.set("internalIps", strings(List.of(ip)));
        var mac = mac(random);
        asset.set("macAddresses", strings(List.of(mac)));
        asset.put("manufacturer", kind.manufacturer());
        asset.put("modelName", kind.model());
        asset.put("osFamily", kind.osFamily());
        asset.put(
                "os",
                kind.osFamily() == null
                        ? null
                        : kind.osFamily().equals("Windows") ? "Windows 10 Pro" : kind.osFamily());
        asset.set("tcpPorts", strings(kind.tcp()));
        asset.set("udpPorts", strings(kind.udp()));
        asset.set("discoveryMethods", strings(unmanaged ? List.of("ARP", "Passive") : List.of("ARP", "SNMP")));
        asset.put("detectedFromSite", site);
        var network = "corp-lan-"
                + site.substring(site.indexOf('-') + 2).toLowerCase(Locale.ROOT).substring(0, 3);
        asset.put("networkName", network);
        asset.set("networkNames", strings(List.of(network)));
        asset.set("rangerTags", strings(unmanaged ? List.of("unmanaged", "needs-review") : List.of()));
        asset.put("isRogue", unmanaged && n % 2 == 0);
        asset.put("eppUnsupportedUnknown", unmanaged ? "Unknown" : "Unsupported");
        var gateway = "10." + octet + "." + (index / 50) + ".1";
        asset.set("gatewayIps", strings(List.of(gateway)));
        asset.set("gatewayMacs", strings(List.of("00:1a:2b:3c:4d:" + String.format(Locale.ROOT, "%02x", octet))));
        asset.set("subnets", strings(List.of("10." + octet + "." + (index / 50) + ".0/24")));
        var nic = asset.putArray("networkInterfaces").addObject();
        nic.put("gatewayIp", gateway);
        nic.put("gatewayMac", "00:1a:2b:3c:4d:" + String.format(Locale.ROOT, "%02x", octet));
        nic.put("ip", ip);
        nic.put("mac", mac);
        nic.put("networkName", network);
        nic.put("subnet", "10." + octet + "." + (index / 50) + ".0/24");
        nic.put("name", "eth0");
        if (unmanaged && n == 1) {
            asset.put("previousOsType", "linux");
            asset.put("previousOsVersion", "Debian 11");
            asset.put("previousDeviceFunction", "Server");
        }
        asset.set("hostnames", name == null ? strings(List.of()) : strings(List.of(name + ".corp.example")));
        asset.set("riskFactors", strings(unmanaged ? List.of("UNMANAGED_DEVICE") : List.of()));
        return asset;
    }

    // ---- shared helpers ----

    private ObjectNode base(
            String kind,
            String name,
            String resourceType,
            String category,
            String subCategory,
            List<String> surfaces,
            String[] scope) {
        var asset = nodes.objectNode();
        asset.put(
                "id",
                UUID.nameUUIDFromBytes(("asset/" + kind + "/" + name).getBytes(StandardCharsets.UTF_8))
                        .toString());
        asset.putNull("idSecondary");
        asset.put("name", name);
        asset.putArray("tags");
        asset.put("category", category);
        asset.put("resourceType", resourceType);
        asset.put("subCategory", subCategory);
        asset.set("surfaces", strings(surfaces));
        asset.put("s1AccountId", ACCOUNT_ID);
        asset.put("s1AccountName", ACCOUNT_NAME);
        asset.put("s1SiteId", scope[0]);
        asset.put("s1SiteName", scope[1]);
        asset.put("s1GroupId", scope[2]);
        asset.put("s1GroupName", scope[3]);
        asset.put("s1ScopeId", scope[2]);
        asset.put("s1ScopeLevel", "group");
        asset.put("s1ScopePath", ACCOUNT_NAME + " / " + scope[1] + " / " + scope[3]);
        asset.put("s1ScopeType", 3);
        asset.put("s1ManagementId", 1_700_000_000_000_000_000L + Math.floorMod(hash(kind + name), 99_999_999_999_999L));
        asset.put("s1UpdatedAt", iso(ANCHOR_MILLIS - Math.floorMod(hash(name), 30) * HOUR));
        return asset;
    }

    /** {siteId, siteName, groupId, groupName}. */
    private static String[] scope(String site, String group) {
        return new String[] {numericId("site/" + site), site, numericId("group/" + site + "/" + group), group};
    }

    private void tags(ObjectNode asset, String key1, String value1, String key2, Object value2) {
        var tags = (ArrayNode) asset.get("tags");
        tags.addObject().put("key", key1).put("value", value1).put("readOnly", false);
        var second = tags.addObject().put("key", key2);
        if (value2 instanceof Boolean flag) {
            second.put("value", flag);
        } else {
            second.put("value", String.valueOf(value2));
        }
        second.put("readOnly", true);
    }

    private void note(ObjectNode asset, String text, String user, long at) {
        if (!asset.has("notes")) {
            asset.putArray("notes");
        }
        var note = ((ArrayNode) asset.get("notes")).addObject();
        note.put("id", "n-" + Math.floorMod(hash(asset.get("id").textValue() + text), 100_000));
        note.put("note", text);
        note.put("resourceId", asset.get("id").textValue());
        note.put("createdAt", iso(at));
        note.put("updatedAt", iso(at));
        note.put("userId", numericId("user/" + user));
        note.put("userName", user);
    }

    private ArrayNode strings(List<String> values) {
        var array = nodes.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static List<String> numbered(List<String> prefixes, int each) {
        var names = new ArrayList<String>();
        for (var prefix : prefixes) {
            for (var n = 1; n <= each; n++) {
                names.add(String.format(Locale.ROOT, "%s%02d", prefix, n));
            }
        }
        return names;
    }

    private static String departmentName(String prefix) {
        return DEPARTMENTS.getOrDefault(prefix, prefix);
    }

    private static String mac(SplittableRandom random) {
        var bytes = new StringBuilder("00:50:56");
        for (var i = 0; i < 3; i++) {
            bytes.append(String.format(Locale.ROOT, ":%02x", random.nextInt(256)));
        }
        return bytes.toString();
    }

    private static String hex(SplittableRandom random, int length) {
        var text = new StringBuilder();
        while (text.length() < length) {
            text.append(Long.toHexString(random.nextLong() & Long.MAX_VALUE));
        }
        return text.substring(0, length);
    }

    private static SplittableRandom random(String seed) {
        return new SplittableRandom(hash(seed));
    }

    private static boolean contains(JsonNode array, String value) {
        if (array == null || !array.isArray()) {
            return false;
        }
        for (var element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
