package io.purplemcp.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A test client speaking to a sandbox the way purple-mcp must: real HTTPS, trusting only the sandbox's certificate. */
final class SandboxClient {

    static final String USER_AGENT = "sentinelone/purple-mcp (version 0.1.0)";
    static final long START = 1_736_850_000_000L;
    static final long END = 1_736_936_400_000L;

    private final ObjectMapper json = new ObjectMapper();
    private final SandboxConsole console;
    private final HttpClient http;
    private final String token;

    SandboxClient(SandboxConsole console) {
        this(console, SandboxConsole.DEMO_TOKEN);
    }

    SandboxClient(SandboxConsole console, String token) {
        this.console = console;
        this.token = token;
        this.http = HttpClient.newBuilder()
                .sslContext(SandboxConsole.clientTls())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Purple AI's request document (docs/decisions/0015-purple-ai.md), with every literal written by a JSON string
     * encoder.
     */
    String purpleAiDocument() {
        return "query SimpleTestQuery($input: String!) { purpleLaunchQuery(request: { isAsync: false"
                + " contentType: NATURAL_LANGUAGE consoleDetails: { baseUrl: " + quote(console.baseUrl())
                + " version: \"S\" } conversation: { id: \"PURPLE-MCPq7Rk2Lm9Xa\", messages: [], entitlements: null }"
                + " inputContent: { userInput: $input displayedTimeRange: { start: " + START + ", end: " + END
                + " } viewSelector: EDR contentType: NATURAL_LANGUAGE userDetails: { accountId: \"0\" teamToken: \"0\""
                + " sessionId: \"5f0c2a4e9b7d4c31a8e6f1d2c3b4a596\" emailAddress: null userAgent: "
                + quote(USER_AGENT) + " buildDate: null buildHash: null } } }) { result { message summary"
                + " powerQuery { query timeRange { start end } viewSelector } starRule suggestedActions { payload"
                + " label actionId } suggestedQuestions { powerQuery question } maskedMetadata } resultType status"
                + " { state error { errorDetail errorType origin } } stepsCompleted token } }";
    }

    HttpResponse<String> purpleAi(String question) {
        return purpleAi(purpleAiDocument(), question, Duration.ofSeconds(10));
    }

    HttpResponse<String> purpleAi(String document, String question, Duration timeout) {
        var body = json.createObjectNode();
        body.put("query", document);
        body.putObject("variables").put("input", question);
        return postJson(SandboxConsole.PURPLE_AI_PATH, "ApiToken " + token, body.toString(), timeout);
    }

    HttpResponse<String> launch(String query) {
        return launch(query, Duration.ofSeconds(10));
    }

    HttpResponse<String> launch(String query, Duration timeout) {
        var body = json.createObjectNode();
        body.put("startTime", Long.toString(START));
        body.put("endTime", Long.toString(END));
        body.put("queryType", "PQ");
        body.put("queryPriority", "LOW");
        var pq = body.putObject("pq");
        pq.put("query", query);
        pq.put("resultType", "TABLE");
        pq.put("frequency", "LOW");
        return postJson(SandboxConsole.SDL_QUERIES_PATH, "Bearer " + token, body.toString(), timeout);
    }

    HttpResponse<String> poll(String id, String tag, int lastStepSeen) {
        return poll(id, tag, lastStepSeen, Duration.ofSeconds(10));
    }

    HttpResponse<String> poll(String id, String tag, int lastStepSeen, Duration timeout) {
        var builder = request(
                        SandboxConsole.SDL_QUERIES_PATH + "/" + encode(id) + "?lastStepSeen=" + lastStepSeen, timeout)
                .header("Authorization", "Bearer " + token)
                .GET();
        if (tag != null) {
            builder.header(SandboxConsole.FORWARD_TAG_HEADER, tag);
        }
        return send(builder.build());
    }

    HttpResponse<String> delete(String id, String tag) {
        return send(request(SandboxConsole.SDL_QUERIES_PATH + "/" + encode(id), Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header(SandboxConsole.FORWARD_TAG_HEADER, tag)
                .DELETE()
                .build());
    }

    /**
     * Runs a task on a thread of its own: the common pool may have a single thread on a small machine,
     * where a blocked task of one test would stall the tasks of the others.
     */
    static java.util.concurrent.Executor ownThread() {
        return runnable -> {
            var thread = new Thread(runnable, "sandbox-test-client");
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** A GraphQL request as purple-mcp sends it: {@code {"query", "variables"}}, {@code Bearer} token. */
    HttpResponse<String> graphQl(String path, String document, JsonNode variables) {
        return postJson(path, "Bearer " + token, graphQlBody(document, variables), Duration.ofSeconds(10));
    }

    /** {@code GetAlert} for an id (which may carry fault markers). */
    HttpResponse<String> getAlert(String alertId) {
        return graphQl(SandboxConsole.ALERTS_PATH, Documents.GET_ALERT, Documents.variables("alertId", alertId));
    }

    String graphQlBody(String document, JsonNode variables) {
        var body = json.createObjectNode();
        body.put("query", document);
        body.set("variables", variables == null ? json.createObjectNode() : variables);
        return body.toString();
    }

    /** The same, answered asynchronously (for slow faults): no thread waits. */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> graphQlAsync(
            String path, String document, JsonNode variables, Duration timeout) {
        return http.sendAsync(
                request(path, timeout)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(graphQlBody(document, variables)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An inventory listing: {@code GET <path>?<query>} as purple-mcp sends it (with a JSON content type). */
    HttpResponse<String> inventoryGet(String pathAndQuery) {
        return send(request(pathAndQuery, Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .GET()
                .build());
    }

    /** An inventory search: {@code POST <collection>} with the body. */
    HttpResponse<String> inventorySearch(String body) {
        return postJson(SandboxConsole.INVENTORY_PATH, "Bearer " + token, body, Duration.ofSeconds(10));
    }

    com.fasterxml.jackson.databind.node.ObjectNode object() {
        return json.createObjectNode();
    }

    JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postJson(String path, String authorization, String body, Duration timeout) {
        return send(request(path, timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(console.baseUrl() + path))
                .timeout(timeout)
                .header("User-Agent", USER_AGENT);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Launches, polls until complete, deletes; returns the completing response's JSON. */
    JsonNode run(String query) {
        var launch = launch(query);
        var result = read(launch);
        var tag = launch.headers().firstValue(SandboxConsole.FORWARD_TAG_HEADER).orElseThrow();
        var id = result.get("id").asText();
        for (var polls = 0;
                result.get("stepsCompleted").asInt() != result.get("totalSteps").asInt();
                polls++) {
            if (polls > 100) {
                throw new IllegalStateException("the query did not complete: " + result);
            }
            result = read(poll(id, tag, result.get("stepsCompleted").asInt()));
        }
        var deleted = delete(id, tag);
        if (deleted.statusCode() != 204) {
            throw new IllegalStateException("delete answered " + deleted.statusCode());
        }
        return result;
    }

    JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private String quote(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
