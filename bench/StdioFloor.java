import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The floor for bench/stdio-startup.py: a JVM that reads one JSON-RPC line from stdin and answers it
 * with a fixed initialize result, using nothing but java.base. What purple-mcp adds to a cold start is
 * measured against it; the script compiles it once and runs it with the same java as the jar.
 */
public final class StdioFloor {

    private static final String REPLY = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-06-18\","
            + "\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"floor\",\"version\":\"1\"}}}";

    public static void main(String[] args) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        in.readLine();
        System.out.println(REPLY);
        System.out.flush();
        // Then answer tools/list with an empty list, so the script's two-step run works unchanged.
        in.readLine();
        in.readLine();
        System.out.println("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[]}}");
        System.out.flush();
        while (in.readLine() != null) {}
    }
}
