package io.purplemcp.domain.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.domain.tools.Tool;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ParameterType;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.testsupport.tools.ReferenceToolNames;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 15 tools, their order and their parameters, as the reference
 * (docs/decisions/0011-findings-arguments-and-fields.md).
 */
class FindingsToolsRegistrationTest {

    static final FakeFindings PORT = new FakeFindings();

    static Map<String, ToolDefinition> definitions() {
        return FindingsTools.all(PORT, PORT, PORT, Clock.systemUTC()).stream()
                .map(Tool::definition)
                .collect(Collectors.toMap(ToolDefinition::name, definition -> definition));
    }

    static List<String> parameterNames(String tool) {
        return definitions().get(tool).parameters().stream()
                .map(ParameterSpec::name)
                .toList();
    }

    static ParameterSpec parameter(String tool, String name) {
        return definitions().get(tool).parameters().stream()
                .filter(parameter -> parameter.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void allFifteenToolsInTheReferenceOrder() {
        var names = FindingsTools.all(PORT, PORT, PORT, Clock.systemUTC()).stream()
                .map(tool -> tool.definition().name())
                .toList();

        assertThat(names).containsExactlyElementsOf(ReferenceToolNames.FINDINGS);
    }

    @Test
    void eachFamilyFactoryGivesItsFiveTools() {
        var clock = Clock.systemUTC();
        assertThat(FindingsTools.alerts(PORT, clock, FindingsTools.DEFAULT_TIMEOUT))
                .extracting(tool -> tool.definition().name())
                .containsExactly("get_alert", "list_alerts", "search_alerts", "get_alert_notes", "get_alert_history");
        assertThat(FindingsTools.vulnerabilities(PORT, clock, Duration.ofSeconds(5)))
                .extracting(tool -> tool.definition().name())
                .containsExactly(
                        "get_vulnerability",
                        "list_vulnerabilities",
                        "search_vulnerabilities",
                        "get_vulnerability_notes",
                        "get_vulnerability_history");
        assertThat(FindingsTools.misconfigurations(PORT, clock, FindingsTools.DEFAULT_TIMEOUT))
                .hasSize(5);
        assertThat(FindingsTools.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> FindingsTools.alerts(PORT, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FindingsTools.alerts(PORT, clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theParametersOfEachToolInTheReferenceOrder() {
        assertThat(parameterNames("get_alert")).containsExactly("alert_id");
        assertThat(parameterNames("list_alerts")).containsExactly("first", "after", "view_type", "fields");
        assertThat(parameterNames("search_alerts")).containsExactly("filters", "first", "after", "view_type", "fields");
        assertThat(parameterNames("get_alert_notes")).containsExactly("alert_id");
        assertThat(parameterNames("get_alert_history")).containsExactly("alert_id", "first", "after");
        assertThat(parameterNames("get_misconfiguration")).containsExactly("misconfiguration_id");
        assertThat(parameterNames("list_misconfigurations")).containsExactly("first", "after", "view_type", "fields");
        assertThat(parameterNames("search_misconfigurations"))
                .containsExactly("filters", "first", "after", "view_type", "fields");
        assertThat(parameterNames("get_vulnerability")).containsExactly("vulnerability_id");
        assertThat(parameterNames("list_vulnerabilities")).containsExactly("first", "after", "fields");
        assertThat(parameterNames("search_vulnerabilities")).containsExactly("filters", "first", "after", "fields");
        assertThat(parameterNames("get_vulnerability_history")).containsExactly("vulnerability_id", "first", "after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"get_vulnerability_notes", "get_misconfiguration_notes"})
    void xspmNotesArePagedWithOptionalFirstAndAfter(String tool) {
        var family = tool.replace("get_", "").replace("_notes", "");
        assertThat(parameterNames(tool)).containsExactly(family + "_id", "first", "after");
        assertThat(parameter(tool, "first").required()).isFalse();
        assertThat(parameter(tool, "after").required()).isFalse();
    }

    @Test
    void parameterTypesAndDefaults() {
        var id = parameter("get_alert", "alert_id");
        assertThat(id.type()).isEqualTo(ParameterType.STRING);
        assertThat(id.required()).isTrue();

        var first = parameter("list_alerts", "first");
        assertThat(first.type()).isEqualTo(ParameterType.INTEGER);
        assertThat(first.defaultValue().intValue()).isEqualTo(10);
        assertThat(first.nullable()).isFalse();

        for (var name : List.of("after", "fields")) {
            var nullable = parameter("list_alerts", name);
            assertThat(nullable.type()).isEqualTo(ParameterType.STRING);
            assertThat(nullable.nullable()).isTrue();
            assertThat(nullable.defaultValue().isNull()).isTrue();
        }
        var filters = parameter("search_vulnerabilities", "filters");
        assertThat(filters.nullable()).isTrue();
        assertThat(filters.defaultValue().isNull()).isTrue();

        var view = parameter("list_alerts", "view_type");
        assertThat(view.description())
                .isEqualTo("Which alerts to include: ALL (every alert, the default), ASSIGNED_TO_ME (alerts assigned to"
                        + " the console user of this server's token), UNASSIGNED (alerts nobody is assigned to),"
                        + " MY_TEAM (alerts assigned to that user's team). Case-sensitive.");
        assertThat(parameter("get_alert", "alert_id").description())
                .isEqualTo("The alert's id, e.g. the id of an alert from list_alerts or search_alerts. Surrounding"
                        + " whitespace is ignored.");
        assertThat(parameter("get_alert_history", "first").description())
                .isEqualTo("How many events to return in this page: 1 to 100 (default 10).");
        assertThat(view.defaultValue().textValue()).isEqualTo("ALL");
        assertThat(view.allowedValues()).containsExactly("ALL", "ASSIGNED_TO_ME", "UNASSIGNED", "MY_TEAM");
        assertThat(parameter("search_misconfigurations", "view_type").allowedValues())
                .containsExactly(
                        "ALL",
                        "CLOUD",
                        "KUBERNETES",
                        "IDENTITY",
                        "INFRASTRUCTURE_AS_CODE",
                        "ADMISSION_CONTROLLER",
                        "OFFENSIVE_SECURITY",
                        "SECRET_SCANNING");
    }

    @Test
    void viewTypeFiltersAndFieldsOnlyWhereTheyBelong() {
        definitions().forEach((name, definition) -> {
            var parameters =
                    definition.parameters().stream().map(ParameterSpec::name).toList();
            boolean listOrSearch = name.startsWith("list_") || name.startsWith("search_");
            assertThat(parameters.contains("fields")).as(name).isEqualTo(listOrSearch);
            assertThat(parameters.contains("filters")).as(name).isEqualTo(name.startsWith("search_"));
            assertThat(parameters.contains("view_type")).as(name).isEqualTo(listOrSearch && !name.contains("vulnerab"));
        });
    }

    @Test
    void everyToolReadsTheConsoleAndAnswersWithADocument() {
        definitions().values().forEach(definition -> {
            assertThat(definition.hints()).isEqualTo(ToolHints.consoleRead());
            assertThat(definition.resultShape().outputSchema())
                    .as(definition.name())
                    .isPresent();
            assertThat(definition.title()).isNotBlank();
            definition
                    .parameters()
                    .forEach(parameter -> assertThat(parameter.description())
                            .as(definition.name() + "." + parameter.name())
                            .isNotBlank());
        });
        assertThat(definitions().get("get_alert_history").title()).isEqualTo("Get alert history");
        assertThat(definitions().get("search_vulnerabilities").title()).isEqualTo("Search vulnerabilities");
        assertThat(definitions().get("get_misconfiguration_notes").title()).isEqualTo("Get misconfiguration notes");
    }
}
