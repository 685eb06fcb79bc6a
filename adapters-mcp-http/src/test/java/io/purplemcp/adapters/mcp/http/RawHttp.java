package io.purplemcp.adapters.mcp.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for what {@link java.net.http.HttpClient} will not do: send any
 * {@code Host}, declare a body it never sends, send chunked bodies, drop the connection mid-response.
 */
final class RawHttp implements AutoCloseable {

    record Head(int status, Map<String, List<String>> headers) {
        String header(String name) {
            var values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(InetSocketAddress address) throws IOException {
        socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(15_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    Head readHead() throws IOException {
        var statusLine = readLine();
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        String line;
        while ((line = readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return new Head(status, headers);
    }

    /** The body of a response with a length or chunked framing. */
    String readBody(Head head) throws IOException {
        var length = head.header("Content-Length");
        if (length != null) {
            return new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
        }
        var body = new ByteArrayOutputStream();
        while (true) {
            int size = Integer.parseInt(readLine().trim(), 16);
            if (size == 0) {
                readLine();
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(size));
            readLine();
        }
    }

    /** One line of raw bytes (chunk sizes included when the body is chunked); null at end of stream. */
    String readLine() throws IOException {
        var line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    /** Reads lines until one contains {@code text}; false if the stream ended first. */
    boolean skipPast(String text) throws IOException {
        String line;
        while ((line = readLine()) != null) {
            if (line.contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /**
     * The head of a well-formed MCP POST to {@code /mcp} announcing {@code body}; {@code headers} are
     * further name/value pairs.
     */
    static String mcpPost(byte[] body, String... headers) {
        var all = new java.util.ArrayList<>(java.util.List.of(headers));
        all.addAll(java.util.List.of("Content-Length", String.valueOf(body.length)));
        return mcpPost(all.toArray(String[]::new));
    }

    /** The head of an MCP POST to {@code /mcp} whose body's framing {@code headers} (name/value pairs) state. */
    static String mcpPost(String... headers) {
        var all = new java.util.ArrayList<>(java.util.List.of(
                "Host", "127.0.0.1", "Accept", TestServer.ACCEPT_BOTH, "Content-Type", "application/json"));
        all.addAll(java.util.List.of(headers));
        return head("POST", "/mcp", all.toArray(String[]::new));
    }

    /** A request head; {@code headers} are name/value pairs, sent exactly as given. */
    static String head(String method, String target, String... headers) {
        var text = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            text.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return text.append("\r\n").toString();
    }
}
