package io.purplemcp.testsupport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.in.tools.UnknownToolException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Calls tools the way the MCP side does: by name, through a catalogue, with a JSON object of
 * arguments. Each module's harness builds its catalogue and hands it here.
 */
public final class CatalogCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolCatalog catalog;
    private CallContext context = CallContext.unobserved();

    public CatalogCalls(ToolCatalog catalog) {
        this.catalog = catalog;
    }

    /** The context the following calls run in. */
    public CatalogCalls in(CallContext context) {
        this.context = context;
        return this;
    }

    /** Calls {@code tool} with alternating names and values, as {@link ToolArgs#of} reads them. */
    public ToolResult call(String tool, Object... namesAndValues) {
        return call(tool, ToolArgs.of(namesAndValues));
    }

    public ToolResult call(String tool, ObjectNode arguments) {
        try {
            return catalog.call(new ToolCall(tool, arguments), context);
        } catch (UnknownToolException e) {
            throw new AssertionError(e);
        }
    }

    /** The text of a call that must succeed. */
    public String text(String tool, Object... namesAndValues) {
        return text(call(tool, namesAndValues));
    }

    /** The text of a call that must succeed, read back as JSON. */
    public JsonNode json(String tool, Object... namesAndValues) {
        return parse(text(tool, namesAndValues));
    }

    /** The structured content of a call that must succeed with a document. */
    public ObjectNode structured(String tool, Object... namesAndValues) {
        return structured(call(tool, namesAndValues));
    }

    /** The message of a call that must fail as a tool (not as a protocol error). */
    public String failure(String tool, Object... namesAndValues) {
        return failure(call(tool, namesAndValues));
    }

    /** The text a successful call shows the model, whether or not it also carries a document. */
    public static String text(ToolResult result) {
        if (result instanceof ToolResult.Text text) {
            return text.text();
        }
        if (result instanceof ToolResult.Structured structured) {
            return structured.text();
        }
        throw new AssertionError("expected a successful result, got " + result);
    }

    public static ObjectNode structured(ToolResult result) {
        if (!(result instanceof ToolResult.Structured structured)) {
            throw new AssertionError("expected a structured result, got " + result);
        }
        return structured.value();
    }

    public static String failure(ToolResult result) {
        if (!(result instanceof ToolResult.Failure failure)) {
            throw new AssertionError("expected a failure, got " + result);
        }
        return failure.message();
    }

    /** Reads JSON text as the MCP side would (tests only: the core never parses bytes). */
    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
