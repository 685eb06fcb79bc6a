package io.purplemcp.adapters.sentinelone.purpleai;

import java.util.Objects;
import java.util.Optional;

/**
 * The user and console details every Purple AI request carries ({@code PURPLEMCP_PURPLE_AI_*}). Empty strings from
 * the environment are kept as empty strings (docs/decisions/0002-configuration-sources.md).
 *
 * @param teamToken treated as a secret: masked in {@link #toString()}; bootstrap registers a real one for redaction
 * @param sessionId the configured one; without it {@link PurpleAiClient} makes one when first asked, kept for the
 *     process
 * @param userAgent the {@code userAgent} inside the request, not the HTTP header
 */
public record PurpleAiProfile(
        String accountId,
        String teamToken,
        Optional<String> sessionId,
        Optional<String> emailAddress,
        Optional<String> userAgent,
        Optional<String> buildDate,
        Optional<String> buildHash,
        String consoleVersion) {

    public static final String DEFAULT_ACCOUNT_ID = "0";
    public static final String DEFAULT_TEAM_TOKEN = "0";
    public static final String DEFAULT_CONSOLE_VERSION = "S";

    public PurpleAiProfile {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(teamToken, "teamToken");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(emailAddress, "emailAddress");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(buildDate, "buildDate");
        Objects.requireNonNull(buildHash, "buildHash");
        Objects.requireNonNull(consoleVersion, "consoleVersion");
    }

    /** The reference's defaults: account and team {@code "0"}, console version {@code "S"}. */
    public static PurpleAiProfile defaults(String sessionId, String userAgent) {
        return new PurpleAiProfile(
                DEFAULT_ACCOUNT_ID,
                DEFAULT_TEAM_TOKEN,
                Optional.of(sessionId),
                Optional.empty(),
                Optional.of(userAgent),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_CONSOLE_VERSION);
    }

    /** This profile with the given session id. */
    public PurpleAiProfile withSessionId(String id) {
        return new PurpleAiProfile(
                accountId, teamToken, Optional.of(id), emailAddress, userAgent, buildDate, buildHash, consoleVersion);
    }

    /** Whether the team token differs from the placeholder default and so must be redacted. */
    public boolean hasRealTeamToken() {
        return !teamToken.isEmpty() && !DEFAULT_TEAM_TOKEN.equals(teamToken);
    }

    @Override
    public String toString() {
        return "PurpleAiProfile[accountId=" + accountId + ", teamToken=****, sessionId=" + sessionId
                + ", consoleVersion=" + consoleVersion + "]";
    }
}
