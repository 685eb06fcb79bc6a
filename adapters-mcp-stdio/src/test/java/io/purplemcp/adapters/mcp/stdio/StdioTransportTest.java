package io.purplemcp.adapters.mcp.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import io.purplemcp.adapters.mcp.protocol.ServerIdentity;
import io.purplemcp.adapters.mcp.stdio.StdioTransport.StdioLimits;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.testsupport.mcp.Handshake;
import io.purplemcp.testsupport.tools.OneToolCatalog;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StdioTransportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INIT = Handshake.initialize("1");

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowStarted = new CountDownLatch(1);

    private final ToolCatalog catalog = new OneToolCatalog("slow", "Slow", "Waits.", (call, context) -> {
        slowStarted.countDown();
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ToolResult.Text("done");
    });

    private StdioTransport transport(java.io.InputStream in, java.io.OutputStream out, int maxBytes) {
        var server = new McpServer(
                catalog,
                new ServerIdentity("PurpleAIMCP", "t", "1", "i"),
                Executors.newCachedThreadPool(),
                Redactor.none(),
                100,
                false);
        return new StdioTransport(server.newSession(), in, out, new StdioLimits(maxBytes, Duration.ofSeconds(10), 64));
    }

    private static List<JsonNode> lines(ByteArrayOutputStream out) throws Exception {
        var replies = new ArrayList<JsonNode>();
        for (var line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (!line.isEmpty()) {
                replies.add(JSON.readTree(line));
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\n");
        return replies;
    }

    @Test
    void answersEachLineAndKeepsReadingAfterAMalformedOne() throws Exception {
        var input = INIT + "\r\n" + "{not json\n" + "\n   \n"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"nope\"}";
        var out = new ByteArrayOutputStream();
        release.countDown();

        transport(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, 4096)
                .run();

        var replies = lines(out);
        assertThat(replies).hasSize(4);
        assertThat(replies.get(0).path("result").path("protocolVersion").asText())
                .isEqualTo("2025-06-18");
        assertThat(replies.get(1).path("error").path("code").asInt()).isEqualTo(-32700);
        assertThat(replies.get(1).get("id").isNull()).isTrue();
        assertThat(replies.get(2)
                        .path("result")
                        .path("tools")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("slow");
        assertThat(replies.get(3).path("error").path("code").asInt()).isEqualTo(-32601);
    }

    @Test
    void a2026ClientIsServedWithoutAHandshakeAndA2025OneAfterIt() throws Exception {
        var meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
        var input = "{\"jsonrpc\":\"2.0\",\"id\":\"d\",\"method\":\"server/discover\",\"params\":{" + meta + "}}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{" + meta + "}}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{" + meta + "}}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}\n" + INIT + "\n";
        var out = new ByteArrayOutputStream();

        transport(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, 4096)
                .run();

        var replies = lines(out);
        assertThat(replies).hasSize(5);
        assertThat(replies.get(0)
                        .path("result")
                        .path("supportedVersions")
                        .get(0)
                        .asText())
                .isEqualTo("2026-07-28");
        assertThat(replies.get(1).path("result").path("resultType").asText()).isEqualTo("complete");
        assertThat(replies.get(2).path("error").path("code").asInt()).isEqualTo(-32601);
        // Without the revision's keys a request still belongs to the handshake era, which has not begun.
        assertThat(replies.get(3).path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(replies.get(4).path("result").path("protocolVersion").asText())
                .isEqualTo("2025-06-18");
    }

    @Test
    void anOverlongLineIsRefusedAndTheNextOneServed() throws Exception {
        var input = INIT + "\n" + "{\"x\":\"" + "a".repeat(5000) + "\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\n";
        var out = new ByteArrayOutputStream();

        transport(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, 4096)
                .run();

        var replies = lines(out);
        assertThat(replies).hasSize(3);
        assertThat(replies.get(1).path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(replies.get(1).path("error").path("message").asText()).contains("4096");
        assertThat(replies.get(2).path("id").asInt()).isEqualTo(2);
    }

    @Test
    void aSlowCallDoesNotHoldUpPingAndFinishesAfterEndOfInput() throws Exception {
        var toServer = new PipedOutputStream();
        var serverIn = new PipedInputStream(toServer, 65536);
        var serverOut = new PipedOutputStream();
        var fromServer = new BufferedReader(
                new InputStreamReader(new PipedInputStream(serverOut, 65536), StandardCharsets.UTF_8));
        var transport = transport(serverIn, serverOut, 4096);
        var done = new CountDownLatch(1);
        var thread = new Thread(() -> {
            try {
                transport.run();
                serverOut.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        });
        thread.start();

        write(toServer, INIT);
        assertThat(JSON.readTree(fromServer.readLine()).path("id").asInt()).isEqualTo(1);
        write(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"slow\"}}");
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        write(toServer, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}");
        assertThat(JSON.readTree(fromServer.readLine()).path("id").asInt()).isEqualTo(3);

        toServer.close();
        release.countDown();
        var last = JSON.readTree(fromServer.readLine());
        assertThat(last.path("id").asInt()).isEqualTo(2);
        assertThat(last.path("result").path("content").get(0).path("text").asText())
                .isEqualTo("done");
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fromServer.readLine()).isNull();
    }

    private static void write(PipedOutputStream out, String line) throws Exception {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
