package io.purplemcp.bootstrap;

import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.in.tools.UnknownToolException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A tool catalogue built on its own thread. The handshake needs no tools, so start-up answers it
 * while the other core builds them (tens of milliseconds of descriptions and field catalogues); the
 * first request that needs a tool waits for the build, and a build that failed fails that request.
 */
final class BackgroundCatalog implements ToolCatalog {

    private final CompletableFuture<ToolCatalog> built = new CompletableFuture<>();

    private BackgroundCatalog() {}

    static BackgroundCatalog start(Supplier<? extends ToolCatalog> build) {
        var catalog = new BackgroundCatalog();
        var thread = new Thread(
                () -> {
                    try {
                        catalog.built.complete(build.get());
                    } catch (RuntimeException | Error failure) {
                        catalog.built.completeExceptionally(failure);
                    }
                },
                "purple-mcp-catalog");
        thread.setDaemon(true);
        thread.start();
        return catalog;
    }

    @Override
    public List<ToolDefinition> definitions() {
        return built().definitions();
    }

    @Override
    public ToolResult call(ToolCall call, CallContext context) throws UnknownToolException {
        return built().call(call, context);
    }

    private ToolCatalog built() {
        try {
            return built.join();
        } catch (CompletionException failure) {
            throw new IllegalStateException("the tool catalogue could not be built", failure.getCause());
        }
    }
}
