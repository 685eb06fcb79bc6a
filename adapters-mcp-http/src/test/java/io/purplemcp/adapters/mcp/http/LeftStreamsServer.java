package io.purplemcp.adapters.mcp.http;

import java.time.Duration;

/**
 * A legacy SSE server for {@link StreamsLeftByClientsTest}, in a process of its own: the JDK reads its
 * connection limit once per process. It prints its port and runs until its standard input ends.
 */
public final class LeftStreamsServer {

    private LeftStreamsServer() {}

    public static void main(String[] args) throws Exception {
        try (var server =
                TestServer.sse().maxSessions(1).keepAlive(Duration.ofMillis(20)).start()) {
            System.out.println(server.server.address().getPort());
            System.out.flush();
            while (System.in.read() != -1) {
                // until the test closes our input
            }
        }
    }
}
