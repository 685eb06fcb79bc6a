package io.purplemcp.domain.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every tool checks before it calls the console (docs/decisions/0011-findings-arguments-and-fields.md). */
class FindingsValidationTest {

    static final String ID = "019438aa-5f2e-7c41-b0d9-2c7e4a1f9e03";

    final FindingsCalls calls = new FindingsCalls();

    /** The arguments a paged tool needs besides first/after. */
    static Object[] base(String tool) {
        if (tool.startsWith("list_") || tool.startsWith("search_")) {
            return new Object[0];
        }
        var family = tool.replace("get_", "").replace("_history", "").replace("_notes", "");
        return new Object[] {family + "_id", ID};
    }

    static Object[] with(Object[] base, Object... more) {
        var all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** The tools that take a page: first and after. */
    static Stream<String> pagedTools() {
        return Stream.of(
                "list_alerts",
                "search_alerts",
                "get_alert_history",
                "list_vulnerabilities",
                "search_vulnerabilities",
                "get_vulnerability_notes",
                "get_vulnerability_history",
                "list_misconfigurations",
                "search_misconfigurations",
                "get_misconfiguration_notes",
                "get_misconfiguration_history");
    }

    @ParameterizedTest
    @MethodSource("pagedTools")
    void firstIsBetweenOneAndAHundred(String tool) {
        for (int bad : new int[] {0, 101, -1}) {
            assertThat(calls.failure(tool, with(base(tool), "first", bad)))
                    .isEqualTo("first must be between 1 and 100, got " + bad + ".");
        }
        assertThat(calls.port(tool).requests).isEmpty();

        calls.text(tool, with(base(tool), "first", 1));
        calls.text(tool, with(base(tool), "first", 100));
        calls.text(tool, base(tool));
        // The notes tools send no first unless asked, as the reference: the console's page size applies.
        assertThat(calls.port(tool).requests)
                .extracting(request -> pageOf(request).map(CursorPageRequest::first))
                .containsExactly(
                        Optional.of(1), Optional.of(100), tool.endsWith("_notes") ? Optional.empty() : Optional.of(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list_alerts", "get_vulnerability_notes", "get_misconfiguration_history"})
    void firstBeyond64BitsIsNamedWithItsRange(String tool) {
        assertThat(calls.failure(
                        tool,
                        with(
                                base(tool),
                                "first",
                                JsonNodeFactory.instance.numberNode(new BigInteger("9223372036854775808")))))
                .isEqualTo("first must be between 1 and 100, got 9223372036854775808.");
        assertThat(calls.failure(tool, with(base(tool), "first", "1e1")))
                .startsWith("Invalid value for 'first': expected an integer")
                .endsWith(", got a string.");
        assertThat(calls.port(tool).requests).isEmpty();
    }

    static Optional<CursorPageRequest> pageOf(FakeFindings.Request request) {
        return request.page() instanceof Optional<?> optional
                ? optional.map(CursorPageRequest.class::cast)
                : Optional.of((CursorPageRequest) request.page());
    }

    @ParameterizedTest
    @ValueSource(strings = {"get_vulnerability_notes", "get_misconfiguration_notes"})
    void notesPageByTheConsolesSizeUnlessFirstOrAfterIsGiven(String tool) {
        calls.text(tool, with(base(tool), "first", null));
        calls.text(tool, with(base(tool), "after", "abc"));
        calls.text(tool, with(base(tool), "first", "7"));

        assertThat(calls.port(tool).requests)
                .extracting(FindingsValidationTest::pageOf)
                .containsExactly(
                        Optional.empty(),
                        Optional.of(new CursorPageRequest(10, Optional.of("abc"))),
                        Optional.of(CursorPageRequest.first(7)));
        assertThat(calls.failure(tool, with(base(tool), "first", 0)))
                .isEqualTo("first must be between 1 and 100, got 0.");
    }

    @ParameterizedTest
    @MethodSource("pagedTools")
    void aCursorIsSentAsGivenButNeverBlankOrHuge(String tool) {
        for (var blank : new String[] {"", "   \t\n  "}) {
            assertThat(calls.failure(tool, with(base(tool), "after", blank)))
                    .startsWith("The after cursor cannot be empty");
        }
        assertThat(calls.failure(tool, with(base(tool), "after", "c".repeat(4097))))
                .isEqualTo("The after cursor is too long: 4097 characters, at most 4096. Pass page_info.end_cursor"
                        + " unchanged.");
        assertThat(calls.port(tool).requests).isEmpty();

        calls.text(tool, with(base(tool), "after", "abc"));
        calls.text(tool, with(base(tool), "after", "  padded cursor "));
        calls.text(tool, with(base(tool), "after", "c".repeat(4096)));
        calls.text(tool, with(base(tool), "after", null));
        assertThat(calls.port(tool).requests)
                .extracting(request -> pageOf(request).flatMap(CursorPageRequest::after))
                .containsExactly(
                        Optional.of("abc"),
                        Optional.of("  padded cursor "),
                        Optional.of("c".repeat(4096)),
                        Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list_alerts", "search_alerts", "list_misconfigurations", "search_misconfigurations"})
    void viewTypeIsOneOfTheFamilysViewsExactly(String tool) {
        var allowed = tool.contains("alert")
                ? "'ALL', 'ASSIGNED_TO_ME', 'UNASSIGNED', 'MY_TEAM'"
                : "'ALL', 'CLOUD', 'KUBERNETES', 'IDENTITY', 'INFRASTRUCTURE_AS_CODE', 'ADMISSION_CONTROLLER',"
                        + " 'OFFENSIVE_SECURITY', 'SECRET_SCANNING'";
        for (var bad : new String[] {"INVALID_TYPE", "all"}) {
            assertThat(calls.failure(tool, "view_type", bad))
                    .isEqualTo("Invalid value for 'view_type': must be one of " + allowed + ".");
        }
        calls.text(tool);
        calls.text(tool, "view_type", tool.contains("alert") ? "MY_TEAM" : "CLOUD");
        assertThat(calls.port(tool).lists)
                .extracting(request -> request.view().orElseThrow())
                .containsExactly("ALL", tool.contains("alert") ? "MY_TEAM" : "CLOUD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list_vulnerabilities", "search_vulnerabilities"})
    void vulnerabilitiesHaveNoViews(String tool) {
        calls.text(tool);
        assertThat(calls.vulnerabilities.lists.get(0).view()).isEmpty();
        assertThat(calls.failure(tool, "view_type", "ALL")).startsWith("Unknown argument 'view_type'.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "get_alert",
                "get_alert_notes",
                "get_alert_history",
                "get_vulnerability",
                "get_vulnerability_notes",
                "get_vulnerability_history",
                "get_misconfiguration",
                "get_misconfiguration_notes",
                "get_misconfiguration_history"
            })
    void everyIdIsTrimmedAndMustBeUsable(String tool) {
        var parameter = base(tool)[0];
        assertThat(calls.failure(tool, parameter, "")).isEqualTo(parameter + " cannot be empty.");
        assertThat(calls.failure(tool, parameter, " \t ")).isEqualTo(parameter + " cannot be empty.");
        assertThat(calls.failure(tool, parameter, "x".repeat(257)))
                .isEqualTo(parameter + " is too long: at most 256 characters, got 257.");
        assertThat(calls.failure(tool, parameter, "bad\u0000id"))
                .isEqualTo(parameter + " may only contain printable characters.");
        assertThat(calls.failure(tool)).isEqualTo("Missing required argument '" + parameter + "'.");
        assertThat(calls.port(tool).requests).isEmpty();

        calls.text(tool, parameter, "  test-123  ");
        assertThat(calls.port(tool).only().id().orElseThrow().value()).isEqualTo("test-123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list_alerts", "get_alert_history", "search_vulnerabilities"})
    void firstMustBeAnInteger(String tool) {
        assertThat(calls.failure(tool, with(base(tool), "first", "ten")))
                .startsWith("Invalid value for 'first': expected an integer")
                .endsWith(", got a string.");
        assertThat(calls.failure(tool, with(base(tool), "first", 2.5 + ""))).startsWith("Invalid value for 'first'");
        assertThat(calls.port(tool).requests).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"search_alerts", "search_misconfigurations"})
    void checksRunInTheReferenceOrder(String tool) {
        var badFields = "[1]";
        var badFilters = "[{";
        assertThat(calls.failure(tool, "first", 0, "after", "", "filters", badFilters, "fields", badFields))
                .startsWith("first must be");
        assertThat(calls.failure(tool, "after", "", "filters", badFilters, "fields", badFields))
                .startsWith("The after cursor");
        assertThat(calls.failure(tool, "filters", badFilters, "fields", badFields))
                .startsWith("Invalid JSON in filters");
        assertThat(calls.failure(tool, "fields", badFields)).startsWith("All field names must be strings");
        assertThat(calls.failure(tool, "fields", "[\"nope\"]")).contains("not in the allowlist");
        assertThat(calls.port(tool).requests).isEmpty();
    }
}
