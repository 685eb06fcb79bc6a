package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Request;
import io.purplemcp.ports.out.telemetry.TraceContext;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Serves 2026-07-28 requests. Each is answered from what it carries alone, so any replica can serve
 * any of them; only the calls in flight are shared with the connection, because a stdio client
 * cancels them by id.
 */
final class ModernRequests {

    /**
     * How long clients and caches may reuse a discover or list result. The tools, resources and prompts
     * change only with a new release, and a rolling upgrade is over within minutes.
     */
    static final long CACHE_TTL_MS = 300_000;
    // Tool definitions, resources and prompts, rendered for this revision, are identical for every caller.
    private static final String CACHE_SCOPE = "public";
    // The tool objects of 2026-07-28 are those of 2025-11-25 without the execution member, never sent here.
    private static final ProtocolVersion RENDER_AS = ProtocolVersion.V2025_11_25;

    private final McpServer server;
    private final ToolCalls calls;

    ModernRequests(McpServer server, ToolCalls calls) {
        this.server = server;
        this.calls = calls;
    }

    CompletableFuture<ObjectNode> answer(Request request, MessageSink sink, Optional<TraceContext> trace)
            throws JsonRpcError {
        var envelope = ModernEra.envelope(request.params());
        ModernEra.requireMethod(request.method());
        return switch (request.method()) {
            case ModernEra.DISCOVER -> done(request, cacheable(discover()));
            case "tools/list" ->
                done(
                        request,
                        cacheable(ToolPage.of(
                                server.catalog().definitions(), server.toolsPageSize(), request.params(), RENDER_AS)));
            case ContextMethods.PROMPTS_GET ->
                done(request, server.context().answer(request.method(), request.params(), RENDER_AS, true));
            case ContextMethods.RESOURCES_LIST,
                    ContextMethods.RESOURCES_READ,
                    ContextMethods.TEMPLATES_LIST,
                    ContextMethods.PROMPTS_LIST ->
                done(request, cacheable(server.context().answer(request.method(), request.params(), RENDER_AS, true)));
            default ->
                calls.start(request, sink, RENDER_AS, envelope::logLevel, trace).thenApply(this::complete);
        };
    }

    private ObjectNode discover() {
        var result = Messages.NODES.objectNode();
        ModernEra.SUPPORTED.forEach(result.putArray("supportedVersions")::add);
        var capabilities = result.putObject("capabilities");
        capabilities.putObject("tools");
        // Deprecated but still served: a request that names a log level gets messages at that level.
        capabilities.putObject("logging");
        server.context().advertise(capabilities);
        result.put("instructions", server.identity().instructions());
        return result;
    }

    private static ObjectNode cacheable(ObjectNode result) {
        return result.put("ttlMs", CACHE_TTL_MS).put("cacheScope", CACHE_SCOPE);
    }

    private CompletableFuture<ObjectNode> done(Request request, ObjectNode result) {
        return CompletableFuture.completedFuture(complete(Messages.result(request.id(), result)));
    }

    /** Marks a result as final and names the server in it, as the revision asks of every result. */
    private ObjectNode complete(ObjectNode response) {
        if (response != null && response.get("result") instanceof ObjectNode result) {
            result.put("resultType", "complete");
            var identity = server.identity();
            var meta = result.get("_meta") instanceof ObjectNode existing ? existing : result.putObject("_meta");
            meta.putObject(ModernEra.SERVER_INFO_KEY)
                    .put("name", identity.name())
                    .put("title", identity.title())
                    .put("version", identity.version());
        }
        return response;
    }
}
