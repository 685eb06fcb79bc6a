package io.purplemcp.bootstrap;

import io.purplemcp.adapters.mcp.http.auth.AuditLog;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings;
import io.purplemcp.bootstrap.config.HttpAuthOptions;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Turns the configured authorization options into the HTTP adapter's settings, audit destination included. */
final class HttpSecurityWiring {

    private HttpSecurityWiring() {}

    static HttpSecuritySettings settings(HttpAuthOptions options, PrintStream stderr) {
        return new HttpSecuritySettings(
                options.method(),
                options.toolCalls(),
                options.unauthenticated(),
                options.trustedProxies(),
                destination(options.audit(), stderr));
    }

    private static Optional<AuditLog.Destination> destination(HttpAuthOptions.Audit audit, PrintStream stderr) {
        if (audit instanceof HttpAuthOptions.Audit.File file) {
            return Optional.of(() -> Files.newOutputStream(
                    file.path(), StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        }
        if (audit instanceof HttpAuthOptions.Audit.Stderr) {
            return Optional.of(() -> new KeptOpen(stderr));
        }
        return Optional.empty();
    }

    /** stderr is shared with the log: the audit log may flush it but never close it. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len); // whole lines at once, so they do not interleave with log lines
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
