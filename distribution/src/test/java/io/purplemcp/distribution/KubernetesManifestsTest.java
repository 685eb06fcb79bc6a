package io.purplemcp.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules {@code deploy/kubernetes} has to keep for the server to run safely as replicas behind
 * the proxy. Schema validity is {@code deploy/kubernetes/validate.sh}'s job; this checks what a schema
 * cannot: that the pieces fit each other and the server (its port, health paths, drain time, heap),
 * and that the hardening and the secret handling stay in place.
 */
class KubernetesManifestsTest {

    // Surefire runs in the module's folder, distribution/.
    private static final Path DIR =
            Path.of("..", "deploy", "kubernetes").toAbsolutePath().normalize();
    private static final String KUSTOMIZATION = "kustomization.yaml";
    private static final String EXAMPLE_SECRET = "secret.example.yaml";

    private static final int SERVER_PORT = 8000;
    private static final String READINESS_PATH = "/health/ready";
    private static final String LIVENESS_PATH = "/health";
    private static final long UNPRIVILEGED_ID = 65532;
    // The server's drain on SIGTERM: 10 s for calls under way, then 2 s for their replies to go out.
    private static final int SERVER_DRAIN_SECONDS = 12;
    // The image's -Xmx: a memory limit at or under it gets a busy pod OOM-killed.
    private static final BigDecimal HEAP_BYTES = BigDecimal.valueOf(256L << 20);
    // Kubernetes' own default, used when the Deployment leaves it out.
    private static final int DEFAULT_TERMINATION_GRACE_SECONDS = 30;

    private static final String TOKEN_VARIABLE = "PURPLEMCP_CONSOLE_TOKEN";
    private static final String TOKEN_SECRET_KEY = "token";
    private static final Map<String, String> PROXY_LABELS = Map.of("app.kubernetes.io/name", "purple-mcp-proxy");
    private static final Map<String, String> KUBE_DNS_NAMESPACE = Map.of("kubernetes.io/metadata.name", "kube-system");
    private static final Map<String, String> KUBE_DNS_PODS = Map.of("k8s-app", "kube-dns");
    private static final Port DNS_UDP = new Port("UDP", 53);
    private static final Port DNS_TCP = new Port("TCP", 53);
    private static final Port HTTPS = new Port("TCP", 443);

