package io.purplemcp.distribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The release's SBOM: the build's CycloneDX document of the jar's dependencies, plus the bundled Java
 * runtime, which Maven does not know about but every user of the archive runs.
 */
final class ReleaseSbom {

    static final String RUNTIME_REF = "java-runtime";
    /** OpenJDK's licence, as every vendor's build of it carries it. */
    static final String OPENJDK_LICENSE = "GPL-2.0-only WITH Classpath-exception-2.0";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path buildSbom, RuntimeImage.Identity runtime, Path target) throws IOException {
        var bom = (ObjectNode) json.readTree(buildSbom.toFile());
        var components = bom.withArray("/components");
        components.add(runtimeComponent(runtime));
        var application = bom.at("/metadata/component/bom-ref").asText("");
        for (var dependency : bom.withArray("/dependencies")) {
            if (application.equals(dependency.path("ref").asText())) {
                ((ObjectNode) dependency).withArray("/dependsOn").add(RUNTIME_REF);
            }
        }
        bom.withArray("/dependencies").addObject().put("ref", RUNTIME_REF).putArray("dependsOn");
        json.writeValue(target.toFile(), bom);
    }

    private ObjectNode runtimeComponent(RuntimeImage.Identity runtime) {
        var component = json.createObjectNode();
        component.put("type", "platform");
        component.put("bom-ref", RUNTIME_REF);
        component.putObject("supplier").put("name", runtime.implementor());
        component.put("name", "Java runtime (jlink)");
        component.put("version", runtime.version());
        component.put(
                "description",
                "The Java runtime bundled in runtime/, linked with jlink from " + runtime.implementor() + " "
                        + runtime.version());
        component.putArray("licenses").addObject().put("expression", OPENJDK_LICENSE);
        ArrayNode properties = component.putArray("properties");
        properties
                .addObject()
                .put("name", "purplemcp:runtime:modules")
                .put("value", String.join(",", runtime.modules()));
        return component;
    }
}
