package io.purplemcp.bootstrap.config;

import io.purplemcp.adapters.mcp.http.auth.AuthMethod;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings.RateLimit;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Who may use the HTTP transports and what is recorded about it ({@code PURPLEMCP_HTTP_AUTH} and
 * friends). stdio ignores all of it: there the operating system's user is the caller.
 *
 * @param method none, bearer (tokens known by SHA-256) or oauth (JWT access tokens)
 * @param audit where audit lines go
 * @param toolCalls tool calls per identity and minute ({@code PURPLEMCP_RATE_LIMIT_PER_MINUTE}, burst)
 * @param unauthenticated requests per client address that need a token verified
 * @param trustedProxies proxies whose {@code X-Forwarded-For} names the client ({@code PURPLEMCP_TRUSTED_PROXIES})
 */
public record HttpAuthOptions(
        AuthMethod method, Audit audit, RateLimit toolCalls, RateLimit unauthenticated, List<String> trustedProxies) {

    /** {@code PURPLEMCP_AUDIT_LOG}: {@code off}, {@code stderr} (the default) or a file to append to. */
    public sealed interface Audit {
        record Off() implements Audit {}

        record Stderr() implements Audit {}

        record File(Path path) implements Audit {
            public File {
                Objects.requireNonNull(path, "path");
            }
        }
    }

    public HttpAuthOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(toolCalls, "toolCalls");
        Objects.requireNonNull(unauthenticated, "unauthenticated");
        trustedProxies = List.copyOf(trustedProxies);
    }

    public static HttpAuthOptions defaults() {
        return new HttpAuthOptions(new AuthMethod.None(), new Audit.Stderr(), RateLimit.OFF, RateLimit.OFF, List.of());
    }

    /** Whether callers must present a token. */
    public boolean authenticates() {
        return !(method instanceof AuthMethod.None);
    }

    /** The mode's name as configured. */
    public String modeName() {
        if (method instanceof AuthMethod.Bearer) {
            return "bearer";
        }
        return method instanceof AuthMethod.OAuth ? "oauth" : "none";
    }
}
