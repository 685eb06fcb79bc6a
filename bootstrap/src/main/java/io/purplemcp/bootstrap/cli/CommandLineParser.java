package io.purplemcp.bootstrap.cli;

import io.purplemcp.bootstrap.config.BooleanValues;
import io.purplemcp.bootstrap.config.ConfigOverrides;
import io.purplemcp.bootstrap.config.EnvNames;
import io.purplemcp.bootstrap.config.EnvironmentVariables;
import io.purplemcp.bootstrap.config.ToolSelection;
import io.purplemcp.bootstrap.config.TransportMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the arguments of {@code purple-mcp}. Long options take {@code --opt value} or {@code
 * --opt=value}; {@code -m} and {@code -v} are the short forms ({@code -m value} or {@code -mvalue}).
 * A repeated option keeps its last value. {@code --help} and {@code --version} win over value errors,
 * but not over syntax errors (unknown option, missing value), as in the reference.
 */
public final class CommandLineParser {

    private final String version;

    /** @param version printed by {@code --version} */
    public CommandLineParser(String version) {
        this.version = Objects.requireNonNull(version, "version");
    }

    public ParsedCommandLine parse(List<String> args, Map<String, String> environment) {
        Tokens tokens;
        try {
            tokens = Tokens.read(args);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
        if (tokens.flags.contains(CliOption.HELP)) {
            return new ParsedCommandLine.Print(HelpText.render());
        }
        if (tokens.flags.contains(CliOption.VERSION)) {
            return new ParsedCommandLine.Print("purple-mcp " + version);
        }
        try {
            var env = EnvironmentVariables.of(environment);
            var selection = toolSelection(tokens, env);
            if (tokens.flags.contains(CliOption.LIST_TOOLS)) {
                return new ParsedCommandLine.ListTools(selection);
            }
            return new ParsedCommandLine.Run(resolve(tokens, env, selection));
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
    }

    /**
     * The values given to the token options, found without parsing: they must reach the log redactor before a
     * malformed command line can be reported.
     */
    public static List<String> secretValues(List<String> args) {
        var values = new ArrayList<String>();
        for (int i = 0; i < args.size(); i++) {
            for (var option : List.of(CliOption.GRAPHQL_SERVICE_TOKEN, CliOption.SDL_API_TOKEN)) {
                var name = option.longName();
                if (args.get(i).equals(name) && i + 1 < args.size()) {
                    values.add(args.get(i + 1));
                } else if (args.get(i).startsWith(name + "=")) {
                    values.add(args.get(i).substring(name.length() + 1));
                }
            }
        }
        return values;
    }

    private static ParsedCommandLine.UsageError usageError(String detail) {
        return new ParsedCommandLine.UsageError(
                HelpText.USAGE + "\nTry 'purple-mcp --help' for help.\n\nError: " + detail);
    }

    private static ToolSelection toolSelection(Tokens tokens, EnvironmentVariables env) throws UsageException {
        try {
            return ToolSelection.parse(
                    listValue(tokens, CliOption.TOOLSETS, env, EnvNames.TOOLSETS),
                    listValue(tokens, CliOption.TOOLS, env, EnvNames.TOOLS),
                    listValue(tokens, CliOption.EXCLUDE_TOOLS, env, EnvNames.EXCLUDE_TOOLS));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid value for " + CliOption.TOOLSETS.quotedNames() + " (env var: '"
                    + EnvNames.TOOLSETS + "'): " + e.getMessage());
        }
    }

    private static String listValue(Tokens tokens, CliOption option, EnvironmentVariables env, String variable) {
        return Optional.ofNullable(tokens.values.get(option))
                .or(() -> env.nonEmpty(variable))
                .orElse(null);
    }

    private static LaunchOptions resolve(Tokens tokens, EnvironmentVariables env, ToolSelection selection)
            throws UsageException {
        TransportMode mode = mode(tokens, env);
        boolean stateless = flag(tokens, CliOption.STATELESS_HTTP, env, EnvNames.STATELESS_HTTP);
        boolean skipTlsVerify = flag(tokens, CliOption.SKIP_TLS_VERIFY, env, EnvNames.SKIP_TLS_VERIFY);
        ConfigOverrides overrides = new ConfigOverrides(
                nonEmpty(tokens.values.get(CliOption.GRAPHQL_SERVICE_TOKEN)),
                nonEmpty(tokens.values.get(CliOption.CONSOLE_BASE_URL)),
                tokens.values.get(CliOption.GRAPHQL_ENDPOINT),
                tokens.values.get(CliOption.ALERTS_GRAPHQL_ENDPOINT),
                mode,
                stateless,
                skipTlsVerify);
        boolean deprecatedToken = tokens.values.containsKey(CliOption.SDL_API_TOKEN)
                || env.nonEmpty(EnvNames.SDL_READ_LOGS_TOKEN).isPresent();
        return new LaunchOptions(
                mode,
                tokens.values.getOrDefault(CliOption.HOST, LaunchOptions.DEFAULT_HOST),
                port(tokens.values.get(CliOption.PORT)),
                tokens.flags.contains(CliOption.VERBOSE),
                tokens.banner,
                tokens.flags.contains(CliOption.ALLOW_REMOTE_ACCESS),
                stateless,
                tokens.flags.contains(CliOption.DEMO),
                skipTlsVerify,
                deprecatedToken,
                overrides,
                selection);
    }

    /** Tokens and the base URL given empty count as not given, like the reference's write-back. */
    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static TransportMode mode(Tokens tokens, EnvironmentVariables env) throws UsageException {
        Optional<String> value =
                Optional.ofNullable(tokens.values.get(CliOption.MODE)).or(() -> env.nonEmpty(EnvNames.TRANSPORT_MODE));
        if (value.isEmpty()) {
            return TransportMode.STDIO;
        }
        return TransportMode.fromCli(value.get())
                .orElseThrow(() -> new UsageException("Invalid value for " + CliOption.MODE.quotedNames() + ": '"
                        + value.get() + "' is not one of " + TransportMode.CLI_CHOICES + "."));
    }

    private static int port(String value) throws UsageException {
        if (value == null) {
            return LaunchOptions.DEFAULT_PORT;
        }
        int port;
        try {
            port = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(
                    "Invalid value for " + CliOption.PORT.quotedNames() + ": '" + value + "' is not a valid integer.");
        }
        if (port < 1 || port > 65535) {
            throw new UsageException("Invalid value for " + CliOption.PORT.quotedNames() + ": " + port
                    + " is not in the range 1<=x<=65535.");
        }
        return port;
    }

    private static boolean flag(Tokens tokens, CliOption option, EnvironmentVariables env, String variable)
            throws UsageException {
        if (tokens.flags.contains(option)) {
            return true;
        }
        Optional<String> value = env.nonEmpty(variable);
        if (value.isEmpty()) {
            return false;
        }
        try {
            return BooleanValues.parse(value.get()).orElse(false);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Invalid value for " + option.quotedNames() + " (env var: '" + variable + "'): '"
                    + value.get() + "' is not a valid boolean. Recognised values: " + BooleanValues.RECOGNISED
                    + ".");
        }
    }

    /** The syntactic pass: which options were given, with which values. */
    private static final class Tokens {
        final Map<CliOption, String> values = new EnumMap<>(CliOption.class);
        final Set<CliOption> flags = EnumSet.noneOf(CliOption.class);
        boolean banner;

        static Tokens read(List<String> args) throws UsageException {
            Tokens tokens = new Tokens();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if ("--".equals(arg)) {
                    if (i + 1 < args.size()) {
                        throw unexpectedArgument();
                    }
                    break;
                }
                if (!arg.startsWith("-") || "-".equals(arg)) {
                    throw unexpectedArgument();
                }
                String name;
                String inlineValue;
                CliOption option;
                if (arg.startsWith("--")) {
                    int equals = arg.indexOf('=');
                    name = equals < 0 ? arg : arg.substring(0, equals);
                    inlineValue = equals < 0 ? null : arg.substring(equals + 1);
                    option = CliOption.byLongName(name).orElseThrow(() -> noSuchOption(name));
                } else {
                    name = arg.substring(0, 2);
                    inlineValue = arg.length() > 2 ? arg.substring(2) : null;
                    option = CliOption.byShortName(name).orElseThrow(() -> noSuchOption(name));
                    if (!option.takesValue() && inlineValue != null) {
                        throw noSuchOption("-" + inlineValue.charAt(0));
                    }
                }
                if (option.takesValue()) {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("Option '" + name + "' requires an argument.");
                        }
                        value = args.get(++i);
                    }
                    tokens.values.put(option, value);
                } else {
                    if (inlineValue != null) {
                        throw new UsageException("Option '" + name + "' does not take a value.");
                    }
                    tokens.flags.add(option);
                    if (option == CliOption.BANNER || option == CliOption.NO_BANNER) {
                        tokens.banner = option == CliOption.BANNER;
                    }
                }
            }
            return tokens;
        }

        // Neither message echoes the argument: a stray word on the command line may be a token.
        private static UsageException unexpectedArgument() {
            return new UsageException("Got unexpected extra argument (purple-mcp takes no positional arguments).");
        }

        private static UsageException noSuchOption(String name) {
            return new UsageException("No such option: " + name);
        }
    }

    /** A usage error found while parsing; the message is the text after {@code Error: }. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
