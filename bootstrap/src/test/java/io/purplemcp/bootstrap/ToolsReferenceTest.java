package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/TOOLS.md is generated from the live tools/list; this fails when the two drift apart. */
class ToolsReferenceTest {

    // Maven runs each module's tests in the module's folder.
    private static final Path REFERENCE = Path.of("..", "docs", "TOOLS.md");

    @Test
    void theCommittedReferenceIsWhatTheServerLists() throws Exception {
        var generated = ToolsReference.render(ToolSchemaContractTest.listedTools(), "2025-11-25");
        if (Boolean.getBoolean("purplemcp.writeToolsReference")) {
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
                .as("docs/TOOLS.md is stale: regenerate it (see the command at its top)")
                .isEqualTo(generated);
    }
}
