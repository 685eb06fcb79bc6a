import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The floor for bench/http-throughput.sh: the JDK's own HTTP server reading each body and answering a
 * fixed JSON-RPC result, with the same server properties as purple-mcp, so that the benchmark reports
 * what the MCP layers cost on top. Run it with {@code java bench/FloorServer.java <port>}.
 */
public final class FloorServer {

    private static final byte[] REPLY = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[{\"type\":\"text\","
                    + "\"text\":\"{\\\"unix_timestamp\\\":1735689600}\"}],\"isError\":false}}")
            .getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 256);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, REPLY.length);
                exchange.getResponseBody().write(REPLY);
            }
        });
        server.start();
        System.err.println("floor server listening on " + server.getAddress());
    }
}
