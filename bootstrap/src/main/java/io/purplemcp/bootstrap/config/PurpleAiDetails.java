package io.purplemcp.bootstrap.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The user and console details the Purple AI request carries. Empty strings from the environment are
 * kept as empty strings (docs/decisions/0002-configuration-sources.md).
 *
 * @param teamToken treated as a secret: masked in {@link #toString()} and registered for redaction
 * @param sessionId a random UUID as 32 lower-case hex characters unless configured
 * @param userAgent the {@code userAgent} value inside the GraphQL payload (not the HTTP header)
 */
public record PurpleAiDetails(
        String accountId,
        String teamToken,
        String sessionId,
        Optional<String> emailAddress,
        String userAgent,
        Optional<String> buildDate,
        Optional<String> buildHash,
        String consoleVersion) {

    public static final String DEFAULT_ACCOUNT_ID = "0";
    public static final String DEFAULT_TEAM_TOKEN = "0";
    public static final String DEFAULT_CONSOLE_VERSION = "S";

    public PurpleAiDetails {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(teamToken, "teamToken");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(emailAddress, "emailAddress");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(buildDate, "buildDate");
        Objects.requireNonNull(buildHash, "buildHash");
        Objects.requireNonNull(consoleVersion, "consoleVersion");
    }

    /** The default {@code userAgent}: the same text as the HTTP User-Agent header. */
    public static String defaultUserAgent(String appVersion) {
        return "sentinelone/purple-mcp (version " + appVersion + ")";
    }

    /** Whether the team token differs from the placeholder default and so must be redacted. */
    public boolean hasRealTeamToken() {
        return !teamToken.isEmpty() && !DEFAULT_TEAM_TOKEN.equals(teamToken);
    }

    @Override
    public String toString() {
        return "PurpleAiDetails[accountId=" + accountId
                + ", teamToken=" + (hasRealTeamToken() ? Masked.TEXT : teamToken)
                + ", sessionId=" + sessionId
                + ", emailAddress=" + emailAddress
                + ", userAgent=" + userAgent
                + ", buildDate=" + buildDate
                + ", buildHash=" + buildHash
                + ", consoleVersion=" + consoleVersion + "]";
    }
}
