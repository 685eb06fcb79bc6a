package io.purplemcp.sandbox.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.faults.Fault;
import io.purplemcp.sandbox.faults.FaultInjector;
import io.purplemcp.sandbox.faults.FaultKind;
import io.purplemcp.sandbox.faults.MarkedRequest;
import io.purplemcp.sandbox.faults.MarkerException;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.graphql.Executor;
import io.purplemcp.sandbox.graphql.Field;
import io.purplemcp.sandbox.graphql.GraphQlError;
import io.purplemcp.sandbox.graphql.GraphQlParser;
import io.purplemcp.sandbox.graphql.GraphQlSyntaxException;
import io.purplemcp.sandbox.graphql.Operation;
import io.purplemcp.sandbox.graphql.Value;
import io.purplemcp.sandbox.http.ErrorStyle;
import io.purplemcp.sandbox.http.Reply;
import io.purplemcp.sandbox.http.Request;
import io.purplemcp.sandbox.http.RequiredAuthorization;
import io.purplemcp.sandbox.http.Router;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A findings GraphQL endpoint: {@code POST <path>} with {@code {"query": …, "variables": …}} (an
 * {@code operationName} is accepted too). The document is parsed, validated against the family's schema
 * and its variables coerced, with GraphQL {@code errors} (HTTP 200) for what a real server refuses;
 * then the root fields are resolved and only the selected fields returned.
 *
 * <p>Fault markers travel in any string variable (an id, a filter value, a cursor) or string literal;
 * they are removed from the variables before the request is served. A marker without a phase hits any
 * request; {@code @get}, {@code @list}, {@code @notes}, {@code @history} aim it at one root field kind.
 */
public final class FindingsEndpoint {

    private static final Set<FaultKind> FINDINGS_FAULTS = FaultKind.transportAnd(
            FaultKind.GRAPHQL_ERROR, FaultKind.PARTIAL_DATA, FaultKind.EMPTY_ERRORS, FaultKind.NULL_DATA);
    private static final Set<Phase> FINDINGS_PHASES = EnumSet.of(Phase.GET, Phase.LIST, Phase.NOTES, Phase.HISTORY);
    private static final Set<String> BODY_KEYS = Set.of("query", "variables", "operationName");

    private final ObjectMapper json;
    private final FaultInjector faults;
    private final FamilyGraph family;
    private final Executor executor;

    public FindingsEndpoint(ObjectMapper json, FaultInjector faults, FamilyGraph family) {
        this.json = json;
        this.faults = faults;
        this.family = family;
        this.executor = new Executor(family.schema());
    }

    /** Adds the route, guarded by the credentials (the findings APIs want {@code Bearer}). */
    public void register(Router router, RequiredAuthorization credentials) {
        router.add("POST", Pattern.quote(family.path()), credentials, this::handle);
    }

