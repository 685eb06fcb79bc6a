package io.purplemcp.adapters.mcp.http.auth;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Decides, for one server, who a request comes from and whether it may proceed: the configured
 * {@link AuthMethod}, the per-address limiter that guards signature work, the per-identity tool-call
 * limiter, and the audit log. Verified tokens are remembered (by their SHA-256, until they expire) so a
 * client's steady traffic costs one signature check per token, not one per request.
 */
public final class HttpSecurity implements AutoCloseable {

    public static final String ANONYMOUS = "anonymous";
    private static final int MAX_REMEMBERED_TOKENS = 10_000;
    private static final int MAX_LIMITED_KEYS = 100_000;
    private static final Duration JWKS_MIN_REFRESH = Duration.ofSeconds(30);
    private static final Duration JWKS_MAX_AGE = Duration.ofHours(1);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final HttpSecuritySettings settings;
    private final Optional<TokenVerifier> verifier;
    private final Optional<ProtectedResource> resource;
    private final Optional<RateLimiter> unauthenticated;
    private final Optional<RateLimiter> toolCalls;
    private final Optional<AuditLog> audit;
    private final ClientAddresses clients;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verification.Verified> remembered = new ConcurrentHashMap<>();

    HttpSecurity(
            HttpSecuritySettings settings,
            Optional<TokenVerifier> verifier,
            Optional<ProtectedResource> resource,
            Clock clock,
            LongSupplier nanoTime) {
        this.settings = settings;
        this.verifier = verifier;
        this.resource = resource;
        this.clock = clock;
        this.clients = new ClientAddresses(settings.trustedProxies());
        this.unauthenticated = limiter(settings.unauthenticated(), nanoTime);
        this.toolCalls = limiter(settings.toolCalls(), nanoTime);
        this.audit = settings.audit().map(destination -> new AuditLog(destination, AuditLog.problemsToLog()));
    }

