package io.purplemcp.bootstrap.config;

import io.purplemcp.adapters.mcp.http.auth.AuthMethod;
import io.purplemcp.adapters.mcp.http.auth.BearerTokenEntry;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings.RateLimit;
import io.purplemcp.adapters.mcp.http.auth.SecureUrls;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Reads {@link HttpAuthOptions} from the environment, reporting each bad value by its variable's name. */
final class HttpAuthOptionsReader extends EnvironmentReader {

    // With authorization on, limits apply unless configured otherwise; without it they are opt-in.
    static final int DEFAULT_TOOL_CALLS_PER_MINUTE = 120;
    static final int DEFAULT_AUTH_ATTEMPTS_PER_MINUTE = 60;
    private static final Pattern IP_LITERAL =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    HttpAuthOptionsReader(EnvironmentVariables env, Consumer<String> errors) {
        super(env, errors);
    }

    HttpAuthOptions read() {
        var mode = env.nonEmpty(EnvNames.HTTP_AUTH)
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .orElse("none");
        AuthMethod method;
        switch (mode) {
            case "none" -> method = new AuthMethod.None();
            case "bearer" -> method = bearer().orElse(new AuthMethod.None());
            case "oauth" -> method = oauth().orElse(new AuthMethod.None());
            default -> {
                errors.accept(EnvNames.HTTP_AUTH + " must be one of: none, bearer, oauth");
                method = new AuthMethod.None();
            }
        }
        requireModeFor(EnvNames.OAUTH_ISSUER, "oauth", mode);
        requireModeFor(EnvNames.HTTP_BEARER_TOKENS_FILE, "bearer", mode);
        boolean authenticates = !mode.equals("none");
        int perMinute = (int)
                number(EnvNames.RATE_LIMIT_PER_MINUTE, authenticates ? DEFAULT_TOOL_CALLS_PER_MINUTE : 0, 0, 1_000_000);
        int burst = (int) number(EnvNames.RATE_LIMIT_BURST, Math.max(1, perMinute / 4), 1, 1_000_000);
        int attempts = (int) number(
                EnvNames.AUTH_RATE_LIMIT_PER_MINUTE,
                authenticates ? DEFAULT_AUTH_ATTEMPTS_PER_MINUTE : 0,
                0,
                1_000_000);
        return new HttpAuthOptions(
                method,
                audit(),
                perMinute == 0 ? RateLimit.OFF : new RateLimit(perMinute, burst),
                attempts == 0 ? RateLimit.OFF : new RateLimit(attempts, Math.max(1, attempts / 2)),
                trustedProxies());
    }

    /**
     * A variable of one mode set while another is chosen is almost always a forgotten {@code
     * PURPLEMCP_HTTP_AUTH}: refusing to start beats serving unauthenticated by accident.
     */
    private void requireModeFor(String variable, String expected, String mode) {
        if (env.nonEmpty(variable).isPresent() && !mode.equals(expected)) {
            errors.accept(variable + " is set but " + EnvNames.HTTP_AUTH + " is not " + expected + ": set "
                    + EnvNames.HTTP_AUTH + "=" + expected + " or remove " + variable);
        }
    }

    private Optional<AuthMethod> bearer() {
        var file = env.nonEmpty(EnvNames.HTTP_BEARER_TOKENS_FILE).map(String::strip);
        if (file.isEmpty()) {
            errors.accept(EnvNames.HTTP_BEARER_TOKENS_FILE + " is required with " + EnvNames.HTTP_AUTH
                    + "=bearer: a file of lines \"name sha256-of-token\"");
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            errors.accept(EnvNames.HTTP_BEARER_TOKENS_FILE + ": cannot read " + file.get() + " ("
                    + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        var parsed = BearerTokenEntry.parse(lines);
        if (parsed instanceof BearerTokenEntry.Parsed.Problems problems) {
            problems.problems().forEach(problem -> errors.accept(EnvNames.HTTP_BEARER_TOKENS_FILE + ": " + problem));
            return Optional.empty();
        }
        return Optional.of(new AuthMethod.Bearer(((BearerTokenEntry.Parsed.Entries) parsed).entries()));
    }

    private Optional<AuthMethod> oauth() {
        var issuer = url(EnvNames.OAUTH_ISSUER, true);
        var jwks = url(EnvNames.OAUTH_JWKS_URL, false);
        var publicUrl = url(EnvNames.PUBLIC_URL, true);
        var scopes = new LinkedHashSet<String>();
        for (var scope :
                env.nonEmpty(EnvNames.OAUTH_REQUIRED_SCOPES).orElse("").strip().split("\\s+")) {
            if (scope.isEmpty()) {
                continue;
            }
            if (!SCOPE.matcher(scope).matches()) {
                errors.accept(EnvNames.OAUTH_REQUIRED_SCOPES + " must be scope names separated by spaces");
                return Optional.empty();
            }
            scopes.add(scope);
        }
        if (issuer.isEmpty() || publicUrl.isEmpty()) {
            return Optional.empty();
        }
        if (publicUrl.get().getRawQuery() != null || publicUrl.get().getRawFragment() != null) {
            errors.accept(EnvNames.PUBLIC_URL + " must not have a query or fragment");
            return Optional.empty();
        }
        var audience = env.nonEmpty(EnvNames.OAUTH_AUDIENCE)
                .map(String::strip)
                .orElse(publicUrl.get().toString());
        return Optional.of(new AuthMethod.OAuth(
                env.nonEmpty(EnvNames.OAUTH_ISSUER).orElseThrow().strip(), jwks, publicUrl.get(), audience, scopes));
    }

    private Optional<URI> url(String variable, boolean required) {
        var raw = env.nonEmpty(variable).map(String::strip);
        if (raw.isEmpty()) {
            if (required) {
                errors.accept(variable + " is required with " + EnvNames.HTTP_AUTH + "=oauth");
            }
            return Optional.empty();
        }
        try {
            var uri = new URI(raw.get());
            if (SecureUrls.acceptable(uri)) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.accept(variable + " must be an https:// URL (http:// only for localhost or 127.0.0.1)");
        return Optional.empty();
    }

    private HttpAuthOptions.Audit audit() {
        var raw = env.nonEmpty(EnvNames.AUDIT_LOG).map(String::strip).orElse("stderr");
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "off" -> {
                return new HttpAuthOptions.Audit.Off();
            }
            case "stderr" -> {
                return new HttpAuthOptions.Audit.Stderr();
            }
            default -> {
                try {
                    return new HttpAuthOptions.Audit.File(Path.of(raw));
                } catch (InvalidPathException e) {
                    errors.accept(EnvNames.AUDIT_LOG + " must be off, stderr or a file path");
                    return new HttpAuthOptions.Audit.Stderr();
                }
            }
        }
    }

    private List<String> trustedProxies() {
        var proxies = new ArrayList<String>();
        for (var entry : env.nonEmpty(EnvNames.TRUSTED_PROXIES).orElse("").split(",")) {
            var value = entry.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (!IP_LITERAL.matcher(value).matches()) {
                errors.accept(EnvNames.TRUSTED_PROXIES + " must be comma-separated IP addresses of the proxies"
                        + " in front of this server");
                return List.of();
            }
            proxies.add(value);
        }
        return proxies;
    }
}
