package io.purplemcp.adapters.sentinelone.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.sentinelone.http.Exchange;
import io.purplemcp.adapters.sentinelone.http.JsonBodies;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs GraphQL operations against one endpoint of the console. Safe for concurrent use. */
public final class GraphQlClient {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlClient.class);

    private final UpstreamHttp http;
    private final URI endpoint;
    private final String authorization;

    /**
     * @param authorization the complete {@code Authorization} header value (scheme and token)
     */
    public GraphQlClient(UpstreamHttp http, URI endpoint, String authorization) {
        this.http = Objects.requireNonNull(http, "http");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
    }

    /**
     * Sends the operation (a read: retried on transient failures) and returns its {@code data} object.
     *
     * @throws UpstreamException for HTTP failures, an unreadable envelope, or GraphQL errors
     */
    public ObjectNode execute(GraphQlRequest request, Instant deadline) throws UpstreamException, InterruptedException {
        var json = http.json();
        var body = json.createObjectNode();
        body.put("query", request.document());
        body.set("variables", request.variables());
        var bytes = JsonBodies.write(json, body, "a GraphQL request");
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "graphql {} document_length={} variable_keys={}",
                    request.label(),
                    request.document().length(),
                    fieldNames(request.variables()));
        }
        var exchange = new Exchange(
                request.label(),
                "POST",
                endpoint,
                Map.of("Authorization", authorization, "Accept", "application/json"),
                Optional.of(bytes),
                Exchange.RetryMode.IDEMPOTENT,
                http.settings().timeouts().graphqlRequest(),
                Optional.empty());
        return data(JsonBodies.read(json, http.send(exchange, deadline)));
    }

    /** The envelope rules shared by every GraphQL family. */
    static ObjectNode data(JsonNode answer) throws UpstreamException {
        var envelope = JsonBodies.object(answer);
        var errors = envelope.get("errors");
        if (errors != null && !errors.isNull() && !(errors.isArray() && errors.isEmpty())) {
            throw new UpstreamException(new UpstreamFailure.QueryError(errorMessages(errors)));
        }
        var data = envelope.get("data");
        if (data == null || data.isNull()) {
            throw malformed("the answer has no data");
        }
        if (!data.isObject()) {
            throw malformed("data is " + JsonBodies.typeName(data) + ", not an object");
        }
        return (ObjectNode) data;
    }

    private static String errorMessages(JsonNode errors) {
        var messages = new ArrayList<String>();
        if (errors.isArray()) {
            for (var error : errors) {
                var message = error.path("message");
                messages.add(
                        message.isTextual() && !message.textValue().isBlank() ? message.textValue() : "Unknown error");
            }
        } else if (errors.isTextual()) {
            messages.add(errors.textValue());
        } else {
            messages.add("Unknown error");
        }
        return "GraphQL errors: " + String.join("; ", messages);
    }

    private static String fieldNames(ObjectNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static UpstreamException malformed(String detail) {
        return new UpstreamException(new UpstreamFailure.MalformedResponse(detail));
    }
}
