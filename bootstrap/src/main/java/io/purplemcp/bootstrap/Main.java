package io.purplemcp.bootstrap;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/** {@code java -jar purple-mcp.jar}: everything is decided and wired in {@link Launcher}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Taken before anything can replace System.out: in stdio mode these bytes are the protocol.
        var stdout = new FileOutputStream(FileDescriptor.out);
        int exitCode = new Launcher(System.getenv(), System.in, stdout).run(args);
        System.exit(exitCode);
    }
}
