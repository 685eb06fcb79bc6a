package io.purplemcp.sandbox.purpleai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.faults.FaultInjector;
import io.purplemcp.sandbox.faults.FaultKind;
import io.purplemcp.sandbox.faults.MarkerException;
import io.purplemcp.sandbox.faults.Markers;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.graphql.GraphQlParser;
import io.purplemcp.sandbox.graphql.GraphQlSyntaxException;
import io.purplemcp.sandbox.graphql.Operation;
import io.purplemcp.sandbox.http.ErrorStyle;
import io.purplemcp.sandbox.http.Reply;
import io.purplemcp.sandbox.http.Request;
import io.purplemcp.sandbox.http.RequiredAuthorization;
import io.purplemcp.sandbox.http.Router;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Purple AI: {@code POST /web/api/v2.1/graphql} with the {@code purpleLaunchQuery} operation. The request
 * is checked against docs/decisions/0015-purple-ai.md (a malformed one gets GraphQL {@code errors}); the answer is MESSAGE or
 * POWER_QUERY as in §2.8, chosen by the question's words.
 */
public final class PurpleAiEndpoint {

    /** The default GraphQL endpoint path. */
    public static final String GRAPHQL_PATH = "/web/api/v2.1/graphql";

    private static final Set<FaultKind> PURPLE_AI_FAULTS =
            FaultKind.transportAnd(FaultKind.QUERY_ERROR, FaultKind.GRAPHQL_ERROR);

    private final ObjectMapper json;
    private final FaultInjector faults;
    private final PurpleAiRequestCheck check = new PurpleAiRequestCheck();
    private final PurpleAiAnswers answers = new PurpleAiAnswers();

    public PurpleAiEndpoint(ObjectMapper json, FaultInjector faults) {
        this.json = json;
        this.faults = faults;
    }

    /** Adds the route, guarded by the credentials (Purple AI wants {@code ApiToken}). */
    public void register(Router router, RequiredAuthorization credentials) {
        router.add("POST", Pattern.quote(GRAPHQL_PATH), credentials, this::handle);
    }

    private Reply handle(Request request) {
        JsonNode body;
        try {
            body = request.jsonObject(json);
        } catch (Request.NotAJsonObject e) {
            return graphQlErrors(e.status(), List.of(e.getMessage()));
        }
        var keys = Set.copyOf(iterable(body));
        if (!keys.equals(Set.of("query", "variables"))) {
            return graphQlErrors(
                    400, List.of("sandbox: the body must have exactly the keys query and variables, found " + keys));
        }
        var variables = body.get("variables");
        if (!body.get("query").isTextual()) {
            return graphQlErrors(400, List.of("query must be a string holding the GraphQL document"));
        }
        if (!variables.isObject()
                || !Set.copyOf(iterable(variables)).equals(Set.of("input"))
                || !variables.get("input").isTextual()) {
            return graphQlErrors(
                    400, List.of("sandbox: variables must be exactly {\"input\": <the question as a string>}"));
        }
        Operation operation;
        try {
            operation = GraphQlParser.parse(body.get("query").textValue());
        } catch (GraphQlSyntaxException e) {
            return graphQlErrors(200, List.of(e.getMessage()));
        }
        var problems = check.problems(operation);
        if (!problems.isEmpty()) {
            return graphQlErrors(200, problems);
        }
        var question = variables.get("input").textValue();
        Markers markers;
        try {
            markers = Markers.parse(question, Set.of())
                    .requireApplicable("Purple AI", PURPLE_AI_FAULTS, EnumSet.of(Phase.LAUNCH));
        } catch (MarkerException e) {
            return graphQlErrors(400, List.of(e.getMessage()));
        }
        var fault = faults.select(markers, Phase.LAUNCH, "purpleai\u0000" + question);
        var range = PurpleAiRequestCheck.displayedTimeRange(operation);
        return faults.apply(fault, ErrorStyle.WEB_API, request.path(), () -> answer(question, markers, range));
    }

    private Reply answer(String question, Markers markers, long[] range) {
        var graphQlError = markers.first(FaultKind.GRAPHQL_ERROR);
        if (graphQlError.isPresent()) {
            return new Reply.Injected(
                    graphQlError.get().marker(),
                    graphQlErrors(
                            200,
                            List.of("Cannot query field \"purpleLaunchQuery\" on type \"Query\". (injected by "
                                    + graphQlError.get().marker() + ")")));
        }
        var launch = json.createObjectNode();
        var queryError = markers.first(FaultKind.QUERY_ERROR);
        if (queryError.isPresent()) {
            launch.putNull("result");
            launch.put("resultType", "MESSAGE");
            var status = launch.putObject("status");
            status.put("state", "FAILED");
            var error = status.putObject("error");
            error.putNull("errorDetail");
            error.put("errorType", "UNKNOWN");
            error.put("origin", "LaunchQueryManager");
            launch.put("stepsCompleted", 0);
            launch.putNull("token");
            return new Reply.Injected(queryError.get().marker(), Reply.json(200, envelope(launch)));
        }
        var answer = answers.answer(Markers.strip(question));
        var result = launch.putObject("result");
        result.put("message", answer.message());
        result.putNull("summary");
        if (answer.powerQuery() == null) {
            result.putNull("powerQuery");
        } else {
            var powerQuery = result.putObject("powerQuery");
            powerQuery.put("query", answer.powerQuery());
            var timeRange = powerQuery.putObject("timeRange");
            timeRange.put("start", range[0]);
            timeRange.put("end", range[1]);
            powerQuery.put("viewSelector", "EDR");
        }
        result.putNull("starRule");
        result.putArray("suggestedActions");
        var suggestions = result.putArray("suggestedQuestions");
        for (var suggestion : answer.suggestedQuestions()) {
            var node = suggestions.addObject();
            node.putNull("powerQuery");
            node.put("question", suggestion);
        }
        result.putNull("maskedMetadata");
        launch.put("resultType", answer.resultType());
        var status = launch.putObject("status");
        status.put("state", "COMPLETED");
        status.putNull("error");
        var powerQueryAnswer = answer.powerQuery() != null;
        launch.put("stepsCompleted", powerQueryAnswer ? 3 : 1);
        if (powerQueryAnswer) {
            launch.put(
                    "token",
                    Base64.getEncoder()
                            .encodeToString(("sandbox-session-" + Integer.toHexString(question.hashCode()))
                                    .getBytes(StandardCharsets.UTF_8)));
        } else {
            launch.putNull("token");
        }
        return Reply.json(200, envelope(launch));
    }

    private ObjectNode envelope(ObjectNode launch) {
        var body = json.createObjectNode();
        body.putObject("data").set(PurpleAiRequestCheck.ROOT_FIELD, launch);
        return body;
    }

    private Reply graphQlErrors(int status, List<String> messages) {
        var body = json.createObjectNode();
        var errors = body.putArray("errors");
        for (var message : messages) {
            errors.addObject().put("message", message);
        }
        body.putNull("data");
        return Reply.json(status, body);
    }

    private static List<String> iterable(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
