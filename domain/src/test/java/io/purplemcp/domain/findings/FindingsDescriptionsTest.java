package io.purplemcp.domain.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.domain.findings.alerts.AlertsFamily;
import io.purplemcp.domain.findings.misconfigurations.MisconfigurationsFamily;
import io.purplemcp.domain.findings.tools.FamilyReference;
import io.purplemcp.domain.findings.vulnerabilities.VulnerabilitiesFamily;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.ports.in.tools.ToolDefinition;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The descriptions and the filter references they point to tell the model what it will see: snake_case keys, the fields it may ask for, our limits. */
class FindingsDescriptionsTest {

    final Map<String, String> descriptions =
            FindingsTools.all(new FakeFindings(), new FakeFindings(), new FakeFindings(), Clock.systemUTC()).stream()
                    .map(Tool::definition)
                    .collect(Collectors.toMap(ToolDefinition::name, ToolDefinition::description));

    private static String reference(String plural) {
        return Stream.of(AlertsFamily.family(), MisconfigurationsFamily.family(), VulnerabilitiesFamily.family())
                .filter(family -> family.plural().equals(plural))
                .map(FamilyReference::markdown)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void getDescriptionsNameTheSnakeCaseKeys() {
        assertThat(descriptions.get("get_alert"))
                .contains(
                        "Keys: id, external_id, severity, status, name, description, detected_at",
                        "data_sources, detection_source {product, vendor}, asset {id, name, type}, assignee {user_id,"
                                + " email, full_name}, note_exists",
                        "the text null when the console has no alert with that id")
                .doesNotContain("detectedAt", "noteExists");
        assertThat(descriptions.get("get_vulnerability"))
                .contains("cve {id, description, nvd_base_score", "s1_base_values {attack_vector", "paid_scope")
                .startsWith("Fetches one vulnerability by its id. A vulnerability is a known weakness");
        assertThat(descriptions.get("get_misconfiguration"))
                .contains("failed_rules {name", "evidence {file_name", "commited_by", "secret {type, hash, valid}")
                .doesNotContain("finding_type");
    }

    @Test
    void listAndSearchExplainFieldsInCamelCaseAndAnswersInSnakeCase() {
        for (var tool : new String[] {"list_alerts", "search_alerts", "list_misconfigurations"}) {
            assertThat(descriptions.get(tool))
                    .contains(
                            "a JSON array of camelCase field names, as a string",
                            "the answer uses snake_case keys (detectedAt comes back as detected_at)",
                            "page_info\": {\"has_next_page\"",
                            "after = page_info.end_cursor while page_info.has_next_page is true",
                            "total_count is the size of the whole result",
                            "at most 50.",
                            "purplemcp://filters/");
        }
        assertThat(descriptions.get("list_alerts")).contains("use search_alerts", "purplemcp://filters/alerts");
        assertThat(reference("alerts"))
                .contains(
                        "Name fields as the console does, in camelCase; the answer uses snake_case keys"
                                + " (detectedAt comes back as detected_at) and holds only the fields asked for.",
                        "at most 50 fields",
                        "Plain fields: id, externalId, severity",
                        "- `detectionSource { product vendor }`\n- `asset { id name type }`\n"
                                + "- `assignee { userId email fullName }`\n");
        assertThat(descriptions.get("list_vulnerabilities")).doesNotContain("view_type");
        assertThat(reference("vulnerabilities"))
                .contains(
                        "cve { id description nvdBaseScore",
                        "(alone: `cve { id nvdBaseScore riskScore publishedDate epssScore exploitMaturity"
                                + " exploitedInTheWild }`)");
        assertThat(descriptions.get("list_misconfigurations")).contains("view_type");
        assertThat(reference("misconfigurations")).contains("findingType");
    }

    @Test
    void searchDescriptionsCarryTheFilterRules() {
        assertThat(descriptions.get("search_alerts"))
                .contains(
                        "Types here: string_equals, string_in",
                        "filter on createdAt",
                        "iso_to_unix_timestamp",
                        "Read the resource purplemcp://filters/alerts",
                        "For 'how many' questions pass first=1 and read total_count.")
                .doesNotContain("fulltext_in");
        assertThat(reference("alerts"))
                .contains(
                        "| boolean_in | `values`",
                        "| long_equals | `value`",
                        "The alerts API has no fulltext_in",
                        "assigneeUserId (a number: use long_equals or long_in)",
                        "filter on createdAt",
                        "iso_to_unix_timestamp",
                        "Numbers below 100000000000 look like seconds and are refused",
                        "Limits: 50 filters, 100 values per filter, 1024 characters per text, 65536 characters in"
                                + " all.",
                        "A range needs at least one of start and end.");
        assertThat(reference("vulnerabilities"))
                .contains("| fulltext_in | `values`", "cveId (not cve.id)", "filter on detectedAt")
                .doesNotContain("has no fulltext_in");
        assertThat(reference("misconfigurations"))
                .contains("secretValidity takes only boolean_in", "commitedBy (spelt so)");
    }

    @Test
    void notesAndHistoryDescribeTheirShapes() {
        assertThat(descriptions.get("get_alert_notes"))
                .startsWith("Returns all notes on an alert at once")
                .contains(
                        "{\"data\": [{id, text, created_at, author {user_id, email, full_name}, alert_id}]}",
                        "get_alert's note_exists says whether there are any.");
        assertThat(descriptions.get("get_vulnerability_notes"))
                .startsWith("Returns the notes on a vulnerability page by page")
                .contains(
                        "first (1-100; omitted, the console's own page size)", "author {id, email, full_name, deleted}")
                .doesNotContain("note_exists");
        assertThat(descriptions.get("get_alert_history"))
                .startsWith("Returns the audit trail of an alert page by page")
                .contains("history_item_creator {typename, user_id, user_type}", "left out for system events");
        assertThat(descriptions.get("get_misconfiguration_history"))
                .contains("{event_type, event_text, created_at}", "WORKFLOW_ACTION");
    }
}
