package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.bootstrap.config.EnvNames;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clients that cut their requests short must not use up the server's connections. The JDK's server keeps
 * counting a connection against {@code jdk.httpserver.maxConnections} when a handler closes its exchange
 * without answering, until every new client is turned away. In its own process: the limit is read once
 * per JVM.
 */
class CutOffRequestsIT {

    // One session allowed: the connection limit is 1 + 200.
    private static final int CONNECTION_LIMIT = 201;
    private static final int BATCH = 50;

    @Test
    void requestsWhoseBodiesNeverArriveLeaveTheServerOpenToOthers() throws Exception {
        int port = RunningJar.freePort();
        try (var jar = RunningJar.start(
                Map.of(EnvNames.MAX_SESSIONS, "1"),
                List.of("--demo", "--mode", "streamable-http", "--port", "" + port))) {
            for (int sent = 0; sent < 2 * CONNECTION_LIMIT; sent += BATCH) {
                for (int i = 0; i < BATCH; i++) {
                    cutOffPost(port);
                }
                // At most one batch can still be in the server's hands, far below the limit; a leak grows past it.
                assertThat(healthStatusLine(port))
                        .as("after %d requests cut short", sent + BATCH)
                        .startsWith("HTTP/1.1 200");
            }
            assertThat(jar.terminate()).isEqualTo(143);
        }
    }

    private static void cutOffPost(int port) throws IOException {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream()
                    .write(("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                    + "Accept: application/json, text/event-stream\r\nContent-Length: 1000\r\n\r\n{\"jsonrpc\"")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
    }

    private static String healthStatusLine(int port) throws IOException {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            return firstLine(socket.getInputStream());
        } catch (IOException refused) {
            return "refused: " + refused;
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\r' && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }
}
