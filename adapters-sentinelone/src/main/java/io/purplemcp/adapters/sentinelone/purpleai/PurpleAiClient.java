package io.purplemcp.adapters.sentinelone.purpleai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlClient;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlRequest;
import io.purplemcp.adapters.sentinelone.http.Memoized;
import io.purplemcp.ports.out.purpleai.PurpleAi;
import io.purplemcp.ports.out.purpleai.PurpleAiAnswer;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link PurpleAi} over the console's GraphQL endpoint. */
public final class PurpleAiClient implements PurpleAi {

    private static final Logger LOG = LoggerFactory.getLogger(PurpleAiClient.class);
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Duration DISPLAYED_RANGE = Duration.ofHours(24);

    private final GraphQlClient graphql;
    private final String consoleBaseUrl;
    private final Clock clock;
    private final boolean logPayloads;
    /** The profile as sent: with a session id, made on the first question when none is configured. */
    private final Memoized<PurpleAiProfile> sent;

    public PurpleAiClient(
            GraphQlClient graphql, PurpleAiProfile profile, String consoleBaseUrl, Clock clock, boolean logPayloads) {
        this.graphql = Objects.requireNonNull(graphql, "graphql");
        Objects.requireNonNull(profile, "profile");
        this.consoleBaseUrl = Objects.requireNonNull(consoleBaseUrl, "consoleBaseUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.logPayloads = logPayloads;
        this.sent = new Memoized<>(
                () -> profile.sessionId().isPresent() ? profile : profile.withSessionId(randomSessionId()));
    }

    @Override
    public PurpleAiAnswer ask(String question, Instant deadline) throws UpstreamException, InterruptedException {
        Objects.requireNonNull(question, "question");
        if (logPayloads) {
            LOG.debug("Querying Purple AI raw_query={}", question);
        } else {
            LOG.debug("Querying Purple AI query_length={}", question.length());
        }
        var now = clock.instant();
        var document =
                PurpleAiDocument.build(sent(), consoleBaseUrl, conversationId(), now.minus(DISPLAYED_RANGE), now);
        var variables = JsonNodeFactory.instance.objectNode().put("input", question);
        var data = graphql.execute(new GraphQlRequest("purple_ai", document, variables), deadline);
        var answer = interpret(data);
        LOG.debug("Purple AI answered kind={}", answer.getClass().getSimpleName());
        return answer;
    }

    String conversationId() {
        var id = new StringBuilder("PURPLE-MCP");
        for (int i = 0; i < 10; i++) {
            id.append(ALPHANUMERIC.charAt(Randomness.SOURCE.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    PurpleAiProfile sent() {
        return sent.get();
    }

    /** As the reference's: a random UUID as 32 lower-case hex characters. */
    static String randomSessionId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Made on the first question, not with the client: a secure random source costs a start the JDK's
     * security providers (~20 ms), which a server that is never asked about Purple AI need not pay.
     */
    private static final class Randomness {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    /** Reads {@code data.purpleLaunchQuery}; the checks and their order follow the reference. */
    static PurpleAiAnswer interpret(JsonNode data) throws UpstreamException {
        var launch = data.get("purpleLaunchQuery");
        if (launch == null || !launch.isObject() || launch.isEmpty()) {
            throw malformed("Missing purpleLaunchQuery in response");
        }
        var status = launch.get("status");
        if (status == null || !status.isObject()) {
            throw malformed("Missing status in response");
        }
        var error = status.get("error");
        if (truthy(error)) {
            return refusal(error);
        }
        var resultType = launch.get("resultType");
        if (resultType == null || !resultType.isTextual()) {
            throw malformed("Invalid result type in response");
        }
        var result = launch.get("result");
        if (!resultType.textValue().equals("MESSAGE") && !resultType.textValue().equals("POWER_QUERY")) {
            throw malformed("Unexpected result type from Purple AI: " + resultType.textValue());
        }
        if (result == null || !result.isObject()) {
            throw malformed("Missing or invalid result in response");
        }
        var message = text(result.get("message"));
        if (resultType.textValue().equals("MESSAGE")) {
            return new PurpleAiAnswer.Message(message);
        }
        var powerQuery = result.get("powerQuery");
        if (powerQuery == null || !powerQuery.isObject()) {
            throw malformed("Invalid powerQuery in response");
        }
        return new PurpleAiAnswer.PowerQuery(
                text(powerQuery.get("query")), timeRange(powerQuery.get("timeRange")), message);
    }

    private static PurpleAiAnswer refusal(JsonNode error) {
        if (error.isObject()) {
            var type = error.path("errorType");
            if (type.isTextual() && type.textValue().equals("UNKNOWN")) {
                return new PurpleAiAnswer.Unanswerable();
            }
            var detail = error.path("errorDetail");
            var origin = error.path("origin");
            if (type.isTextual()) {
                return new PurpleAiAnswer.Refused(type.textValue()
                        + (detail.isTextual() && !detail.textValue().isBlank() ? ": " + detail.textValue() : "")
                        + (origin.isTextual() && !origin.textValue().isBlank()
                                ? " (origin: " + origin.textValue() + ")"
                                : ""));
            }
        }
        return new PurpleAiAnswer.Refused(error.isTextual() ? error.textValue() : error.toString());
    }

    /** Whether an error value says something: non-empty text, object or array, a non-zero number, true. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        if (value.isContainerNode()) {
            return !value.isEmpty();
        }
        if (value.isNumber()) {
            return value.decimalValue().signum() != 0;
        }
        return !value.isBoolean() || value.booleanValue();
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static Optional<PurpleAiAnswer.TimeRange> timeRange(JsonNode range) {
        if (range == null || !range.isObject()) {
            return Optional.empty();
        }
        var start = range.get("start");
        var end = range.get("end");
        if (start == null
                || end == null
                || !start.canConvertToLong()
                || !end.canConvertToLong()
                || !start.isIntegralNumber()
                || !end.isIntegralNumber()
                || start.longValue() > end.longValue()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PurpleAiAnswer.TimeRange(
                    Instant.ofEpochMilli(start.longValue()), Instant.ofEpochMilli(end.longValue())));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static UpstreamException malformed(String detail) {
        return new UpstreamException(new UpstreamFailure.MalformedResponse(detail));
    }
}
