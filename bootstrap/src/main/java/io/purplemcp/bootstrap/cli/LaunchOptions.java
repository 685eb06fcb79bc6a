package io.purplemcp.bootstrap.cli;

import io.purplemcp.bootstrap.config.ConfigOverrides;
import io.purplemcp.bootstrap.config.ToolSelection;
import io.purplemcp.bootstrap.config.TransportMode;
import java.util.Objects;

/**
 * The resolved command line (command line, then environment, then default).
 *
 * @param mode the transport; also carried in {@link #configOverrides()}
 * @param host bind address for the HTTP modes (not validated: the loopback rule decides)
 * @param port bind port for the HTTP modes, 1-65535
 * @param banner show the start-up banner (stderr only)
 * @param statelessHttp {@code --stateless-http} or {@code PURPLEMCP_STATELESS_HTTP}; also in the overrides
 * @param demo run against the built-in sandbox console; the launcher supplies its URL and token with
 *     {@link ConfigOverrides#withConsole}
 * @param skipTlsVerify {@code --skip-tls-verify} or {@code PURPLEMCP_SKIP_TLS_VERIFY}; also in the
 *     overrides, where the configuration loader refuses it in production
 * @param deprecatedSdlTokenGiven {@code PURPLEMCP_SDL_READ_LOGS_TOKEN} is set or {@code --sdl-api-token}
 *     was used: print {@link DeprecatedTokenNotice#TEXT}. The value itself is dropped here.
 * @param configOverrides the values that override the environment when loading the settings
 * @param toolSelection the tools to serve ({@code --toolsets}, {@code --tools}, {@code --exclude-tools})
 */
public record LaunchOptions(
        TransportMode mode,
        String host,
        int port,
        boolean verbose,
        boolean banner,
        boolean allowRemoteAccess,
        boolean statelessHttp,
        boolean demo,
        boolean skipTlsVerify,
        boolean deprecatedSdlTokenGiven,
        ConfigOverrides configOverrides,
        ToolSelection toolSelection) {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 8000;

    public LaunchOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(configOverrides, "configOverrides");
        Objects.requireNonNull(toolSelection, "toolSelection");
    }

    /** Whether the mode listens on a socket (and so the loopback rule applies). */
    public boolean isHttp() {
        return mode != TransportMode.STDIO;
    }
}