    private Reply handle(Request request) {
        JsonNode body;
        try {
            body = request.jsonObject(json);
        } catch (Request.NotAJsonObject e) {
            return requestError(e.status(), e.getMessage());
        }
        var unknown = new TreeSet<String>();
        body.fieldNames().forEachRemaining(name -> {
            if (!BODY_KEYS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            return requestError(
                    400,
                    "unexpected keys in the request body: " + unknown
                            + " (expected query, variables and optionally operationName)");
        }
        if (!body.path("query").isTextual()) {
            return requestError(400, "query must be a string holding the GraphQL document");
        }
        var variables = body.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            return requestError(400, "variables must be a JSON object");
        }
        Operation operation;
        try {
            operation = GraphQlParser.parse(body.get("query").textValue());
        } catch (GraphQlSyntaxException e) {
            return errors(List.of(GraphQlError.of(e.getMessage(), GraphQlError.PARSE_FAILED)));
        }
        var operationName = body.get("operationName");
        if (operationName != null
                && !operationName.isNull()
                && !operationName.asText().equals(operation.name())) {
            return errors(List.of(GraphQlError.of(
                    "Unknown operation named \"" + operationName.asText() + "\".", GraphQlError.VALIDATION_FAILED)));
        }
        var strings = MarkedRequest.strings(variables);
        for (var literal : Field.argumentLiterals(operation.selections())) {
            if (literal instanceof Value.StringValue string) {
                strings.add(string.value());
            }
        }
        MarkedRequest marked;
        try {
            marked = MarkedRequest.of(faults, request.path(), strings, family.name(), FINDINGS_FAULTS, FINDINGS_PHASES);
        } catch (MarkerException e) {
            return requestError(400, e.getMessage());
        }
        var problems = executor.validate(operation);
        if (!problems.isEmpty()) {
            return errors(problems);
        }
        ObjectNode coerced;
        try {
            coerced = executor.coerceVariables(operation, MarkedRequest.stripped(variables));
        } catch (Executor.VariablesException e) {
            return errors(e.errors());
        }
        var phase = operation.selections().stream()
                .filter(field -> !field.isInlineFragment() && !field.name().startsWith("__"))
                .findFirst()
                .map(field -> family.phase(field.name()))
                .orElse(Phase.GET);
        var fault = marked.fault(phase);
        var transport = fault.filter(f -> f.kind().transport());
        var content = fault.filter(f -> !f.kind().transport());
        return faults.apply(transport, ErrorStyle.GRAPHQL, request.path(), () -> execute(operation, coerced, content));
    }

    private Reply execute(Operation operation, ObjectNode variables, Optional<Fault> content) {
        if (content.isPresent() && content.get().kind() == FaultKind.GRAPHQL_ERROR) {
            var body = json.createObjectNode();
            var error = body.putArray("errors").addObject();
            error.put(
                    "message", "Permission denied (injected by " + content.get().marker() + ")");
            error.putObject("extensions").put("code", "FORBIDDEN");
            body.putNull("data");
            return new Reply.Injected(content.get().marker(), Reply.json(200, body));
        }
        var result = executor.execute(operation, variables, family.resolver());
        var body = json.createObjectNode();
        var errors = json.createArrayNode();
        result.errors().forEach(error -> errors.add(error.toJson(json.getNodeFactory())));
        if (content.isPresent()) {
            var kind = content.get().kind();
            if (kind == FaultKind.NULL_DATA) {
                result.data()
                        .fieldNames()
                        .forEachRemaining(name -> result.data().putNull(name));
            } else if (kind == FaultKind.PARTIAL_DATA) {
                var error = errors.addObject();
                error.put(
                        "message",
                        "Timeout while resolving a field (injected by "
                                + content.get().marker() + ")");
                var first = result.data().fieldNames();
                if (first.hasNext()) {
                    error.putArray("path").add(first.next());
                }
                error.putObject("extensions").put("code", "INTERNAL_SERVER_ERROR");
            }
        }
        if (!errors.isEmpty()
                || content.filter(f -> f.kind() == FaultKind.EMPTY_ERRORS).isPresent()) {
            body.set("errors", errors);
        }
        body.set("data", result.data());
        var reply = Reply.json(200, body);
        return content.<Reply>map(f -> new Reply.Injected(f.marker(), reply)).orElse(reply);
    }

    private Reply errors(List<GraphQlError> errors) {
        var body = json.createObjectNode();
        var array = body.putArray("errors");
        errors.forEach(error -> array.add(error.toJson(json.getNodeFactory())));
        body.putNull("data");
        return Reply.json(200, body);
    }

    private Reply requestError(int status, String message) {
        var body = json.createObjectNode();
        var error = body.putArray("errors").addObject();
        error.put("message", message);
        error.putObject("extensions").put("code", status == 415 ? "UNSUPPORTED_MEDIA_TYPE" : "BAD_REQUEST");
        return Reply.json(status, body);
    }
}
