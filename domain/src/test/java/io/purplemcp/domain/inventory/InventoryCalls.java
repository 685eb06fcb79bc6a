package io.purplemcp.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.telemetry.Telemetry;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.LogLevel;
import io.purplemcp.ports.tools.ToolCall;
import io.purplemcp.ports.tools.ToolResult;
import io.purplemcp.ports.tools.UnknownToolException;
import io.purplemcp.ports.upstream.UpstreamException;
import io.purplemcp.ports.upstream.UpstreamFailure;
import io.purplemcp.testsupport.tools.ToolArgs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Calls the inventory tools the way the MCP side does: by name, through the registry, with a JSON object. */
final class InventoryCalls {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final FakeInventory inventory = new FakeInventory();
    private final ToolRegistry registry =
            new ToolRegistry(InventoryTools.all(inventory, Clock.fixed(NOW, ZoneOffset.UTC)), Telemetry.none());
    boolean cancelled;

    ToolResult call(String tool, Object... namesAndValues) {
        var context = new CallContext() {
            @Override
            public boolean isCancelled() {
                return cancelled;
            }

            @Override
            public void onCancel(Runnable action) {}

            @Override
            public void progress(double progress, Double total, String message) {}

            @Override
            public void log(LogLevel level, String message) {}
        };
        try {
            return registry.call(new ToolCall(tool, arguments(namesAndValues)), context);
        } catch (UnknownToolException e) {
            throw new AssertionError(e);
        }
    }

    static String text(ToolResult result) {
        assertThat(result).isInstanceOf(ToolResult.Text.class);
        return ((ToolResult.Text) result).text();
    }

    static String failure(ToolResult result) {
        assertThat(result).isInstanceOf(ToolResult.Failure.class);
        return ((ToolResult.Failure) result).message();
    }

    /** Parses JSON text the way the adapter does (tests only; the core never parses bytes). */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static UpstreamException upstream(UpstreamFailure failure) {
        return new UpstreamException(failure);
    }

    /** An argument object from alternating names and values (String, Integer, Long, Double, Boolean, null, JsonNode). */
    static ObjectNode arguments(Object... namesAndValues) {
        return ToolArgs.of(namesAndValues);
    }
}
