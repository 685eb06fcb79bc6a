package io.purplemcp.adapters.sentinelone.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP proxy on 127.0.0.1 that only tunnels ({@code CONNECT host:port}), as a corporate
 * proxy does for HTTPS. It records each tunnel's target and pipes bytes both ways; TLS stays end to
 * end between the client and the console.
 */
public final class ConnectProxy implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        var thread = new Thread(r, "connect-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private final int fixedPort;

    private ConnectProxy(ServerSocket server, int fixedPort) {
        this.server = server;
        this.fixedPort = fixedPort;
    }

    public static ConnectProxy start() throws IOException {
        return start(0);
    }

    /**
     * A proxy that tunnels every CONNECT to {@code 127.0.0.1:port}, whatever host it names: a console
     * reached under a name its certificate does not carry.
     */
    public static ConnectProxy tunnellingTo(int port) throws IOException {
        return start(port);
    }

    private static ConnectProxy start(int fixedPort) throws IOException {
        var server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        var proxy = new ConnectProxy(server, fixedPort);
        proxy.threads.execute(proxy::accept);
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code host:port} of every tunnel opened, in order. */
    public List<String> targets() {
        return List.copyOf(targets);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                sockets.add(client);
                threads.execute(() -> tunnel(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void tunnel(Socket client) {
        try {
            var in = client.getInputStream();
            var head = readHead(in);
            var requestLine = head.lines().findFirst().orElse("");
            var parts = requestLine.split(" ");
            var out = client.getOutputStream();
            if (parts.length < 3 || !parts[0].equals("CONNECT")) {
                out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                client.close();
                return;
            }
            var target = parts[1];
            targets.add(target);
            int colon = target.lastIndexOf(':');
            var upstream = fixedPort > 0
                    ? new Socket(InetAddress.getLoopbackAddress(), fixedPort)
                    : new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
            sockets.add(upstream);
            out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            threads.execute(() -> pipe(upstream, client));
            pipe(client, upstream);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the request head ended");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // a side closed: the tunnel is over
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(ConnectProxy::closeQuietly);
        threads.shutdownNow();
    }
}
