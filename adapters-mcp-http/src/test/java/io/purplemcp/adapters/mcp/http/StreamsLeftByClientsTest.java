package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Event streams that their clients walk away from must not use up the server's connections. On JDK 17
 * the JDK's server keeps counting a connection against {@code jdk.httpserver.maxConnections} when its
 * exchange is closed after a failed write, unless the handler throws; once the limit is reached every
 * new client is turned away.
 */
@Timeout(120)
class StreamsLeftByClientsTest {

    private static final int CONNECTION_LIMIT = 8;
    private static final int STREAMS = 3 * CONNECTION_LIMIT;

    @Test
    void streamsWhoseClientsLeftDoNotLockOthersOut() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-Djdk.httpserver.maxConnections=" + CONNECTION_LIMIT,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LeftStreamsServer.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            int port = Integer.parseInt(out.readLine().trim());
            for (int i = 0; i < STREAMS; i++) {
                // One session at a time: a 503 says the server has not yet noticed the last client left.
                var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                String status;
                while ((status = openAndLeave(port)).contains(" 503 ") && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                assertThat(status).as("stream %d", i + 1).startsWith("HTTP/1.1 200");
            }
            assertThat(statusLine(port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");
        } finally {
            process.getOutputStream().close();
            process.destroy();
            process.waitFor();
        }
    }

    /** Opens {@code GET /sse}, reads the answer's status line and leaves without a word. */
    private static String openAndLeave(int port) {
        return statusLine(port, "GET /sse HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n");
    }

    private static String statusLine(int port, String request) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var line = new StringBuilder();
            int c;
            var in = socket.getInputStream();
            while ((c = in.read()) != -1 && c != '\r' && c != '\n') {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException refused) {
            return "refused: " + refused;
        }
    }
}
