package io.purplemcp.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jdeps check against the server's real jar, which the reactor built before this module. */
class RuntimeImageTest {

    private static final Path JAR = Path.of("..", "bootstrap", "target", "purple-mcp.jar");
    private static final RuntimeImage BUILD_JDK = new RuntimeImage(Path.of(System.getProperty("java.home")));

    @Test
    void aRuntimeWithoutAModuleTheJarUsesFailsTheBuildNamingIt() {
        var tooSmall = new RuntimeImage.Identity("test", "17", List.of("java.base", "jdk.httpserver"));

        assertThatThrownBy(() -> BUILD_JDK.requireModulesUsedBy(JAR, tooSmall))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("java.net.http")
                .hasMessageContaining("runtime.modules in distribution/pom.xml");
    }

    @Test
    void readsTheVendorVersionAndModulesOfAJdk() throws IOException {
        var identity = RuntimeImage.identity(Path.of(System.getProperty("java.home")));

        assertThat(identity.version())
                .startsWith(Integer.toString(Runtime.version().feature()));
        assertThat(identity.modules()).contains("java.base", "java.net.http");
        assertThat(identity.modules()).isSorted();
    }
}