    /** Builds the checks the settings ask for; OAuth keys are fetched on first need, not here. */
    public static HttpSecurity create(HttpSecuritySettings settings) {
        var clock = Clock.systemUTC();
        var method = settings.method();
        if (method instanceof AuthMethod.Bearer bearer) {
            return new HttpSecurity(
                    settings,
                    Optional.of(new BearerTokens(bearer.tokens())),
                    Optional.empty(),
                    clock,
                    System::nanoTime);
        }
        if (method instanceof AuthMethod.OAuth oauth) {
            var client = HttpClient.newBuilder()
                    .connectTimeout(FETCH_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            var source = new HttpJwksSource(client, oauth.issuer(), oauth.jwksUrl(), FETCH_TIMEOUT);
            var keys = new JwksCache(source, JWKS_MIN_REFRESH, JWKS_MAX_AGE, System::nanoTime);
            var verifier =
                    new JwtVerifier(oauth.issuer(), oauth.audience(), keys, clock, JwtVerifier.DEFAULT_CLOCK_SKEW);
            return new HttpSecurity(
                    settings, Optional.of(verifier), Optional.of(resource(oauth)), clock, System::nanoTime);
        }
        return new HttpSecurity(settings, Optional.empty(), Optional.empty(), clock, System::nanoTime);
    }

    static ProtectedResource resource(AuthMethod.OAuth oauth) {
        return new ProtectedResource(oauth.publicUrl(), List.of(oauth.issuer()), oauth.requiredScopes());
    }

    public boolean authenticates() {
        return verifier.isPresent();
    }

    /** The metadata to publish (OAuth only). */
    public Optional<ProtectedResource> protectedResource() {
        return resource;
    }

    public ClientAddresses clients() {
        return clients;
    }

    public Instant now() {
        return clock.instant();
    }

    /** @param authorization every {@code Authorization} header of the request */
    public Admission admit(List<String> authorization, String client) {
        if (verifier.isEmpty()) {
            return new Admission.Admitted(new Principal(ANONYMOUS, Set.of()));
        }
        var presented = AuthorizationHeader.parse(authorization);
        if (presented instanceof AuthorizationHeader.Presented.Token token) {
            var key = HexFormat.of().formatHex(BearerTokens.sha256(token.value()));
            var known = remembered.get(key);
            if (known != null && stillValid(known)) {
                return scopesOf(known.principal());
            }
            var wait = spendUnauthenticated(client);
            if (wait > 0) {
                return new Admission.Throttled(wait);
            }
            var verdict = verifier.get().verify(token.value());
            if (verdict instanceof Verification.Verified verified) {
                remember(key, verified);
                return scopesOf(verified.principal());
            }
            var description = ((Verification.Rejected) verdict).description();
            return refused(401, "invalid_token", description, "Unauthorized: " + description);
        }
        var wait = spendUnauthenticated(client);
        if (wait > 0) {
            return new Admission.Throttled(wait);
        }
        if (presented instanceof AuthorizationHeader.Presented.Malformed) {
            return refused(
                    400,
                    "invalid_request",
                    "The Authorization header must carry one Bearer token.",
                    "Bad Request: the Authorization header must carry one Bearer token.");
        }
        return new Admission.Refused(
                401,
                challenge(null, null),
                "missing_token",
                "Unauthorized: this server needs an access token (Authorization: Bearer).",
                Optional.empty());
    }

    /** Seconds to wait before {@code calls} more tool calls are allowed for this caller; 0 to go ahead. */
    public long toolCallWait(Principal principal, String client, int calls) {
        if (toolCalls.isEmpty() || calls == 0) {
            return 0;
        }
        var key = principal.identity().equals(ANONYMOUS) ? ANONYMOUS + "@" + client : principal.identity();
        return toolCalls.get().tryAcquire(key, calls);
    }

    public boolean limitsToolCalls() {
        return toolCalls.isPresent();
    }

    public void record(AuditEvent event) {
        audit.ifPresent(log -> log.record(event));
    }

    public boolean audits() {
        return audit.isPresent();
    }

    @Override
    public void close() {
        audit.ifPresent(AuditLog::close);
    }

    HttpSecuritySettings settings() {
        return settings;
    }

    private Admission scopesOf(Principal principal) {
        if (resource.isPresent() && !resource.get().grants(principal)) {
            return new Admission.Refused(
                    403,
                    resource.get().insufficientScope(),
                    "insufficient_scope",
                    "Forbidden: the access token lacks a required scope.",
                    Optional.of(principal.identity()));
        }
        return new Admission.Admitted(principal);
    }

    private Admission refused(int status, String error, String description, String message) {
        return new Admission.Refused(status, challenge(error, description), error, message, Optional.empty());
    }

    private String challenge(String error, String description) {
        if (resource.isPresent()) {
            return resource.get().challenge(error, description);
        }
        var realm = "Bearer realm=\"purple-mcp\"";
        return error == null ? realm : realm + ", error=\"" + error + "\"";
    }

    private long spendUnauthenticated(String client) {
        return unauthenticated.map(limiter -> limiter.tryAcquire(client, 1)).orElse(0L);
    }

    private boolean stillValid(Verification.Verified verified) {
        return verified.expiresAt().map(clock.instant()::isBefore).orElse(true);
    }

    private void remember(String key, Verification.Verified verified) {
        if (remembered.size() >= MAX_REMEMBERED_TOKENS) {
            remembered.values().removeIf(entry -> !stillValid(entry));
            if (remembered.size() >= MAX_REMEMBERED_TOKENS) {
                remembered.clear();
            }
        }
        remembered.put(key, verified);
    }

    private static Optional<RateLimiter> limiter(HttpSecuritySettings.RateLimit limit, LongSupplier nanoTime) {
        return limit.enabled()
                ? Optional.of(new RateLimiter(limit.perMinute(), limit.burst(), MAX_LIMITED_KEYS, nanoTime))
                : Optional.empty();
    }
}
