package io.purplemcp.bootstrap.config;

import static io.purplemcp.bootstrap.config.SettingsLoaderTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.mcp.http.auth.AuthMethod;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings.RateLimit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpAuthSettingsTest {

    private final SettingsLoader loader = new SettingsLoader("0.6.0");

    @TempDir
    Path dir;

    private HttpAuthOptions valid(Map<String, String> env) {
        var result = loader.load(env, ConfigOverrides.none());
        assertThat(result).isInstanceOf(SettingsLoadResult.Valid.class);
        return ((SettingsLoadResult.Valid) result).settings().httpAuth();
    }

    private List<String> errors(Map<String, String> env) {
        var result = loader.load(env, ConfigOverrides.none());
        assertThat(result).isInstanceOf(SettingsLoadResult.Invalid.class);
        return ((SettingsLoadResult.Invalid) result).errors();
    }

    @Test
    void noneByDefaultWithTheAuditLogOnStderrAndNoLimits() {
        var options = valid(minimal());
        assertThat(options.method()).isInstanceOf(AuthMethod.None.class);
        assertThat(options.audit()).isInstanceOf(HttpAuthOptions.Audit.Stderr.class);
        assertThat(options.toolCalls()).isEqualTo(RateLimit.OFF);
        assertThat(options.unauthenticated()).isEqualTo(RateLimit.OFF);
    }

    @Test
    void bearerReadsTheTokensFile() throws IOException {
        var file = dir.resolve("tokens");
        Files.writeString(file, "# callers\nci " + sha256("s3cret") + "\n");
        var options = valid(minimal(
                EnvNames.HTTP_AUTH,
                "Bearer",
                EnvNames.HTTP_BEARER_TOKENS_FILE,
                file.toString(),
                EnvNames.AUDIT_LOG,
                "off",
                EnvNames.RATE_LIMIT_PER_MINUTE,
                "30"));
        assertThat(((AuthMethod.Bearer) options.method()).tokens()).hasSize(1);
        assertThat(options.audit()).isInstanceOf(HttpAuthOptions.Audit.Off.class);
        assertThat(options.toolCalls()).isEqualTo(new RateLimit(30, 7));
        assertThat(options.unauthenticated().enabled()).isTrue();
    }

    @Test
    void bearerProblemsAreConfigurationErrorsThatNeverQuoteTheFile() throws IOException {
        assertThat(errors(minimal(EnvNames.HTTP_AUTH, "bearer")))
                .anySatisfy(error -> assertThat(error).startsWith(EnvNames.HTTP_BEARER_TOKENS_FILE + " is required"));
        assertThat(errors(minimal(EnvNames.HTTP_AUTH, "bearer", EnvNames.HTTP_BEARER_TOKENS_FILE, "/nonexistent/x")))
                .anySatisfy(error -> assertThat(error).contains("cannot read"));
        var file = dir.resolve("tokens");
        Files.writeString(file, "ci the-raw-token-pasted-by-mistake\n");
        assertThat(errors(minimal(EnvNames.HTTP_AUTH, "bearer", EnvNames.HTTP_BEARER_TOKENS_FILE, file.toString())))
                .anySatisfy(error -> assertThat(error).contains("line 1").contains("never the token itself"))
                .allSatisfy(error -> assertThat(error).doesNotContain("the-raw-token"));
    }

    @Test
    void oauthNeedsAnIssuerAndThePublicUrl() {
        assertThat(errors(minimal(EnvNames.HTTP_AUTH, "oauth")))
                .anySatisfy(error -> assertThat(error).startsWith(EnvNames.OAUTH_ISSUER + " is required"))
                .anySatisfy(error -> assertThat(error).startsWith(EnvNames.PUBLIC_URL + " is required"));
        assertThat(errors(minimal(
                        EnvNames.HTTP_AUTH, "oauth",
                        EnvNames.OAUTH_ISSUER, "http://as.example.com",
                        EnvNames.PUBLIC_URL, "https://mcp.example.com/mcp")))
                .containsExactly(EnvNames.OAUTH_ISSUER + " must be an https:// URL (http:// only for localhost or"
                        + " 127.0.0.1)");
    }

    @Test
    void oauthDefaultsTheAudienceToThePublicUrl() {
        var options = valid(minimal(
                EnvNames.HTTP_AUTH, "oauth",
                EnvNames.OAUTH_ISSUER, "https://as.example.com",
                EnvNames.PUBLIC_URL, "https://mcp.example.com/mcp",
                EnvNames.OAUTH_REQUIRED_SCOPES, " mcp:tools  mcp:read "));
        var oauth = (AuthMethod.OAuth) options.method();
        assertThat(oauth.audience()).isEqualTo("https://mcp.example.com/mcp");
        assertThat(oauth.jwksUrl()).isEmpty();
        assertThat(oauth.requiredScopes()).containsExactlyInAnyOrder("mcp:tools", "mcp:read");
        var explicit = valid(minimal(
                EnvNames.HTTP_AUTH, "oauth",
                EnvNames.OAUTH_ISSUER, "https://as.example.com",
                EnvNames.OAUTH_JWKS_URL, "https://as.example.com/keys",
                EnvNames.PUBLIC_URL, "https://mcp.example.com/mcp",
                EnvNames.OAUTH_AUDIENCE, "api://purple-mcp"));
        assertThat(((AuthMethod.OAuth) explicit.method()).audience()).isEqualTo("api://purple-mcp");
        assertThat(((AuthMethod.OAuth) explicit.method()).jwksUrl()).isPresent();
    }

    @Test
    void aModesVariableWithoutItsModeIsAnErrorNotAnUnauthenticatedServer() {
        assertThat(errors(minimal(EnvNames.OAUTH_ISSUER, "https://as.example.com")))
                .containsExactly(EnvNames.OAUTH_ISSUER + " is set but " + EnvNames.HTTP_AUTH + " is not oauth: set "
                        + EnvNames.HTTP_AUTH + "=oauth or remove " + EnvNames.OAUTH_ISSUER);
        assertThat(errors(minimal(EnvNames.HTTP_BEARER_TOKENS_FILE, "/etc/purple-mcp/tokens")))
                .anySatisfy(error -> assertThat(error).startsWith(EnvNames.HTTP_BEARER_TOKENS_FILE + " is set but"));
    }

    @Test
    void unknownModesAndBadValuesAreNamed() {
        assertThat(errors(minimal(EnvNames.HTTP_AUTH, "basic")))
                .containsExactly(EnvNames.HTTP_AUTH + " must be one of: none, bearer, oauth");
        assertThat(errors(minimal(EnvNames.TRUSTED_PROXIES, "proxy.internal")))
                .allSatisfy(error -> assertThat(error).startsWith(EnvNames.TRUSTED_PROXIES));
        assertThat(errors(minimal(EnvNames.RATE_LIMIT_PER_MINUTE, "-1")))
                .allSatisfy(error -> assertThat(error).startsWith(EnvNames.RATE_LIMIT_PER_MINUTE));
    }

    private static String sha256(String text) throws IOException {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }
}
