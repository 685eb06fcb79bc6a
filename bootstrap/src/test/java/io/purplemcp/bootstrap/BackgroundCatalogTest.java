package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class BackgroundCatalogTest {

    private static final ToolDefinition ECHO =
            new ToolDefinition("echo", "Echo", "Echoes.", List.of(), ResultShape.text(), ToolHints.localComputation());

    @Test
    void buildsOnAnotherThreadAndCallersWaitForIt() throws Exception {
        var release = new CountDownLatch(1);
        var builderThread = new CompletableFuture<Thread>();
        var catalog = BackgroundCatalog.start(() -> {
            builderThread.complete(Thread.currentThread());
            await(release);
            return new Echo();
        });

        var listed = CompletableFuture.supplyAsync(catalog::definitions);
        assertThat(builderThread.get(5, TimeUnit.SECONDS)).isNotSameAs(Thread.currentThread());
        assertThat(listed).isNotDone();
        release.countDown();

        assertThat(listed.get(5, TimeUnit.SECONDS)).containsExactly(ECHO);
        assertThat(catalog.call(new ToolCall("echo", JsonNodeFactory.instance.objectNode()), CallContext.unobserved()))
                .isEqualTo(new ToolResult.Text("echoed"));
    }

    @Test
    void aFailedBuildFailsEveryUseWithItsCause() {
        var catalog = BackgroundCatalog.start(() -> {
            throw new IllegalArgumentException("bad tool");
        });

        assertThatThrownBy(catalog::definitions)
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("bad tool");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Echo implements ToolCatalog {
        @Override
        public List<ToolDefinition> definitions() {
            return List.of(ECHO);
        }

        @Override
        public ToolResult call(ToolCall call, CallContext context) {
            return new ToolResult.Text("echoed");
        }
    }
}
