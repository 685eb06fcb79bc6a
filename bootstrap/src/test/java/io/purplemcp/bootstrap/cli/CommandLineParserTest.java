package io.purplemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.bootstrap.config.ConfigOverrides;
import io.purplemcp.bootstrap.config.ToolSelection;
import io.purplemcp.bootstrap.config.Toolset;
import io.purplemcp.bootstrap.config.TransportMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineParserTest {

    static final String CANARY = "CANARY-TOKEN-8d1f";

    private final CommandLineParser parser = new CommandLineParser("9.8.7");

    private ParsedCommandLine parse(Map<String, String> env, String... args) {
        return parser.parse(List.of(args), env);
    }

    private LaunchOptions run(String... args) {
        return run(Map.of(), args);
    }

    private LaunchOptions run(Map<String, String> env, String... args) {
        ParsedCommandLine result = parse(env, args);
        assertThat(result).isInstanceOf(ParsedCommandLine.Run.class);
        return ((ParsedCommandLine.Run) result).options();
    }

    private String usageError(String... args) {
        return usageError(Map.of(), args);
    }

    private String usageError(Map<String, String> env, String... args) {
        ParsedCommandLine result = parse(env, args);
        assertThat(result).isInstanceOf(ParsedCommandLine.UsageError.class);
        ParsedCommandLine.UsageError error = (ParsedCommandLine.UsageError) result;
        assertThat(error.exitCode()).isEqualTo(2);
        assertThat(error.message()).startsWith("Usage: purple-mcp [OPTIONS]\n").contains("\nError: ");
        assertThat(error.message()).doesNotContain(CANARY);
        return error.message();
    }

    @Nested
    class Defaults {

        /** Verbose, banner, remote access, stateless, demo, skip TLS verification and HTTP, in that order. */
        private List<Boolean> switches(LaunchOptions options) {
            return List.of(
                    options.verbose(),
                    options.banner(),
                    options.allowRemoteAccess(),
                    options.statelessHttp(),
                    options.demo(),
                    options.skipTlsVerify(),
                    options.isHttp());
        }

        @Test
        void noArgumentsMeansStdioWithDefaults() {
            LaunchOptions options = run();
            assertThat(options.mode()).isEqualTo(TransportMode.STDIO);
            assertThat(options.host()).isEqualTo("localhost");
            assertThat(options.port()).isEqualTo(8000);
            assertThat(switches(options)).containsOnly(false);
            assertThat(options.deprecatedSdlTokenGiven()).isFalse();
            assertThat(options.configOverrides())
                    .isEqualTo(new ConfigOverrides(null, null, null, null, TransportMode.STDIO, false, false));
        }

        @Test
        void everyOptionIsRead() {
            LaunchOptions options = run(
                    "--mode=streamable-http",
                    "--host",
                    "0.0.0.0",
                    "--port=9000",
                    "--graphql-service-token",
                    CANARY,
                    "--console-base-url",
                    "https://cli.example.test",
                    "--graphql-endpoint",
                    "/g",
                    "--alerts-graphql-endpoint=/a",
                    "-v",
                    "--banner",
                    "--allow-remote-access",
                    "--stateless-http",
                    "--demo",
                    "--skip-tls-verify");
            assertThat(options.mode()).isEqualTo(TransportMode.STREAMABLE_HTTP);
            assertThat(options.host()).isEqualTo("0.0.0.0");
            assertThat(options.port()).isEqualTo(9000);
            assertThat(switches(options)).containsOnly(true);
            assertThat(options.configOverrides())
                    .isEqualTo(new ConfigOverrides(
                            CANARY, "https://cli.example.test", "/g", "/a", TransportMode.STREAMABLE_HTTP, true, true));
        }

        @Test
        void lastBannerOptionWins() {
            assertThat(run("--banner", "--no-banner").banner()).isFalse();
            assertThat(run("--no-banner", "--banner").banner()).isTrue();
        }

        @Test
        void repeatedOptionKeepsTheLastValue() {
            assertThat(run("--port", "1", "--port", "2").port()).isEqualTo(2);
        }

        @Test
        void emptyTokenAndBaseUrlOnTheCommandLineCountAsNotGiven() {
            ConfigOverrides overrides = run("--graphql-service-token=", "--console-base-url", "", "--graphql-endpoint=")
                    .configOverrides();
            assertThat(overrides.consoleToken()).isNull();
            assertThat(overrides.consoleBaseUrl()).isNull();
            assertThat(overrides.consoleGraphqlEndpoint()).isEmpty();
        }

        @Test
        void doubleDashEndsOptions() {
            assertThat(run("-v", "--").verbose()).isTrue();
        }
    }

    @Nested
    class Mode {

        @ParameterizedTest
        @CsvSource({
            "--mode,STDIO,STDIO",
            "-m,sse,SSE",
            "--mode,SSE,SSE",
            "-m,Streamable-Http,STREAMABLE_HTTP",
            "--mode,stdio,STDIO"
        })
        void modeIsCaseInsensitive(String option, String value, TransportMode expected) {
            assertThat(run(option, value).mode()).isEqualTo(expected);
        }

        @Test
        void shortOptionWithAttachedValue() {
            assertThat(run("-msse").mode()).isEqualTo(TransportMode.SSE);
        }

        @Test
        void environmentModeIsUsedWithoutTheOption() {
            assertThat(run(Map.of("PURPLEMCP_TRANSPORT_MODE", "sse")).mode()).isEqualTo(TransportMode.SSE);
            assertThat(run(Map.of("purplemcp_transport_mode", "SSE")).mode()).isEqualTo(TransportMode.SSE);
            assertThat(run(Map.of("PURPLEMCP_TRANSPORT_MODE", "")).mode()).isEqualTo(TransportMode.STDIO);
        }

        @Test
        void optionWinsOverTheEnvironment() {
            assertThat(run(Map.of("PURPLEMCP_TRANSPORT_MODE", "sse"), "--mode", "stdio")
                            .mode())
                    .isEqualTo(TransportMode.STDIO);
            // Even an invalid environment value does not matter when the option is given.
            assertThat(run(Map.of("PURPLEMCP_TRANSPORT_MODE", "http"), "-m", "sse")
                            .mode())
                    .isEqualTo(TransportMode.SSE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"invalid", "http", "", "=sse"})
        void invalidModeIsAUsageError(String value) {
            assertThat(usageError("--mode", value))
                    .contains("Error: Invalid value for '--mode' / '-m': '" + value + "' is not one of")
                    .contains("'stdio', 'sse', 'streamable-http'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"http", "websocket", "HTTP"})
        void invalidEnvironmentModeIsReportedLikeTheOption(String value) {
            assertThat(usageError(Map.of("PURPLEMCP_TRANSPORT_MODE", value)))
                    .contains("Error: Invalid value for '--mode'")
                    .contains("'stdio', 'sse', 'streamable-http'");
        }
    }

    @Nested
    class Port {

        @ParameterizedTest
        @ValueSource(strings = {"abc", "8000.5", "", "0x10", "99999999999"})
        void nonIntegerPortIsAUsageError(String value) {
            assertThat(usageError("--port", value))
                    .contains("Error: Invalid value for '--port': '" + value + "' is not a valid integer.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "65536", "70000"})
        void outOfRangePortIsAUsageError(String value) {
            assertThat(usageError("--port=" + value))
                    .contains("Error: Invalid value for '--port': " + value + " is not in the range 1<=x<=65535.");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 8001, 65535})
        void portsInRangeAreAccepted(int port) {
            assertThat(run("--port", Integer.toString(port)).port()).isEqualTo(port);
        }
    }

    @Nested
    class Booleans {

        @ParameterizedTest
        @CsvSource({"True,true", "yes,true", "1,true", "false,false", "0,false", "'',false", "' ',false"})
        void statelessFromTheEnvironment(String value, boolean expected) {
            LaunchOptions options = run(Map.of("PURPLEMCP_STATELESS_HTTP", value));
            assertThat(options.statelessHttp()).isEqualTo(expected);
            assertThat(options.configOverrides().statelessHttp()).isEqualTo(expected);
        }

        @Test
        void invalidStatelessValueIsAUsageErrorListingTheVocabulary() {
            assertThat(usageError(Map.of("PURPLEMCP_STATELESS_HTTP", "maybe")))
                    .contains("Error: Invalid value for '--stateless-http'")
                    .contains("PURPLEMCP_STATELESS_HTTP")
                    .contains("'maybe' is not a valid boolean")
                    .contains("1, true, t, yes, y, on, 0, false, f, no, n, off");
        }

        @Test
        void statelessFlagWinsOverAFalseEnvironmentValue() {
            assertThat(run(Map.of("PURPLEMCP_STATELESS_HTTP", "false"), "--stateless-http")
                            .statelessHttp())
                    .isTrue();
        }

        @Test
        void skipTlsVerifyFromFlagOrEnvironment() {
            assertThat(run("--skip-tls-verify").skipTlsVerify()).isTrue();
            assertThat(run(Map.of("PURPLEMCP_SKIP_TLS_VERIFY", "true")).skipTlsVerify())
                    .isTrue();
            assertThat(run(Map.of("PURPLEMCP_SKIP_TLS_VERIFY", "true"))
                            .configOverrides()
                            .skipTlsVerify())
                    .isTrue();
            assertThat(run(Map.of("SKIP_TLS_VERIFY", "true")).skipTlsVerify()).isFalse();
            assertThat(usageError(Map.of("PURPLEMCP_SKIP_TLS_VERIFY", "sure")))
                    .contains("Error: Invalid value for '--skip-tls-verify'");
        }
    }

    @Nested
    class Syntax {

        @ParameterizedTest
        @ValueSource(strings = {"--unknown", "--graphql-service-tokn", "-x", "--modes"})
        void unknownOptionIsAUsageError(String option) {
            assertThat(usageError(option)).contains("Error: No such option: " + option);
        }

        @Test
        void unknownOptionWithInlineValueDoesNotEchoTheValue() {
            assertThat(usageError("--graphql-service-tokn=" + CANARY))
                    .contains("No such option: --graphql-service-tokn");
        }

        @Test
        void positionalArgumentIsAUsageErrorThatDoesNotEchoIt() {
            usageError(CANARY);
            usageError("-v", "--", CANARY);
            assertThat(usageError("stdio")).contains("Error: Got unexpected extra argument");
        }

        @ParameterizedTest
        @ValueSource(strings = {"--mode", "-m", "--host", "--port", "--graphql-service-token", "--sdl-api-token"})
        void missingValueIsAUsageError(String option) {
            assertThat(usageError(option)).contains("Error: Option '" + option + "' requires an argument.");
        }

        @Test
        void flagWithAValueIsAUsageError() {
            assertThat(usageError("--verbose=true")).contains("Error: Option '--verbose' does not take a value.");
            assertThat(usageError("-vx")).contains("Error: No such option: -x");
        }

        @Test
        void optionValueMayStartWithADash() {
            assertThat(run("--host", "-weird").host()).isEqualTo("-weird");
        }
    }

    @Nested
    class HelpAndVersion {

        @Test
        void helpListsTheOptionsAndHidesTheSdlToken() {
            ParsedCommandLine result = parse(Map.of(), "--help");
            assertThat(result).isInstanceOf(ParsedCommandLine.Print.class);
            String text = ((ParsedCommandLine.Print) result).text();
            assertThat(text)
                    .startsWith("Usage: purple-mcp [OPTIONS]")
                    .contains("Purple MCP server")
                    .contains("AI monitoring and analysis tool")
                    .contains("-m, --mode")
                    .contains("--host")
                    .contains("--port")
                    .contains("-v, --verbose")
                    .contains("--banner / --no-banner")
                    .contains("--allow-remote-access")
                    .contains("--stateless-http")
                    .contains("--graphql-service-token")
                    .contains("--console-base-url")
                    .contains("--graphql-endpoint")
                    .contains("--alerts-graphql-endpoint")
                    .contains("--skip-tls-verify")
                    .contains("--demo")
                    .contains("--version")
                    .contains("--help")
                    .doesNotContain("--sdl-api-token")
                    .doesNotContain("SDL_READ_LOGS");
        }

        @Test
        void helpFitsInOneHundredColumnsAndHasNoFinalLineEnd() {
            String text = ((ParsedCommandLine.Print) parse(Map.of(), "-v", "--help")).text();
            assertThat(text).isEqualTo(HelpText.render());
            assertThat(text.lines())
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
            assertThat(text).doesNotEndWith("\n");
        }

        @Test
        void usageErrorEndsWithTheErrorLine() {
            String message = usageError("--port", "x");
            assertThat(message.lines().reduce((first, second) -> second))
                    .hasValueSatisfying(last -> assertThat(last).startsWith("Error: Invalid value for '--port'"));
            assertThat(message).doesNotEndWith("\n");
        }

        @Test
        void helpWinsOverValueErrorsButNotOverSyntaxErrors() {
            assertThat(parse(Map.of("PURPLEMCP_TRANSPORT_MODE", "http"), "--mode", "bad", "--help"))
                    .isEqualTo(new ParsedCommandLine.Print(HelpText.render()));
            assertThat(parse(Map.of(), "--nope", "--help")).isInstanceOf(ParsedCommandLine.UsageError.class);
        }

        @Test
        void versionPrintsTheName() {
            assertThat(parse(Map.of(), "--version")).isEqualTo(new ParsedCommandLine.Print("purple-mcp 9.8.7"));
        }
    }

    @Nested
    class DeprecatedToken {

        @Test
        void environmentVariableTriggersTheNotice() {
            assertThat(run(Map.of("PURPLEMCP_SDL_READ_LOGS_TOKEN", "x")).deprecatedSdlTokenGiven())
                    .isTrue();
            assertThat(run(Map.of("PURPLEMCP_SDL_READ_LOGS_TOKEN", "")).deprecatedSdlTokenGiven())
                    .isFalse();
        }

        @Test
        void hiddenOptionTriggersTheNoticeAndItsValueIsDropped() {
            LaunchOptions options = run("--sdl-api-token", CANARY);
            assertThat(options.deprecatedSdlTokenGiven()).isTrue();
            assertThat(options.toString()).doesNotContain(CANARY);
            assertThat(options.configOverrides().consoleToken()).isNull();
        }

        @Test
        void noticeText() {
            String[] lines = DeprecatedTokenNotice.TEXT.split("\n", -1);
            assertThat(lines).hasSize(4); // three lines, the third empty, then the final terminator
            assertThat(lines[0])
                    .startsWith("⚠️  WARNING:")
                    .contains("PURPLEMCP_SDL_READ_LOGS_TOKEN is not supported and will be ignored");
            assertThat(lines[1]).contains("PURPLEMCP_CONSOLE_TOKEN").contains("remove");
            assertThat(lines[2]).isEmpty();
        }
    }

    @Nested
    class ToolSelections {

        @Test
        void everythingByDefault() {
            assertThat(run().toolSelection()).isEqualTo(ToolSelection.everything());
        }

        @Test
        void optionsWinOverTheEnvironmentAndTheEnvironmentIsRead() {
            var env = Map.of("PURPLEMCP_TOOLSETS", "alerts", "PURPLEMCP_EXCLUDE_TOOLS", "get_alert_notes");

            var fromEnv = run(env).toolSelection();
            var fromOption = run(env, "--toolsets", "time,inventory").toolSelection();

            assertThat(fromEnv.toolsets()).containsExactly(Toolset.ALERTS);
            assertThat(fromEnv.excludedTools()).containsExactly("get_alert_notes");
            assertThat(fromOption.toolsets()).containsExactly(Toolset.TIME, Toolset.INVENTORY);
        }

        @Test
        void anUnknownToolsetIsAUsageErrorListingTheValidOnes() {
            assertThat(usageError("--toolsets", "alerts,edr"))
                    .contains("'edr'")
                    .contains("purple_ai, powerquery, time, alerts, misconfigurations, vulnerabilities, inventory");
        }

        @Test
        void listToolsCarriesTheSelection() {
            var parsed = parse(Map.of(), "--list-tools", "--toolsets", "time");

            assertThat(parsed)
                    .isEqualTo(new ParsedCommandLine.ListTools(
                            new ToolSelection(Set.of(Toolset.TIME), Set.of(), Set.of())));
        }
    }

    @Test
    void tokenGivenOnTheCommandLineNeverAppearsInToString() {
        Map<String, String> env = new HashMap<>();
        LaunchOptions options = run(env, "--graphql-service-token", CANARY);
        assertThat(options.configOverrides().consoleToken()).isEqualTo(CANARY);
        assertThat(options.toString()).doesNotContain(CANARY);
    }
}
