package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What start-up does and does not do. Answering {@code initialize} and {@code tools/list} must not pay for
 * the console's TLS context and HTTP client, nor load the sandbox console, java.util.logging or a secure random source; what the configuration can get
 * wrong about TLS must still stop the start, before anything is served.
 */
class StartupIT {

    private static final Map<String, String> CONFIGURED = Map.of(
            "PURPLEMCP_CONSOLE_TOKEN", "it-token",
            "PURPLEMCP_CONSOLE_BASE_URL", "https://console.example.test");

    @TempDir
    Path directory;

    @Test
    void theHandshakeAndTheToolListLoadNoTlsStackSandboxJulOrSecureRandom() throws Exception {
        var classes = directory.resolve("classes.txt");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-Xlog:class+load=info:stderr", "-jar", JarProcess.JAR.toString())
                .redirectError(classes.toFile());
        builder.environment().clear();
        builder.environment().putAll(CONFIGURED);
        var process = builder.start();
        List<String> loaded;
        try (var in = process.getOutputStream();
                var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            in.write(
                    (StdioJarIT.initialize("2025-06-18") + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n")
                            .getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertThat(out.readLine()).contains("\"id\":1");
            assertThat(out.readLine()).contains("\"id\":2").contains("iso_to_unix_timestamp");
            // Read before the input ends: from JDK 21 on, the exit itself is logged through java.util.logging.
            loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(loaded)
                .as("classes loaded by a server that never called the console")
                .isNotEmpty()
                .noneMatch(line -> line.contains(" javax.net.ssl.SSLContext "))
                .noneMatch(line -> line.contains(" sun.security.ssl."))
                .noneMatch(line -> line.contains(" jdk.internal.net.http.HttpClientImpl "))
                .noneMatch(line -> line.contains(" io.purplemcp.sandbox."))
                .noneMatch(line -> line.contains(" java.util.logging.LogManager "))
                .noneMatch(line -> line.contains(" java.security.SecureRandom "));
    }

    @Test
    void aCaBundleWithABrokenCertificateStopsTheStart() throws Exception {
        var bundle = Files.writeString(
                directory.resolve("broken.pem"),
                "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);

        var process = JarProcess.run(with("PURPLEMCP_CA_BUNDLE", bundle.toString()), List.of(), "");

        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.stdout()).isEmpty();
        assertThat(process.stderr()).contains("✗ Failed to start server: the TLS context cannot be built");
    }

    @Test
    void anUnreadableCaBundleIsAConfigurationError() throws Exception {
        var process = JarProcess.run(
                with("PURPLEMCP_CA_BUNDLE", directory.resolve("absent.pem").toString()), List.of(), "");

        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.stdout()).isEmpty();
        assertThat(process.stderr()).contains("✗ Configuration error: PURPLEMCP_CA_BUNDLE: cannot read");
    }

    @Test
    void skippingTlsVerificationInProductionIsRefused() throws Exception {
        var process = JarProcess.run(CONFIGURED, List.of("--skip-tls-verify"), "");

        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.stdout()).isEmpty();
        assertThat(process.stderr()).contains("TLS verification bypass is FORBIDDEN in production");
    }

    private static Map<String, String> with(String name, String value) {
        var environment = new java.util.HashMap<>(CONFIGURED);
        environment.put(name, value);
        return environment;
    }
}
