package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.bootstrap.config.AppVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundle manifest and the registry entry are generated from the live tools/list, like docs/TOOLS.md;
 * this fails when the committed files and the code drift apart. Regenerate both with
 * {@code ./mvnw -B -pl bootstrap -am test -Dtest=ReleaseMetadataTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpurplemcp.writeReleaseMetadata=true}.
 */
class ReleaseMetadataTest {

    // Maven runs each module's tests in the module's folder.
    private static final Path MANIFEST = Path.of("..", "distribution", "mcpb", "manifest.json");
    private static final Path SERVER_JSON = Path.of("..", "distribution", "registry", "server.json");

    @Test
    void theCommittedBundleManifestIsWhatTheServerLists() throws Exception {
        check(MANIFEST, ReleaseMetadata.manifest(ToolSchemaContractTest.listedTools(), AppVersion.current()));
    }

    @Test
    void theCommittedRegistryEntryIsWhatTheServerLists() throws Exception {
        check(SERVER_JSON, ReleaseMetadata.serverJson(ToolSchemaContractTest.listedTools(), AppVersion.current()));
    }

    @Test
    void theVersionIsTheBuildsOwn() {
        assertThat(AppVersion.current()).isNotEqualTo(AppVersion.UNKNOWN);
    }

    private static void check(Path file, String generated) throws Exception {
        if (Boolean.getBoolean("purplemcp.writeReleaseMetadata")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(file + " is stale: regenerate it (see ReleaseMetadataTest)")
                .isEqualTo(generated);
    }
}