    // Names that say "this is a credential": such a variable must come from a Secret.
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE_KEY).*");
    // A literal that looks like a credential whatever its variable is called: long, no spaces,
    // letters and digits mixed, and neither a URL nor a path.
    private static final Pattern CREDENTIAL_LIKE = Pattern.compile("(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9+/=_.\\-]{20,}");
    private static final Pattern QUANTITY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?");

    // Duplicate keys are a parse error: YAML would otherwise keep the last one silently.
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static List<Manifest> manifests;

    record Manifest(String file, JsonNode tree) {
        String kind() {
            return tree.path("kind").asText();
        }

        String name() {
            return tree.path("metadata").path("name").asText();
        }
    }

    record Port(String protocol, int number) {}

    @BeforeAll
    static void load() throws IOException {
        assertThat(DIR).as("the manifests' folder").isDirectory();
        var loaded = new ArrayList<Manifest>();
        for (var file : yamlFiles()) {
            loaded.add(new Manifest(file.getFileName().toString(), parseSingleDocument(file)));
        }
        manifests = List.copyOf(loaded);
    }

    @Test
    void everyFileIsOneResourceWithApiVersionKindAndName() {
        assertThat(manifests).as("manifests in %s", DIR).isNotEmpty();
        for (var manifest : manifests) {
            var tree = manifest.tree();
            assertThat(tree.isObject()).as("%s is a mapping", manifest.file()).isTrue();
            assertThat(text(tree, "apiVersion"))
                    .as("%s: apiVersion", manifest.file())
                    .isNotBlank();
            assertThat(text(tree, "kind")).as("%s: kind", manifest.file()).isNotBlank();
            assertThat(text(tree.path("metadata"), "name"))
                    .as("%s: metadata.name", manifest.file())
                    .isNotBlank();
        }
    }

    @Test
    void kustomizationListsEveryManifestButTheExampleSecret() {
        var listed = new ArrayList<String>();
        kustomization().path("resources").forEach(resource -> listed.add(resource.asText()));
        var expected = new TreeSet<String>();
        manifests.forEach(manifest -> expected.add(manifest.file()));
        expected.removeAll(Set.of(KUSTOMIZATION, EXAMPLE_SECRET));

        assertThat(listed).as("kustomization resources").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).as("kustomization resources").isEqualTo(expected);
    }

    @Test
    void everyResourceLivesInTheKustomizationsNamespace() {
        var namespace = text(kustomization(), "namespace");
        assertThat(namespace).as("kustomization namespace").isNotBlank();
        assertThat(single("Namespace").name()).as("the Namespace resource").isEqualTo(namespace);
        for (var manifest : manifests) {
            if (!Set.of("Namespace", "Kustomization").contains(manifest.kind())) {
                // Stated in every file too, so that one applied with -f lands in the same place.
                assertThat(text(manifest.tree().path("metadata"), "namespace"))
                        .as("%s: metadata.namespace", manifest.file())
                        .isEqualTo(namespace);
            }
        }
    }

    @Test
    void deploymentRunsReplicasAndKeepsCapacityDuringRollouts() {
        var spec = deployment().path("spec");
        assertThat(spec.path("replicas").asInt(1)).as("replicas").isGreaterThanOrEqualTo(2);
        var strategy = spec.path("strategy");
        assertThat(text(strategy, "type")).as("strategy.type").isEqualTo("RollingUpdate");
        var rollingUpdate = strategy.path("rollingUpdate");
        assertThat(rollingUpdate.path("maxUnavailable").isInt())
                .as("maxUnavailable is a pod count")
                .isTrue();
        assertThat(rollingUpdate.path("maxUnavailable").asInt())
                .as("maxUnavailable")
                .isZero();
        // With none unavailable, only surge pods can make progress.
        assertThat(rollingUpdate.path("maxSurge").asInt()).as("maxSurge").isPositive();
    }

    @Test
    void deploymentSelectsItsOwnPods() {
        var selector = deployment().path("spec").path("selector");
        assertThat(selector.path("matchLabels").size())
                .as("selector.matchLabels")
                .isPositive();
        assertThat(selects(selector, podLabels()))
                .as("selector matches the pod template")
                .isTrue();
    }

    @Test
    void serverListensOnItsPortAndIsProbedOnTheHealthEndpoints() {
        var server = serverContainer();
        var startup = server.path("startupProbe");
        assertThat(probePath(server.path("readinessProbe")))
                .as("readiness path")
                .isEqualTo(READINESS_PATH);
        assertThat(probePath(server.path("livenessProbe"))).as("liveness path").isEqualTo(LIVENESS_PATH);
        assertThat(probePort(server, server.path("readinessProbe")))
                .as("readiness port")
                .isEqualTo(SERVER_PORT);
        assertThat(probePort(server, server.path("livenessProbe")))
                .as("liveness port")
                .isEqualTo(SERVER_PORT);
        if (!startup.isMissingNode()) {
            // Readiness would hold a pod back while it drains; start-up only needs the process up.
            assertThat(probePath(startup)).as("startup path").isEqualTo(LIVENESS_PATH);
            assertThat(probePort(server, startup)).as("startup port").isEqualTo(SERVER_PORT);
        }
    }

    @Test
    void everyContainerIsLockedDown() {
        var pod = podSpec();
        // Absent means true: the token would be mounted.
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true))
                .as("automountServiceAccountToken")
                .isFalse();
        for (var host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            assertThat(pod.path(host).asBoolean(false)).as(host).isFalse();
        }
        var podContext = pod.path("securityContext");
        for (var container : allContainers()) {
            var name = text(container, "name");
            var context = container.path("securityContext");
            // Container settings override the pod's, so the effective value is what counts.
            assertThat(effective(context, podContext, "runAsNonRoot").asBoolean(false))
                    .as("%s: runAsNonRoot", name)
                    .isTrue();
            assertThat(effective(context, podContext, "runAsUser").asLong(0))
                    .as("%s: runAsUser", name)
                    .isEqualTo(UNPRIVILEGED_ID);
            assertThat(effective(context, podContext, "runAsGroup").asLong(0))
                    .as("%s: runAsGroup", name)
                    .isEqualTo(UNPRIVILEGED_ID);
            assertThat(text(effective(context, podContext, "seccompProfile"), "type"))
                    .as("%s: seccompProfile.type", name)
                    .isEqualTo("RuntimeDefault");
            assertThat(context.path("readOnlyRootFilesystem").asBoolean(false))
                    .as("%s: readOnlyRootFilesystem", name)
                    .isTrue();
            // Absent means true, so it has to be said.
            assertThat(context.path("allowPrivilegeEscalation").asBoolean(true))
                    .as("%s: allowPrivilegeEscalation", name)
                    .isFalse();
            assertThat(context.path("privileged").asBoolean(false))
                    .as("%s: privileged", name)
                    .isFalse();
            assertThat(texts(context.path("capabilities").path("drop")))
                    .as("%s: capabilities.drop", name)
                    .contains("ALL");
            assertThat(texts(context.path("capabilities").path("add")))
                    .as("%s: capabilities.add", name)
                    .isEmpty();
        }
    }

    @Test
    void tmpIsAWritableEmptyDir() {
        var emptyDirs = new HashSet<String>();
        podSpec().path("volumes").forEach(volume -> {
            if (volume.has("emptyDir")) {
                emptyDirs.add(text(volume, "name"));
            }
        });
        for (var container : allContainers()) {
            var tmpVolume = new ArrayList<String>();
            container.path("volumeMounts").forEach(mount -> {
                if (text(mount, "mountPath").equals("/tmp")
                        && !mount.path("readOnly").asBoolean(false)) {
                    tmpVolume.add(text(mount, "name"));
                }
            });
            assertThat(tmpVolume)
                    .as("%s: a writable emptyDir at /tmp", text(container, "name"))
                    .singleElement()
                    .isIn(emptyDirs);
        }
    }

    @Test
    void resourcesFitTheMeasuredFootprint() {
        for (var container : allContainers()) {
            var name = text(container, "name");
            var requests = container.path("resources").path("requests");
            var limits = container.path("resources").path("limits");
            assertThat(text(requests, "cpu")).as("%s: requests.cpu", name).isNotBlank();
            assertThat(text(requests, "memory")).as("%s: requests.memory", name).isNotBlank();
            assertThat(text(limits, "memory")).as("%s: limits.memory", name).isNotBlank();
            var memoryRequest = quantity(text(requests, "memory"));
            var memoryLimit = quantity(text(limits, "memory"));
            assertThat(memoryLimit).as("%s: memory limit >= request", name).isGreaterThanOrEqualTo(memoryRequest);
            if (container.equals(serverContainer())) {
                assertThat(memoryLimit)
                        .as("%s: memory limit above the 256 MiB heap", name)
                        .isGreaterThan(HEAP_BYTES);
            }
            if (limits.has("cpu")) {
                assertThat(quantity(text(limits, "cpu")))
                        .as("%s: cpu limit >= request", name)
                        .isGreaterThanOrEqualTo(quantity(text(requests, "cpu")));
            }
        }
    }

    @Test
    void theConsoleTokenComesOnlyFromTheSecret() {
        var example = exampleSecret();
        for (var container : allContainers()) {
            var name = text(container, "name");
            // The test can vouch only for variables it can see.
            assertThat(container.has("envFrom")).as("%s: no envFrom", name).isFalse();
            for (var variable : iterable(container.path("env"))) {
                var variableName = text(variable, "name");
                var literal = variable.path("value").asText("");
                assertThat(CREDENTIAL_LIKE.matcher(literal).matches() && !literal.contains("://"))
                        .as("%s: %s=%s looks like a credential", name, variableName, literal)
                        .isFalse();
                if (SECRET_NAME.matcher(variableName).matches()) {
                    assertThat(variable.has("value"))
                            .as("%s: %s has a literal value", name, variableName)
                            .isFalse();
                    assertThat(variable.path("valueFrom").has("secretKeyRef"))
                            .as("%s: %s comes from a Secret", name, variableName)
                            .isTrue();
                }
            }
            for (var argument : texts(container.path("args"))) {
                assertThat(argument.toLowerCase(Locale.ROOT))
                        .as("%s: arguments carry no token", name)
                        .doesNotContain("token");
            }
        }
        var reference = env(serverContainer(), TOKEN_VARIABLE).path("valueFrom").path("secretKeyRef");
        assertThat(text(reference, "name")).as("token Secret name").isEqualTo(example.name());
        assertThat(text(reference, "key")).as("token Secret key").isEqualTo(TOKEN_SECRET_KEY);
        // Kubernetes fails the pod when the Secret is missing; optional would start it without a token.
        assertThat(reference.path("optional").asBoolean(false))
                .as("token optional")
                .isFalse();
    }

    @Test
    void onlyTheExampleSecretIsCommitted() {
        for (var manifest : manifests) {
            if (manifest.kind().equals("Secret")) {
                assertThat(manifest.file()).as("a committed Secret").isEqualTo(EXAMPLE_SECRET);
            }
        }
        var data = exampleSecret().tree().path("stringData");
        assertThat(exampleSecret().tree().has("data"))
                .as("example Secret: no base64 data")
                .isFalse();
        assertThat(text(data, TOKEN_SECRET_KEY))
                .as("example Secret's token is a placeholder")
                .containsIgnoringCase("REPLACE");
    }

    @Test
    void serverRunsStatelessBehindTheProxy() {
        var server = serverContainer();
        var stateless = env(server, "PURPLEMCP_STATELESS_HTTP").path("value");
        assertThat(stateless.isTextual() && stateless.asText().equals("true"))
                .as("PURPLEMCP_STATELESS_HTTP is \"true\": replicas share no sessions")
                .isTrue();
        assertThat(text(env(server, "PURPLEMCP_ALLOWED_HOSTS"), "value"))
                .as("PURPLEMCP_ALLOWED_HOSTS: the proxy's public name")
                .isNotBlank();
        assertThat(text(env(server, "PURPLEMCP_CONSOLE_BASE_URL"), "value"))
                .as("PURPLEMCP_CONSOLE_BASE_URL")
                .startsWith("https://");
    }

    @Test
    void terminationGraceCoversThePreStopPauseAndTheDrain() {
        var grace = podSpec().path("terminationGracePeriodSeconds").asInt(DEFAULT_TERMINATION_GRACE_SECONDS);
        var preStop = serverContainer().path("lifecycle").path("preStop");
        // The image has no shell and no sleep binary: an exec hook would fail and be skipped.
        assertThat(preStop.has("exec")).as("preStop exec").isFalse();
        var pause = preStop.path("sleep").path("seconds").asInt(0);
        assertThat(grace)
                .as("terminationGracePeriodSeconds > preStop %d s + drain %d s", pause, SERVER_DRAIN_SECONDS)
                .isGreaterThan(pause + SERVER_DRAIN_SECONDS);
    }

    @Test
    void podsSpreadOverNodes() {
        var spreads = new ArrayList<JsonNode>();
        podSpec().path("topologySpreadConstraints").forEach(spread -> {
            if (text(spread, "topologyKey").equals("kubernetes.io/hostname")) {
                spreads.add(spread);
            }
        });
        assertThat(spreads).as("a spread over kubernetes.io/hostname").isNotEmpty();
        for (var spread : spreads) {
            // A selector that matches no pod makes the constraint a silent no-op.
            assertThat(selects(spread.path("labelSelector"), podLabels()))
                    .as("spread selector matches the pods")
                    .isTrue();
        }
    }

    @Test
    void serviceRoutesToTheServerPort() {
        var spec = single("Service").tree().path("spec");
        assertThat(spec.path("type").asText("ClusterIP")).as("Service type").isEqualTo("ClusterIP");
        assertThat(spec.path("selector").size()).as("Service selector").isPositive();
        assertThat(labelsMatch(spec.path("selector"), podLabels()))
                .as("Service selects the pods")
                .isTrue();
        var ports = iterable(spec.path("ports"));
        var http =
                ports.stream().filter(port -> text(port, "name").equals("http")).toList();
        assertThat(http).as("a Service port named http").hasSize(1);
        var port = http.get(0);
        var target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
        assertThat(containerPort(serverContainer(), target)).as("targetPort").isEqualTo(SERVER_PORT);
        assertThat(port.path("protocol").asText("TCP")).as("protocol").isEqualTo("TCP");
    }

    @Test
    void networkPolicyAdmitsOnlyTheProxy() {
        var spec = networkPolicy();
        assertThat(selects(spec.path("podSelector"), podLabels()))
                .as("NetworkPolicy selects the pods")
                .isTrue();
        assertThat(texts(spec.path("policyTypes"))).as("policyTypes").containsExactlyInAnyOrder("Ingress", "Egress");
        var rules = iterable(spec.path("ingress"));
        assertThat(rules).as("ingress rules").isNotEmpty();
        for (var rule : rules) {
            // A rule without "from" admits every source.
            var peers = iterable(rule.path("from"));
            assertThat(peers).as("ingress from").isNotEmpty();
            for (var peer : peers) {
                assertThat(peer.has("ipBlock")).as("ingress from an ipBlock").isFalse();
                assertThat(peer.path("namespaceSelector").path("matchLabels").size())
                        .as("ingress peer names its namespace by label")
                        .isPositive();
                assertThat(requires(peer.path("podSelector"), PROXY_LABELS))
                        .as("ingress peer selects only the proxy %s: %s", PROXY_LABELS, peer)
                        .isTrue();
            }
            var ports = iterable(rule.path("ports"));
            assertThat(ports).as("ingress ports").isNotEmpty();
            for (var port : ports) {
                assertThat(port.path("protocol").asText("TCP"))
                        .as("ingress protocol")
                        .isEqualTo("TCP");
                assertThat(containerPort(serverContainer(), port.path("port")))
                        .as("ingress port")
                        .isEqualTo(SERVER_PORT);
            }
        }
    }

    @Test
    void networkPolicyLetsOutOnlyDnsAndHttps() {
        var allowed = new HashSet<Port>();
        for (var rule : iterable(networkPolicy().path("egress"))) {
            // Without "to" a rule reaches every address, and without "ports" every port.
            var peers = iterable(rule.path("to"));
            var ports = iterable(rule.path("ports"));
            assertThat(peers).as("egress to").isNotEmpty();
            assertThat(ports).as("egress ports").isNotEmpty();
            var rulePorts = new HashSet<Port>();
            for (var port : ports) {
                assertThat(port.has("endPort")).as("egress port range").isFalse();
                assertThat(port.path("port").isInt())
                        .as("egress port is a number")
                        .isTrue();
                rulePorts.add(new Port(
                        port.path("protocol").asText("TCP"), port.path("port").asInt()));
            }
            assertThat(rulePorts).as("egress ports").isSubsetOf(DNS_UDP, DNS_TCP, HTTPS);
            if (rulePorts.contains(DNS_UDP) || rulePorts.contains(DNS_TCP)) {
                // DNS goes to the cluster's resolver only, not to any server on port 53.
                for (var peer : peers) {
                    assertThat(requires(peer.path("namespaceSelector"), KUBE_DNS_NAMESPACE)
                                    && requires(peer.path("podSelector"), KUBE_DNS_PODS))
                            .as("DNS peer is kube-dns in kube-system: %s", peer)
                            .isTrue();
                }
            }
            allowed.addAll(rulePorts);
        }
        assertThat(allowed).as("egress").containsExactlyInAnyOrder(DNS_UDP, DNS_TCP, HTTPS);
    }

    @Test
    void disruptionBudgetCoversThePodsAndLetsDrainsProceed() {
        var spec = single("PodDisruptionBudget").tree().path("spec");
        assertThat(spec.path("selector").path("matchLabels").size())
                .as("PDB selector")
                .isPositive();
        assertThat(selects(spec.path("selector"), podLabels()))
                .as("PDB selects the pods")
                .isTrue();
        assertThat(spec.has("minAvailable") != spec.has("maxUnavailable"))
                .as("exactly one of minAvailable and maxUnavailable")
                .isTrue();
        if (spec.has("maxUnavailable")) {
            assertThat(spec.path("maxUnavailable").isInt())
                    .as("maxUnavailable is a count")
                    .isTrue();
            assertThat(spec.path("maxUnavailable").asInt()).as("maxUnavailable").isPositive();
        } else {
            // As many as the fewest replicas would block every node drain.
            assertThat(spec.path("minAvailable").isInt())
                    .as("minAvailable is a count")
                    .isTrue();
            assertThat(spec.path("minAvailable").asInt())
                    .as("minAvailable")
                    .isPositive()
                    .isLessThan(autoscaler().path("minReplicas").asInt());
        }
    }

    @Test
    void autoscalerScalesTheDeploymentOnCpu() {
        var hpa = single("HorizontalPodAutoscaler").tree();
        assertThat(text(hpa, "apiVersion")).as("HPA apiVersion").isEqualTo("autoscaling/v2");
        var spec = autoscaler();
        var target = spec.path("scaleTargetRef");
        assertThat(text(target, "apiVersion")).as("scaleTargetRef.apiVersion").isEqualTo("apps/v1");
        assertThat(text(target, "kind")).as("scaleTargetRef.kind").isEqualTo("Deployment");
        assertThat(text(target, "name"))
                .as("scaleTargetRef.name")
                .isEqualTo(single("Deployment").name());
        // Absent means 1.
        var min = spec.path("minReplicas").asInt(1);
        var max = spec.path("maxReplicas").asInt();
        assertThat(min).as("minReplicas").isGreaterThanOrEqualTo(2);
        assertThat(max).as("maxReplicas").isGreaterThan(min);
        assertThat(deployment().path("spec").path("replicas").asInt(1))
                .as("Deployment replicas within the HPA's range")
                .isBetween(min, max);
        var cpu = iterable(spec.path("metrics")).stream()
                .filter(metric -> text(metric, "type").equals("Resource"))
                .map(metric -> metric.path("resource"))
                .filter(resource -> text(resource, "name").equals("cpu"))
                .toList();
        assertThat(cpu).as("a cpu metric").hasSize(1);
        var goal = cpu.get(0).path("target");
        assertThat(text(goal, "type")).as("cpu target type").isEqualTo("Utilization");
        assertThat(goal.path("averageUtilization").asInt())
                .as("averageUtilization")
                .isBetween(1, 100);
        // Utilisation is relative to the request: without one the HPA cannot compute it.
        for (var container : allContainers()) {
            assertThat(text(container.path("resources").path("requests"), "cpu"))
                    .as("%s: cpu request for the HPA", text(container, "name"))
                    .isNotBlank();
        }
    }

    // ---- the manifests

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static JsonNode parseSingleDocument(Path file) {
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            var all = documents.readAll();
            assertThat(all).as("%s holds one resource", file.getFileName()).hasSize(1);
            return all.get(0);
        } catch (IOException e) {
            return fail("%s does not parse: %s", file.getFileName(), e.getMessage());
        }
    }

    private static Manifest single(String kind) {
        var found = manifests.stream()
                .filter(manifest -> manifest.kind().equals(kind))
                .toList();
        assertThat(found).as("one %s", kind).hasSize(1);
        return found.get(0);
    }

    private static JsonNode kustomization() {
        return single("Kustomization").tree();
    }

    private static Manifest exampleSecret() {
        var secret = single("Secret");
        assertThat(secret.file()).as("the Secret's file").isEqualTo(EXAMPLE_SECRET);
        return secret;
    }

    private static JsonNode deployment() {
        return single("Deployment").tree();
    }

    private static JsonNode networkPolicy() {
        return single("NetworkPolicy").tree().path("spec");
    }

    private static JsonNode autoscaler() {
        return single("HorizontalPodAutoscaler").tree().path("spec");
    }

    private static JsonNode podSpec() {
        return deployment().path("spec").path("template").path("spec");
    }

    private static Map<String, String> podLabels() {
        return stringMap(
                deployment().path("spec").path("template").path("metadata").path("labels"));
    }

    private static List<JsonNode> allContainers() {
        var containers = new ArrayList<JsonNode>();
        podSpec().path("initContainers").forEach(containers::add);
        podSpec().path("containers").forEach(containers::add);
        assertThat(containers).as("containers").isNotEmpty();
        return containers;
    }

    // The server is the container that listens on its port; sidecars may come and go.
    private static JsonNode serverContainer() {
        var servers = iterable(podSpec().path("containers")).stream()
                .filter(container -> iterable(container.path("ports")).stream()
                        .anyMatch(port -> port.path("containerPort").asInt() == SERVER_PORT))
                .toList();
        assertThat(servers).as("one container with port %d", SERVER_PORT).hasSize(1);
        return servers.get(0);
    }

    private static JsonNode env(JsonNode container, String name) {
        var found = iterable(container.path("env")).stream()
                .filter(variable -> text(variable, "name").equals(name))
                .toList();
        assertThat(found).as("%s: one %s", text(container, "name"), name).hasSize(1);
        return found.get(0);
    }

    private static String probePath(JsonNode probe) {
        assertThat(probe.path("httpGet").isObject())
                .as("an HTTP probe: %s", probe)
                .isTrue();
        return text(probe.path("httpGet"), "path");
    }

    private static int probePort(JsonNode container, JsonNode probe) {
        return containerPort(container, probe.path("httpGet").path("port"));
    }

    // A port given by number, or by the name of one of the container's ports.
    private static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        return iterable(container.path("ports")).stream()
                .filter(candidate -> text(candidate, "name").equals(port.asText()))
                .mapToInt(candidate -> candidate.path("containerPort").asInt())
                .findFirst()
                .orElse(-1);
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.path(field) : pod.path(field);
    }

    // ---- label selectors

    private static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (!selector.isObject()) {
            return false;
        }
        if (!labelsMatch(selector.path("matchLabels"), labels)) {
            return false;
        }
        for (var expression : iterable(selector.path("matchExpressions"))) {
            var value = labels.get(text(expression, "key"));
            var values = texts(expression.path("values"));
            var holds = switch (text(expression, "operator")) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    // True when every required label is among the labels.
    private static boolean labelsMatch(JsonNode required, Map<String, String> labels) {
        return labels.entrySet().containsAll(stringMap(required).entrySet());
    }

    // True when the selector picks only objects carrying all these labels (and so, for a
    // distinctive label, only those objects).
    private static boolean requires(JsonNode selector, Map<String, String> labels) {
        return stringMap(selector.path("matchLabels")).entrySet().containsAll(labels.entrySet());
    }

    // ---- small helpers

    // Bytes for memory, cores for CPU: "384Mi", "250m", "1".
    private static BigDecimal quantity(String text) {
        var matcher = QUANTITY.matcher(text);
        assertThat(matcher.matches()).as("a quantity: %s", text).isTrue();
        var number = new BigDecimal(matcher.group(1));
        var suffix = matcher.group(2) == null ? "" : matcher.group(2);
        var scale = switch (suffix) {
            case "" -> BigDecimal.ONE;
            case "m" -> new BigDecimal("0.001");
            case "k" -> BigDecimal.TEN.pow(3);
            case "M" -> BigDecimal.TEN.pow(6);
            case "G" -> BigDecimal.TEN.pow(9);
            case "T" -> BigDecimal.TEN.pow(12);
            case "P" -> BigDecimal.TEN.pow(15);
            case "E" -> BigDecimal.TEN.pow(18);
            default ->
                BigDecimal.valueOf(1024)
                        .pow(1 + List.of("Ki", "Mi", "Gi", "Ti", "Pi", "Ei").indexOf(suffix));
        };
        return number.multiply(scale);
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isValueNode() ? value.asText() : "";
    }

    private static List<String> texts(JsonNode array) {
        return iterable(array).stream().map(JsonNode::asText).toList();
    }

    private static List<JsonNode> iterable(JsonNode array) {
        var items = new ArrayList<JsonNode>();
        if (array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        var map = new HashMap<String, String>();
        object.properties()
                .forEach(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }
}
