package io.purplemcp.adapters.sentinelone.purpleai;

import java.util.Objects;
import java.util.Optional;

/**
 * The user and console details every Purple AI request carries ({@code PURPLEMCP_PURPLE_AI_*}).
 *
 * @param sessionId stable for the process (bootstrap generates one when none is configured)
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
                "0",
                "0",
                Optional.of(sessionId),
                Optional.empty(),
                Optional.of(userAgent),
                Optional.empty(),
                Optional.empty(),
                "S");
    }

    @Override
    public String toString() {
        return "PurpleAiProfile[accountId=" + accountId + ", teamToken=****, sessionId=" + sessionId
                + ", consoleVersion=" + consoleVersion + "]";
    }
}
