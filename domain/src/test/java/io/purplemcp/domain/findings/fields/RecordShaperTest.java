package io.purplemcp.domain.findings.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.findings.alerts.AlertsFamily;
import io.purplemcp.domain.findings.misconfigurations.MisconfigurationsFamily;
import io.purplemcp.domain.findings.vulnerabilities.VulnerabilitiesFamily;
import io.purplemcp.ports.out.findings.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/decisions/0013-findings-output-and-schema-fallback.md: snake_case keys, only the requested fields, nulls left
 * out, null lists as empty, and lenient records (unknown values and odd types pass through, never fail).
 */
class RecordShaperTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String shape(FieldCatalog catalog, Selection selection, String upstream) {
        return RecordShaper.shape(catalog.record(), selection, json(upstream)).toString();
    }

    @Test
    void keysAreSnakeCaseInOutputOrderAndNullsAreLeftOut() {
        var alerts = AlertsFamily.family().records();
        var shaped = shape(
                alerts,
                alerts.full(),
                "{\"asset\": {\"id\": \"x\", \"name\": null}, \"ticketId\": null, \"dataSources\": [\"EDR\"], \"id\":"
                        + " \"a1\", \"detectedAt\": \"t\", \"noteExists\": false, \"assignee\": {\"userId\": \"7\","
                        + " \"fullName\": \"Dana\"}}");

        assertThat(shaped)
                .isEqualTo("{\"id\":\"a1\",\"detected_at\":\"t\",\"data_sources\":[\"EDR\"],\"asset\":{\"id\":\"x\"},"
                        + "\"assignee\":{\"user_id\":\"7\",\"full_name\":\"Dana\"},\"note_exists\":false}");
    }

    @Test
    void onlySelectedFieldsAreEmittedWhateverTheConsoleSent() {
        var alerts = AlertsFamily.family().records();
        var shaped = shape(
                alerts,
                alerts.select(List.of("severity")),
                "{\"id\": \"a\", \"severity\": \"HIGH\", \"name\": \"n\", \"unknownExtra\": 5}");
        assertThat(shaped).isEqualTo("{\"id\":\"a\",\"severity\":\"HIGH\"}");
    }

    @Test
    void unknownValuesAndOddTypesPassThrough() {
        var alerts = AlertsFamily.family().records();
        var shaped = shape(
                alerts,
                alerts.full(),
                "{\"id\": 5, \"severity\": \"SEVERE\", \"name\": 5, \"asset\": \"just text\", \"dataSources\":"
                        + " \"EDR\", \"detectionSource\": [1]}");
        assertThat(shaped)
                .isEqualTo("{\"id\":5,\"severity\":\"SEVERE\",\"name\":5,\"data_sources\":\"EDR\","
                        + "\"detection_source\":[1],\"asset\":\"just text\"}");
    }

    @Test
    void nullListsReadAsEmptyAndOddElementsAreKeptOrDropped() {
        var misconfigurations = MisconfigurationsFamily.family().records();
        var selection = misconfigurations.select(
                List.of("mitreAttacks", "complianceStandards", "dataClassificationCategories", "evidence"));

        var shaped = shape(
                misconfigurations,
                selection,
                "{\"id\": \"m\", \"mitreAttacks\": [null, {\"techniqueId\": \"T1\", \"extra\": 1}, \"odd\"],"
                        + " \"complianceStandards\": null, \"dataClassificationCategories\": null, \"evidence\":"
                        + " {\"fileName\": null, \"port\": null}}");

        assertThat(shaped)
                .isEqualTo("{\"id\":\"m\",\"mitre_attacks\":[{\"technique_id\":\"T1\"},\"odd\"],"
                        + "\"compliance_standards\":[],\"data_classification_categories\":[],\"evidence\":{}}");
    }

    @Test
    void aListTheConsoleDidNotSendStaysOut() {
        var alerts = AlertsFamily.family().records();
        assertThat(shape(alerts, alerts.full(), "{\"id\": \"a\"}")).isEqualTo("{\"id\":\"a\"}");
        assertThat(shape(alerts, alerts.full(), "{\"id\": \"a\", \"dataSources\": null}"))
                .isEqualTo("{\"id\":\"a\",\"data_sources\":[]}");
    }

    @Test
    void numbersStayAsTheyCame() {
        var vulnerabilities = VulnerabilitiesFamily.family().records();
        var shaped = shape(
                vulnerabilities,
                vulnerabilities.select(List.of("cve { riskScore epssScore }")),
                "{\"id\": \"v\", \"cve\": {\"id\": \"CVE-1\", \"riskScore\": 8, \"epssScore\": 0.0412}}");
        assertThat(shaped)
                .isEqualTo("{\"id\":\"v\",\"cve\":{\"id\":\"CVE-1\",\"risk_score\":8,\"epss_score\":0.0412}}");
    }

    @Test
    void freeFormJsonKeepsItsKeysAndNulls() {
        var vulnerabilities = VulnerabilitiesFamily.family().records();
        var shaped = shape(
                vulnerabilities,
                vulnerabilities.full(),
                "{\"id\": \"v\", \"findingData\": {\"context\": {\"packagePath\": \"/p\", \"note\": null, \"deep\":"
                        + " {\"camelCase\": [null]}}}}");
        assertThat(shaped)
                .isEqualTo("{\"id\":\"v\",\"finding_data\":{\"context\":{\"packagePath\":\"/p\",\"note\":null,"
                        + "\"deep\":{\"camelCase\":[null]}}}}");
    }

    @Test
    void deletedIsOnlyWhatTheConsoleSaid() {
        var notes = VulnerabilitiesFamily.family().notes();
        assertThat(shape(notes, notes.full(), "{\"id\": \"n\", \"author\": {\"id\": \"u\"}}"))
                .isEqualTo("{\"id\":\"n\",\"author\":{\"id\":\"u\"}}");
        assertThat(shape(notes, notes.full(), "{\"id\": \"n\", \"author\": {\"id\": \"u\", \"deleted\": null}}"))
                .isEqualTo("{\"id\":\"n\",\"author\":{\"id\":\"u\"}}");
    }

    @Test
    void historyCreatorsNameOnlyUsers() {
        var history = AlertsFamily.family().history();
        String[][] cases = {
            {"{\"__typename\": \"SystemHistoryItemCreator\"}", "{}"},
            {"{}", "{}"},
            {"null", "{}"},
            {"{\"__typename\": \"UserHistoryItemCreator\"}", "{}"},
            {"{\"__typename\": \"UserHistoryItemCreator\", \"userId\": null}", "{}"},
            {"{\"__typename\": \"SystemHistoryItemCreator\", \"userId\": \"1\"}", "{}"},
            {
                "{\"__typename\": \"UserHistoryItemCreator\", \"userId\": \"1\", \"userType\": \"MDR\"}",
                "{\"history_item_creator\":{\"typename\":\"UserHistoryItemCreator\",\"user_id\":\"1\",\"user_type\":"
                        + "\"MDR\"}}"
            },
            {"{\"userId\": \"1\"}", "{\"history_item_creator\":{\"user_id\":\"1\"}}"},
            {
                "{\"__typename\": \"\", \"userType\": \"CONSOLE_USER\"}",
                "{\"history_item_creator\":{\"typename\":\"\",\"user_type\":\"CONSOLE_USER\"}}"
            },
            {"{\"__typename\": 5, \"userId\": \"1\"}", "{\"history_item_creator\":{\"typename\":5,\"user_id\":\"1\"}}"}
        };
        for (var example : cases) {
            assertThat(shape(history, history.full(), "{\"historyItemCreator\": " + example[0] + "}"))
                    .as(example[0])
                    .isEqualTo(example[1]);
        }
    }

    @Test
    void aSelectionOfAnotherRecordIsAProgrammingError() {
        var alerts = AlertsFamily.family().records();
        var vulnerabilities = VulnerabilitiesFamily.family().records();
        assertThatThrownBy(() -> RecordShaper.shape(alerts.record(), vulnerabilities.full(), json("{}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Alert has no field scope: the selection is not of it");
        var history = AlertsFamily.family().history();
        var wrongMember = new Selection(List.of(new Selection.Field(
                "historyItemCreator",
                List.of(new Selection.OnType("Other", List.of(Selection.Field.scalar("userId")))))));
        assertThatThrownBy(() -> RecordShaper.shape(
                        history.record(), wrongMember, json("{\"historyItemCreator\": {\"userId\": \"1\"}}")))
                .hasMessage("historyItemCreator has no field Other: the selection is not of it");
    }
}
