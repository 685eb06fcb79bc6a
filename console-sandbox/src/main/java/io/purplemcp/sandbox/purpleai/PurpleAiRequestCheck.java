package io.purplemcp.sandbox.purpleai;

import io.purplemcp.sandbox.graphql.Field;
import io.purplemcp.sandbox.graphql.GraphQlParser;
import io.purplemcp.sandbox.graphql.Operation;
import io.purplemcp.sandbox.graphql.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a Purple AI GraphQL operation against the request purple-mcp must send (docs/decisions/0015-purple-ai.md): the
 * operation {@code query SimpleTestQuery($input: String!)}, the root field {@code purpleLaunchQuery}
 * with one {@code request} argument whose every field has the prescribed kind (literal strings,
 * bare enum values, integers, {@code $input} for the user's text), and the full selection set.
 */
final class PurpleAiRequestCheck {

    static final String OPERATION_NAME = "SimpleTestQuery";
    static final String ROOT_FIELD = "purpleLaunchQuery";

    private static final String SELECTION = "{ purpleLaunchQuery { result { message summary powerQuery { query"
            + " timeRange { start end } viewSelector } starRule suggestedActions { payload label actionId }"
            + " suggestedQuestions { powerQuery question } maskedMetadata } resultType status { state error {"
            + " errorDetail errorType origin } } stepsCompleted token } }";

    private static final Map<String, String> TYPES = Map.of(
            ROOT_FIELD,
            "PurpleLaunchQueryResponse",
            "result",
            "PurpleResult",
            "powerQuery",
            "PurplePowerQuery",
            "timeRange",
            "PurpleTimeRange",
            "suggestedActions",
            "PurpleSuggestedAction",
            "suggestedQuestions",
            "PurpleSuggestedQuestion",
            "status",
            "PurpleStatus",
            "error",
            "PurpleError");

    private final Field expectedRoot =
            GraphQlParser.parse(SELECTION).selections().get(0);

    private final Expect request = Expect.object(
            "isAsync", Expect.bool(false),
            "contentType", Expect.enumValue("NATURAL_LANGUAGE"),
            "consoleDetails",
                    Expect.object(
                            "baseUrl", Expect.stringMatching(Pattern.compile("https://.+"), "an https:// URL"),
                            "version", Expect.string()),
            "conversation",
                    Expect.object(
                            "id",
                                    Expect.stringMatching(
                                            Pattern.compile("PURPLE-MCP[A-Za-z0-9]{10}"),
                                            "\"PURPLE-MCP\" followed by 10 letters or digits"),
                            "messages", Expect.emptyList(),
                            "entitlements", Expect.nullValue()),
            "inputContent",
                    Expect.object(
                            "userInput", Expect.variable("input"),
                            "displayedTimeRange",
                                    Expect.object("start", Expect.epochMillis(), "end", Expect.epochMillis()),
                            "viewSelector", Expect.enumValue("EDR"),
                            "contentType", Expect.enumValue("NATURAL_LANGUAGE"),
                            "userDetails",
                                    Expect.object(
                                            "accountId", Expect.string(),
                                            "teamToken", Expect.string(),
                                            "sessionId", Expect.stringOrNull(),
                                            "emailAddress", Expect.stringOrNull(),
                                            "userAgent", Expect.stringOrNull(),
                                            "buildDate", Expect.stringOrNull(),
                                            "buildHash", Expect.stringOrNull())));

    /** The problems of an operation, as GraphQL error messages; empty when it is what purple-mcp must send. */
    List<String> problems(Operation operation) {
        var problems = new ArrayList<String>();
        if (!operation.type().equals("query") || !operation.name().equals(OPERATION_NAME)) {
            problems.add("sandbox: expected the operation \"query " + OPERATION_NAME + "\", found \"" + operation.type()
                    + (operation.name().isEmpty() ? "" : " " + operation.name()) + "\"");
        }
        if (!operation.variables().equals(Map.of("input", "String!"))) {
            problems.add("sandbox: the operation must declare exactly one variable, $input: String!, found "
                    + operation.variables());
        }
        if (operation.selections().size() != 1
                || !operation.selections().get(0).name().equals(ROOT_FIELD)) {
            problems.add("sandbox: the operation must select exactly one root field, " + ROOT_FIELD);
            return problems;
        }
        var root = operation.selections().get(0);
        if (!root.arguments().keySet().equals(Set.of("request"))) {
            problems.add("sandbox: " + ROOT_FIELD + " takes exactly one argument, request; found "
                    + root.arguments().keySet());
        } else {
            var value = root.arguments().get("request");
            request.check("request", value, problems);
            timeRangeOrder(value, problems);
        }
        compare(expectedRoot, root, problems);
        return problems;
    }

    /** The displayed time range the request carries, as {start, end} epoch milliseconds. */
    static long[] displayedTimeRange(Operation operation) {
        var request =
                (Value.ObjectValue) operation.selections().get(0).arguments().get("request");
        var input = (Value.ObjectValue) request.fields().get("inputContent");
        var range = (Value.ObjectValue) input.fields().get("displayedTimeRange");
        return new long[] {
            ((Value.IntValue) range.fields().get("start")).value().longValueExact(),
            ((Value.IntValue) range.fields().get("end")).value().longValueExact()
        };
    }

    private static void timeRangeOrder(Value request, List<String> problems) {
        if (request instanceof Value.ObjectValue object
                && object.fields().get("inputContent") instanceof Value.ObjectValue input
                && input.fields().get("displayedTimeRange") instanceof Value.ObjectValue range
                && range.fields().get("start") instanceof Value.IntValue start
                && range.fields().get("end") instanceof Value.IntValue end
                && end.value().compareTo(start.value()) <= 0) {
            problems.add("request.inputContent.displayedTimeRange: end must be later than start");
        }
    }

    private static void compare(Field expected, Field actual, List<String> problems) {
        if (!actual.alias().isEmpty()) {
            problems.add("sandbox: aliases are not supported (" + actual.alias() + ": " + actual.name() + ")");
        }
        var type = TYPES.getOrDefault(expected.name(), "String");
        if (!expected.selections().isEmpty() && actual.selections().isEmpty()) {
            problems.add(
                    "Field \"" + actual.name() + "\" of type \"" + type + "\" must have a selection of subfields.");
            return;
        }
        if (expected.selections().isEmpty() && !actual.selections().isEmpty()) {
            problems.add("Field \"" + actual.name() + "\" must not have a selection since type \"" + type
                    + "\" has no subfields.");
            return;
        }
        for (var field : actual.selections()) {
            var counterpart = expected.selection(field.name());
            if (counterpart.isEmpty()) {
                problems.add("Cannot query field \"" + field.name() + "\" on type \"" + type + "\".");
            } else {
                if (!field.arguments().isEmpty()) {
                    problems.add("Unknown argument on field \"" + type + "." + field.name() + "\".");
                }
                compare(counterpart.get(), field, problems);
            }
        }
        for (var field : expected.selections()) {
            if (actual.selection(field.name()).isEmpty()) {
                problems.add("sandbox: the selection on " + type + " lacks \"" + field.name()
                        + "\", which purple-mcp requests (docs/decisions/0015-purple-ai.md)");
            }
        }
    }
}
