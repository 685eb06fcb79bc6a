package io.purplemcp.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a JDK tool or the staged server as a child process and hands back what it printed. */
final class ExternalCommand {

    record Result(int exitCode, String stdout, String stderr) {}

    private ExternalCommand() {}

    /**
     * @param stdin fed to the process, then closed; empty for none
     * @param timeout after which the process is killed and the build fails
     */
    static Result run(List<String> command, String stdin, Duration timeout) throws IOException {
        return run(command, Map.of(), stdin, timeout);
    }

    /** As {@link #run(List, String, Duration)}, with these variables added to the inherited environment. */
    static Result run(List<String> command, Map<String, String> environment, String stdin, Duration timeout)
            throws IOException {
        var stdout = Files.createTempFile("release-", ".out");
        var stderr = Files.createTempFile("release-", ".err");
        try {
            // Output goes to files, so a chatty process can never block on a full pipe.
            var builder =
                    new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            var process = builder.start();
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out after " + timeout + ": " + String.join(" ", command));
            }
            return new Result(process.exitValue(), read(stdout), read(stderr));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** Like {@link #run} but a non-zero exit fails the build with everything the tool said. */
    static String succeed(List<String> command, Duration timeout) throws IOException {
        var result = run(command, "", timeout);
        if (result.exitCode() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + result.exitCode() + "\n"
                    + result.stdout() + result.stderr());
        }
        return result.stdout();
    }

    private static String read(Path file) throws IOException {
        // Lenient decoding: a tool's odd byte must not hide the message around it.
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
