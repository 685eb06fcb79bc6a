package io.purplemcp.adapters.sentinelone.purpleai;

import static io.purplemcp.adapters.sentinelone.graphql.GraphQlLiterals.string;

import java.time.Instant;

/**
 * The {@code purpleLaunchQuery} document. The question is only ever the variable {@code $input};
 * every other value is written as a literal through the JSON string encoder.
 */
final class PurpleAiDocument {

    static final String SELECTION = "result { message summary powerQuery { query timeRange { start end }"
            + " viewSelector } starRule suggestedActions { payload label actionId } suggestedQuestions {"
            + " powerQuery question } maskedMetadata } resultType status { state error { errorDetail errorType"
            + " origin } } stepsCompleted token";

    private PurpleAiDocument() {}

    static String build(
            PurpleAiProfile profile, String consoleBaseUrl, String conversationId, Instant start, Instant end) {
        return "query SimpleTestQuery($input: String!) { purpleLaunchQuery(request: {"
                + " isAsync: false"
                + " contentType: NATURAL_LANGUAGE"
                + " consoleDetails: { baseUrl: " + string(consoleBaseUrl) + " version: "
                + string(profile.consoleVersion()) + " }"
                + " conversation: { id: " + string(conversationId) + ", messages: [], entitlements: null }"
                + " inputContent: {"
                + " userInput: $input"
                + " displayedTimeRange: { start: " + start.toEpochMilli() + ", end: " + end.toEpochMilli() + " }"
                + " viewSelector: EDR"
                + " contentType: NATURAL_LANGUAGE"
                + " userDetails: {"
                + " accountId: " + string(profile.accountId())
                + " teamToken: " + string(profile.teamToken())
                + " sessionId: " + string(profile.sessionId().orElse(null))
                + " emailAddress: " + string(profile.emailAddress().orElse(null))
                + " userAgent: " + string(profile.userAgent().orElse(null))
                + " buildDate: " + string(profile.buildDate().orElse(null))
                + " buildHash: " + string(profile.buildHash().orElse(null))
                + " } } }) { " + SELECTION + " } }";
    }
}
