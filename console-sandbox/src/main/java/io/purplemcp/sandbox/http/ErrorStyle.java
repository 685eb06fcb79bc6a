package io.purplemcp.sandbox.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** How an upstream family shapes its error bodies. */
public enum ErrorStyle {
    /**
     * The management API and its GraphQL endpoints: {@code {"errors":[{"code":4010010,"detail":"…","title":"…"}]}}.
     */
    WEB_API {
        @Override
        String body(int status, String message) {
            return errors(coded(status, message, reason(status)));
        }
    },
    /**
     * The findings GraphQL endpoints, for errors outside GraphQL execution (401, injected statuses):
     * {@code {"errors":[{"message":"Unauthorized","extensions":{"status":401,"detail":"…"}}]}}.
     */
    GRAPHQL {
        @Override
        String body(int status, String message) {
            var error = JsonNodeFactory.instance.objectNode();
            error.put("message", status == 401 ? "Unauthorized" : reason(status));
            var extensions = error.putObject("extensions");
            extensions.put("status", status);
            extensions.put("detail", message);
            return errors(error);
        }
    },
    /**
     * The inventory REST API: client errors as {@code {"errors":[{"code":4000010,"detail":"…","title":
     * "Validation Error"}]}}, server errors as {@code {"message":"…"}} (the shapes of docs/decisions/0016-inventory-tools.md).
     */
    INVENTORY {
        @Override
        String body(int status, String message) {
            if (status >= 500) {
                return JsonNodeFactory.instance
                        .objectNode()
                        .put("message", message)
                        .toString();
            }
            var title = switch (status) {
                case 400 -> "Validation Error";
                case 401 -> "Unauthorized";
                default -> reason(status);
            };
            return errors(coded(status, message, title));
        }
    },
    /** The SDL (data lake) API: {@code {"status":"error/client/noPermission","message":"…"}}. */
    SDL {
        @Override
        String body(int status, String message) {
            var body = JsonNodeFactory.instance.objectNode();
            body.put("status", (status >= 500 ? "error/server/" : "error/client/") + sdlKind(status));
            body.put("message", message);
            return body.toString();
        }
    };

    abstract String body(int status, String message);

    /** An error reply in this style; a 429 carries {@code Retry-After: 1}. */
    public Reply reply(int status, String message) {
        var headers = status == 429 ? Map.of("Retry-After", "1") : Map.<String, String>of();
        return Reply.json(status, headers, body(status, message).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The reason phrase of a status code, for error bodies. */
    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Authentication Failed";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }

    /** A management API error entry: its code is the status followed by 0010. */
    private static ObjectNode coded(int status, String message, String title) {
        var error = JsonNodeFactory.instance.objectNode();
        error.put("code", status * 10_000L + 10);
        error.put("detail", message);
        error.put("title", title);
        return error;
    }

    private static String errors(ObjectNode error) {
        var body = JsonNodeFactory.instance.objectNode();
        body.putArray("errors").add(error);
        return body.toString();
    }

    private static String sdlKind(int status) {
        return switch (status) {
            case 400, 422 -> "badParam";
            case 401, 403 -> "noPermission";
            case 404 -> "notFound";
            case 405 -> "badMethod";
            case 413 -> "tooLarge";
            case 415 -> "badContentType";
            case 429 -> "throttled";
            case 503 -> "unavailable";
            default -> status >= 500 ? "backend" : "badRequest";
        };
    }
}
