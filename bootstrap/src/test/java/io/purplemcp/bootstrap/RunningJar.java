package io.purplemcp.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The built jar serving HTTP as a child process, until the test sends it SIGTERM. */
final class RunningJar implements AutoCloseable {

    private final Process process;
    private final StringBuffer stderr = new StringBuffer();
    private final CompletableFuture<Void> listening = new CompletableFuture<>();
    private final CompletableFuture<Void> stderrRead = new CompletableFuture<>();

    private RunningJar(Process process) {
        this.process = process;
        var reader = new Thread(this::readStderr, "jar-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** A well-formed MCP POST to {@code endpoint}; {@code headers} are name/value pairs, a null value left out. */
    static HttpRequest mcpPost(URI endpoint, String body, String... headers) {
        var request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return request.build();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts the jar and waits until it says it is listening (or has exited). */
    static RunningJar start(Map<String, String> environment, List<String> args) throws Exception {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JarProcess.JAR.toString());
        command.addAll(args);
        var builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().putAll(environment);
        var jar = new RunningJar(builder.start());
        jar.listening.get(30, TimeUnit.SECONDS);
        return jar;
    }

    private void readStderr() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                stderr.append(line).append('\n');
                if (line.contains("listening on")) {
                    listening.complete(null);
                }
            }
        } catch (IOException e) {
            // the process ended; what was read is kept
        } finally {
            listening.complete(null);
            stderrRead.complete(null);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM and returns the exit status. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not stop after SIGTERM");
        }
        return exitedAndRead();
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not exit");
        }
        return exitedAndRead();
    }

    /** The pipe outlives the process by a moment: its last lines are only in {@link #stderr} once read to the end. */
    private int exitedAndRead() throws InterruptedException {
        try {
            stderrRead.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("stderr was not read to its end", e);
        }
        return process.exitValue();
    }

    String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
