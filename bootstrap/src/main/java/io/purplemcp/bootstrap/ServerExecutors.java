package io.purplemcp.bootstrap;

import io.purplemcp.adapters.mcp.http.ExchangeThreads;
import java.util.concurrent.ExecutorService;

/**
 * Where work runs. Tool calls mostly wait on the console, so on a runtime with virtual threads (JDK
 * 21+) each gets one; on JDK 17 a bounded pool ({@link ToolCallPool}) keeps a flood of calls from
 * exhausting the process, refusing work beyond its queue rather than piling it up. HTTP exchanges get
 * a thread each on every runtime (see {@link ExchangeThreads}): they wait on clients, and a bounded
 * pool let slow ones lock out the rest.
 */
final class ServerExecutors {

    private ServerExecutors() {}

    static ExecutorService forToolCalls() {
        return ExchangeThreads.virtualThreadPerTask().orElseGet(() -> new ToolCallPool("purple-mcp-tool-", 32, 256));
    }

    /** Call after {@link HttpServerProperties#apply}: the threads are bounded by its connection limit. */
    static ExecutorService forHttpExchanges() {
        return ExchangeThreads.create(HttpServerProperties.connectionLimit());
    }
}
