package io.purplemcp.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The built jar as a child process, fed a whole conversation on stdin, as an MCP client would start it. */
record JarProcess(int exitCode, String stdout, String stderr) {

    static final Path JAR = Path.of(System.getProperty("purplemcp.jar", "target/purple-mcp.jar"));

    static JarProcess run(Map<String, String> environment, List<String> args, String stdin) throws Exception {
        return run(List.of(), environment, args, stdin);
    }

    static JarProcess run(List<String> jvmOptions, Map<String, String> environment, List<String> args, String stdin)
            throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no jar at " + JAR + "; integration tests run after `package`");
        }
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        var builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        var process = builder.start();
        var out = drain(process.getInputStream());
        var err = drain(process.getErrorStream());
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not exit after end of input");
        }
        return new JarProcess(process.exitValue(), out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS));
    }

    /**
     * Reads a pipe to its end on a thread of its own: on a 2-core machine the common pool may have a single
     * worker, and blocking it on one pipe would leave the child stuck writing to the other.
     */
    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(
                () -> {
                    var buffer = new ByteArrayOutputStream();
                    try (stream) {
                        stream.transferTo(buffer);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    return buffer.toString(StandardCharsets.UTF_8);
                },
                JarProcess::ownThread);
    }

    private static void ownThread(Runnable task) {
        var thread = new Thread(task, "jar-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    List<String> stdoutLines() {
        return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n"));
    }
}
