package io.purplemcp.adapters.mcp.protocol;

import io.purplemcp.ports.in.context.ContextCatalog;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.telemetry.TraceScope;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every session of this process shares: the tools, who we are, where tool calls run and how
 * secrets are kept out of what we send. Transports ask it for one session per client connection.
 */
public final class McpServer {

    private final ToolCatalog catalog;
    private final ContextMethods context;
    private final ServerIdentity identity;
    private final Executor toolExecutor;
    private final Redactor redactor;
    private final int toolsPageSize;
    private final boolean logPayloads;
    private final Telemetry telemetry;
    private final TraceScope traceScope;
    private volatile Map<String, ToolDefinition> byName; // built on the first call, not at start-up

    /**
     * @param toolExecutor runs tool calls, so a slow call never holds up the transport's reader
     * @param toolsPageSize how many tools one {@code tools/list} page holds
     * @param logPayloads whether debug logs may show message bodies (operator's unsafe switch)
     */
    public McpServer(
            ToolCatalog catalog,
            ServerIdentity identity,
            Executor toolExecutor,
            Redactor redactor,
            int toolsPageSize,
            boolean logPayloads) {
        this(
                catalog,
                ContextCatalog.empty(),
                identity,
                toolExecutor,
                redactor,
                toolsPageSize,
                logPayloads,
                Telemetry.none(),
                TraceScope.none());
    }

    /**
     * @param context the resources and prompts; their capabilities are advertised only when they have
     *     content
     * @param telemetry told about every answered request (method, tool, outcome, duration; never
     *     arguments or results)
     * @param traceScope where a tool call's trace context is made current while the tool runs, so the
     *     console adapter can pass it on
     */
    public McpServer(
            ToolCatalog catalog,
            ContextCatalog context,
            ServerIdentity identity,
            Executor toolExecutor,
            Redactor redactor,
            int toolsPageSize,
            boolean logPayloads,
            Telemetry telemetry,
            TraceScope traceScope) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.traceScope = Objects.requireNonNull(traceScope, "traceScope");
        this.context = new ContextMethods(Objects.requireNonNull(context, "context"));
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.toolExecutor = Objects.requireNonNull(toolExecutor, "toolExecutor");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        if (toolsPageSize < 1) {
            throw new IllegalArgumentException("a tools page holds at least one tool");
        }
        this.toolsPageSize = toolsPageSize;
        this.logPayloads = logPayloads;
    }

    /**
     * A session that starts with the handshake, as stdio and stateful HTTP clients do; it serves
     * 2026-07-28 requests at any time, and is all a single 2026-07-28 HTTP request needs.
     */
    public McpSession newSession() {
        return new McpSession(this, null);
    }

    /**
     * A session for one self-contained request (stateless HTTP): it serves requests at once, speaking
     * the revision the client named in its headers, because no earlier handshake can be remembered.
     */
    public McpSession newStatelessSession(ProtocolVersion version) {
        return new McpSession(this, Objects.requireNonNull(version, "version"));
    }

    ToolCatalog catalog() {
        return catalog;
    }

    ContextMethods context() {
        return context;
    }

    /** Whether the tool only computes from its arguments, so it may run on the caller's thread. */
    boolean computesLocally(String toolName) {
        var definition = definition(toolName);
        return definition != null && !definition.hints().openWorld();
    }

    /**
     * Whether the tool told clients the shape of its answers: only then may a result carry structured
     * content, which such a client validates against that schema.
     */
    boolean declaresOutputSchema(String toolName) {
        var definition = definition(toolName);
        return definition != null && definition.resultShape().declaresSchema();
    }

    private ToolDefinition definition(String toolName) {
        var known = byName;
        if (known == null) {
            known = catalog.definitions().stream()
                    .collect(Collectors.toUnmodifiableMap(ToolDefinition::name, Function.identity()));
            byName = known;
        }
        return known.get(toolName);
    }

    ServerIdentity identity() {
        return identity;
    }

    Executor toolExecutor() {
        return toolExecutor;
    }

    Redactor redactor() {
        return redactor;
    }

    int toolsPageSize() {
        return toolsPageSize;
    }

    boolean logPayloads() {
        return logPayloads;
    }

    Telemetry telemetry() {
        return telemetry;
    }

    TraceScope traceScope() {
        return traceScope;
    }
}
