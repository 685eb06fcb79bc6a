package io.purplemcp.bootstrap.cli;

import io.purplemcp.bootstrap.config.ToolSelection;
import java.util.Objects;

/** What the command line asks for. The launcher prints and exits, or starts the server. */
public sealed interface ParsedCommandLine {

    /**
     * Print {@code text} to stdout and exit 0: the help (no final line end) or the version ({@code
     * purple-mcp <version>}).
     */
    record Print(String text) implements ParsedCommandLine {
        public Print {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Print {@code message} to stderr and exit {@link #EXIT_CODE}. The message starts with the usage
     * line and ends with an {@code Error: ...} line (no final line end, print it with {@code
     * println}); it never contains a token value.
     */
    record UsageError(String message) implements ParsedCommandLine {
        public static final int EXIT_CODE = 2;

        public UsageError {
            Objects.requireNonNull(message, "message");
        }

        public int exitCode() {
            return EXIT_CODE;
        }
    }

    /** Print the tools {@code selection} serves, with their toolsets, to stdout and exit 0. */
    record ListTools(ToolSelection selection) implements ParsedCommandLine {
        public ListTools {
            Objects.requireNonNull(selection, "selection");
        }
    }

    /** Start the server. */
    record Run(LaunchOptions options) implements ParsedCommandLine {
        public Run {
            Objects.requireNonNull(options, "options");
        }
    }
}
