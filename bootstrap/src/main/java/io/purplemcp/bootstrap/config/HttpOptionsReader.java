package io.purplemcp.bootstrap.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Reads {@link HttpOptions} from the environment, reporting each bad value by its variable's name. */
final class HttpOptionsReader extends EnvironmentReader {

    private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#@\\s]+");
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?");
    // Segments of letters, digits and . _ ~ -, but never "." or ".." (a prefix must not climb out of itself).
    private static final Pattern PATH_PREFIX = Pattern.compile("(/(?!\\.{1,2}(?:/|$))[A-Za-z0-9._~-]+)+");

    HttpOptionsReader(EnvironmentVariables env, Consumer<String> errors) {
        super(env, errors);
    }

    HttpOptions read() {
        return new HttpOptions(
                list(
                        EnvNames.ALLOWED_ORIGINS,
                        ORIGIN,
                        "an origin such as https://mcp.example.com or"
                                + " http://localhost:3000 (scheme and host only)"),
                list(EnvNames.ALLOWED_HOSTS, HOST, "a host name such as mcp.example.com, optionally with :port"),
                pathPrefix(),
                (int) number(EnvNames.MAX_REQUEST_BYTES, HttpOptions.DEFAULT_MAX_REQUEST_BYTES, 1024, 1L << 30),
                (int) number(EnvNames.MAX_SESSIONS, HttpOptions.DEFAULT_MAX_SESSIONS, 1, 1_000_000),
                Duration.ofSeconds(number(
                        EnvNames.SESSION_IDLE_TIMEOUT_SECONDS,
                        HttpOptions.DEFAULT_SESSION_IDLE_TIMEOUT.toSeconds(),
                        1,
                        7 * 24 * 3600)),
                Duration.ofSeconds(number(
                        EnvNames.REQUEST_TIMEOUT_SECONDS,
                        HttpOptions.DEFAULT_REQUEST_TIMEOUT.toSeconds(),
                        1,
                        24 * 3600)));
    }

    private List<String> list(String variable, Pattern entryPattern, String entryDescription) {
        var values = new ArrayList<String>();
        for (var entry : env.raw(variable).orElse("").split(",", -1)) {
            var value = entry.trim();
            if (value.isEmpty()) {
                continue;
            }
            if (!entryPattern.matcher(value).matches()) {
                // The value itself is not echoed: a misplaced secret must not reach the terminal.
                errors.accept(variable + ": each comma-separated entry must be " + entryDescription);
                return List.of();
            }
            values.add(value);
        }
        return values;
    }

    private Optional<String> pathPrefix() {
        var prefix = env.nonEmpty(EnvNames.HTTP_PATH_PREFIX).map(String::trim);
        if (prefix.isPresent() && !PATH_PREFIX.matcher(prefix.get()).matches()) {
            errors.accept(EnvNames.HTTP_PATH_PREFIX + " must be a path such as /purple-mcp: starting with /, no"
                    + " trailing /, letters, digits and . _ ~ - only");
            return Optional.empty();
        }
        return prefix;
    }
}
