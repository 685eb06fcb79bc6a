package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.ACCEPT_BOTH;
import static io.purplemcp.adapters.mcp.http.TestServer.initializeBody;
import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static io.purplemcp.adapters.mcp.http.TestServer.toolsList;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HardeningTest {

    private static final String INIT = initializeBody("2025-06-18");

    private static int postWithHost(TestServer t, String host) throws Exception {
        return postRaw(t, INIT, "Host", host).status();
    }

    private static RawHttp.Head postRaw(TestServer t, String body, String... headers) throws Exception {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var all = new String[headers.length + 6];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Accept";
        all[headers.length + 1] = ACCEPT_BOTH;
        all[headers.length + 2] = "Content-Type";
        all[headers.length + 3] = "application/json";
        all[headers.length + 4] = "Content-Length";
        all[headers.length + 5] = String.valueOf(bytes.length);
        try (var raw = new RawHttp(t.server.address())) {
            raw.send(RawHttp.head("POST", "/mcp", all));
            raw.send(bytes);
            var head = raw.readHead();
            raw.readBody(head);
            return head;
        }
    }

    @Test
    void aForeignOriginIs403OnEveryMcpRoute() throws Exception {
        try (var streamable = TestServer.streamable().start();
                var sse = TestServer.sse().start()) {
            var post = streamable.post(INIT, "Origin", "http://evil.example");
            var opaque = streamable.post(INIT, "Origin", "null");
            var stream = TestServer.send(sse.request("/sse")
                    .header("Origin", "https://evil.example")
                    .GET()
                    .build());

            assertThat(post.statusCode()).isEqualTo(403);
            assertThat(json(post.body()).at("/error/message").asText()).contains("Origin");
            assertThat(opaque.statusCode()).isEqualTo(403);
            assertThat(stream.statusCode()).isEqualTo(403);
            assertThat(streamable.server.sessionCount()).isZero();
            assertThat(sse.server.sessionCount()).isZero();
        }
    }

    @Test
    void loopbackAndConfiguredOriginsAreAllowed() throws Exception {
        try (var t =
                TestServer.streamable().extraOrigins("https://mcp.example.com/").start()) {
            for (var origin : new String[] {
                "http://localhost:6274",
                "https://127.0.0.1",
                "http://[::1]:8080",
                "HTTP://LOCALHOST",
                "https://mcp.example.com",
                "https://mcp.example.com:443"
            }) {
                assertThat(t.post(INIT, "Origin", origin).statusCode())
                        .as(origin)
                        .isEqualTo(200);
            }
            assertThat(t.post(INIT, "Origin", "http://mcp.example.com").statusCode())
                    .isEqualTo(403);
            assertThat(t.post(INIT, "Origin", "https://mcp.example.com.evil.example")
                            .statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void aForeignHostIs421AndLoopbackNamesPass() throws Exception {
        try (var t = TestServer.streamable()
                .extraHosts("mcp.example.com", "edge.example.com:8443")
                .start()) {
            assertThat(postWithHost(t, "evil.example")).isEqualTo(421);
            assertThat(postWithHost(t, "evil.example:8000")).isEqualTo(421);
            assertThat(postWithHost(t, "edge.example.com:9000")).isEqualTo(421);
            assertThat(postWithHost(t, "127.0.0.1.evil.example")).isEqualTo(421);
            for (var host : new String[] {
                "localhost",
                "localhost:8000",
                "LOCALHOST:1",
                "127.0.0.1:65535",
                "[::1]:8000",
                "localhost.localdomain",
                "mcp.example.com:443",
                "edge.example.com:8443"
            }) {
                assertThat(postWithHost(t, host)).as(host).isEqualTo(200);
            }
            assertThat(t.server.sessionCount()).isEqualTo(8);
        }
    }

    @Test
    void remoteAccessSkipsTheHostCheckOnlyWhenNoHostsAreConfigured() throws Exception {
        try (var open = TestServer.streamable().remoteAccess().start();
                var named =
                        TestServer.streamable().remoteAccess("mcp.example.com").start()) {
            assertThat(postWithHost(open, "anything.example:8000")).isEqualTo(200);
            assertThat(postWithHost(named, "mcp.example.com")).isEqualTo(200);
            assertThat(postWithHost(named, "anything.example")).isEqualTo(421);
        }
    }

    @Test
    void aDeclaredBodyOverTheCapIs413WithoutBeingRead() throws Exception {
        try (var t = TestServer.streamable().maxBodyBytes(1024).start();
                var raw = new RawHttp(t.server.address())) {
            // The body is never sent: the answer must come from the declared length alone.
            raw.send(RawHttp.mcpPost("Content-Length", "5000000"));
            var head = raw.readHead();

            assertThat(head.status()).isEqualTo(413);
            assertThat(head.header("connection")).isEqualToIgnoringCase("close");
            assertThat(json(raw.readBody(head)).at("/error/message").asText()).contains("1024");
        }
    }

    @Test
    void aChunkedBodyOverTheCapIs413() throws Exception {
        try (var t = TestServer.streamable().maxBodyBytes(1024).start();
                var raw = new RawHttp(t.server.address())) {
            raw.send(RawHttp.mcpPost("Transfer-Encoding", "chunked"));
            var chunk = "x".repeat(600);
            raw.send("258\r\n" + chunk + "\r\n258\r\n" + chunk + "\r\n0\r\n\r\n");

            assertThat(raw.readHead().status()).isEqualTo(413);
        }
    }

    @Test
    void bodiesUpToTheCapAreServedChunkedOrNot() throws Exception {
        try (var t = TestServer.streamable().maxBodyBytes(1024).start()) {
            var padded =
                    INIT.substring(0, INIT.length() - 1) + ",\"pad\":\"" + "x".repeat(1024 - INIT.length() - 9) + "\"}";
            assertThat(padded).hasSize(1024);

            assertThat(t.post(padded).statusCode()).isEqualTo(200);
            try (var raw = new RawHttp(t.server.address())) {
                var size = Integer.toHexString(padded.length());
                raw.send(RawHttp.mcpPost("Transfer-Encoding", "chunked"));
                raw.send(size + "\r\n" + padded + "\r\n0\r\n\r\n");
                assertThat(raw.readHead().status()).isEqualTo(200);
            }
        }
    }

    @Test
    void everyResponseForbidsCaching() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var responses = new java.util.ArrayList<java.net.http.HttpResponse<String>>();
            responses.add(t.post(INIT));
            responses.add(t.post(toolsList(1)));
            responses.add(t.post("{"));
            responses.add(TestServer.send(t.request("/nowhere").GET().build()));
            responses.add(TestServer.send(
                    t.request("/mcp").PUT(HttpRequest.BodyPublishers.noBody()).build()));
            responses.add(t.post(INIT, "Origin", "http://evil.example"));

            assertThat(responses)
                    .extracting(response ->
                            response.headers().firstValue("cache-control").orElse(null))
                    .containsOnly("no-store");
        }
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCase() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var init = postRaw(t, INIT, "HOST", "localhost", "ORIGIN", "http://localhost:3000");
            assertThat(init.status()).isEqualTo(200);
            // The JDK re-cases response header names (Mcp-session-id); clients must not care, nor do we.
            var id = init.header("MCP-SESSION-ID");
            assertThat(id).matches("[0-9a-f]{32}");

            assertThat(postRaw(t, toolsList(2), "host", "localhost", "mcp-session-id", id)
                            .status())
                    .isEqualTo(200);
            assertThat(postRaw(
                                    t,
                                    toolsList(3),
                                    "Host",
                                    "localhost",
                                    "MCP-SESSION-ID",
                                    id,
                                    "mcp-protocol-version",
                                    "2025-06-18")
                            .status())
                    .isEqualTo(200);
            assertThat(postRaw(
                                    t,
                                    toolsList(4),
                                    "Host",
                                    "localhost",
                                    "mCp-SeSsIoN-iD",
                                    id,
                                    "MCP-PROTOCOL-VERSION",
                                    "bogus")
                            .status())
                    .isEqualTo(400);
        }
    }
}
