package io.purplemcp.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseSpecTest {

    private static final String[] ARGS = {
        "--version=1.2.3",
        "--platform=linux-x64",
        "--jdk=/jdk",
        "--modules=java.base, jdk.httpserver,,java.net.http",
        "--jar=/b/purple-mcp.jar",
        "--sbom=/b/sbom.json",
        "--dist=/d",
        "--legal=/l",
        "--timestamp=2026-11-25T00:00:00Z",
        "--work=/w",
        "--out=/o"
    };

    @Test
    void readsTheBuildsArguments() {
        var spec = ReleaseSpec.parse(ARGS);

        assertThat(spec.modules()).containsExactly("java.base", "jdk.httpserver", "java.net.http");
        assertThat(spec.timestamp()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(spec.jdk()).isEqualTo(Path.of("/jdk"));
        assertThat(spec.name()).isEqualTo("purple-mcp-1.2.3");
        assertThat(spec.archiveName()).isEqualTo("purple-mcp-1.2.3-linux-x64.tar.gz");
    }

    @Test
    void namesAMissingArgument() {
        var withoutJar =
                List.of(ARGS).stream().filter(arg -> !arg.startsWith("--jar=")).toArray(String[]::new);

        assertThatThrownBy(() -> ReleaseSpec.parse(withoutJar)).hasMessage("missing --jar=...");
    }

    @Test
    void refusesAnArgumentWithoutAValue() {
        assertThatThrownBy(() -> ReleaseSpec.parse("--version")).hasMessageContaining("expected --name=value");
    }
}
