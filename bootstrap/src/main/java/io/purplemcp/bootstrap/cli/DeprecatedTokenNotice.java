package io.purplemcp.bootstrap.cli;

/**
 * The three-line notice for the unsupported SDL token (docs/decisions/0006-startup-binding-and-cli-messages.md); the
 * third line is empty.
 */
public final class DeprecatedTokenNotice {

    public static final String TEXT = "⚠️  WARNING: PURPLEMCP_SDL_READ_LOGS_TOKEN is not supported and will be ignored"
            + " (this also applies to --sdl-api-token).\n"
            + "   Use PURPLEMCP_CONSOLE_TOKEN instead (used for both Console and SDL access) and remove"
            + " PURPLEMCP_SDL_READ_LOGS_TOKEN from your environment.\n"
            + "\n";

    private DeprecatedTokenNotice() {}
}
