package io.purplemcp.domain.findings.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.domain.findings.alerts.AlertsFamily;
import io.purplemcp.domain.findings.misconfigurations.MisconfigurationsFamily;
import io.purplemcp.domain.findings.vulnerabilities.VulnerabilitiesFamily;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.domain.tools.Refusals;
import io.purplemcp.ports.out.findings.Selection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The selection, per docs/decisions/0011-findings-arguments-and-fields.md: sub-fields allow-listed per
 * object, no text after a fragment, entries trimmed, repeats merged.
 */
class FieldCatalogTest {

    final FieldCatalog alerts = AlertsFamily.family().records();
    final FieldCatalog vulnerabilities = VulnerabilitiesFamily.family().records();
    final FieldCatalog misconfigurations = MisconfigurationsFamily.family().records();

    /** A selection as GraphQL text, e.g. {@code id asset { id name }}. */
    static String text(Selection selection) {
        return text(selection.items());
    }

    static String text(List<Selection.Item> items) {
        return items.stream()
                .map(item -> {
                    if (item instanceof Selection.OnType member) {
                        return "... on " + member.typeName() + " { " + text(member.children()) + " }";
                    }
                    var field = (Selection.Field) item;
                    return field.children().isEmpty()
                            ? field.name()
                            : field.name() + " { " + text(field.children()) + " }";
                })
                .collect(Collectors.joining(" "));
    }

    static String select(FieldCatalog catalog, String... entries) {
        return text(catalog.select(List.of(entries)));
    }

    static String failure(FieldCatalog catalog, String entry) {
        return Refusals.refusal(() -> catalog.select(List.of(entry)));
    }

    @Test
    void theAlertsDefaultsAreAllTwentyFieldsWithDataSources() {
        assertThat(text(alerts.defaults()))
                .isEqualTo("id externalId severity status name description detectedAt firstSeenAt lastSeenAt"
                        + " analystVerdict classification confidenceLevel dataSources detectionSource { product vendor"
                        + " } asset { id name type } assignee { userId email fullName } noteExists result storylineId"
                        + " ticketId");
        assertThat(alerts.full()).isEqualTo(alerts.defaults());
    }

    @Test
    void theVulnerabilityDefaultsAreTheReferenceCatalog() {
        assertThat(text(vulnerabilities.defaults()))
                .isEqualTo("id name severity status asset { id externalId name type category subcategory privileged"
                        + " cloudInfo { accountId accountName providerName region } kubernetesInfo { cluster namespace"
                        + " } } scope { account { id name } site { id name } group { id name } } cve { id nvdBaseScore"
                        + " riskScore publishedDate epssScore exploitMaturity exploitedInTheWild } software { name"
                        + " version fixVersion type vendor } product vendor detectedAt lastSeenAt analystVerdict"
                        + " assignee { id email fullName } exclusionPolicyId");
    }

    @Test
    void theMisconfigurationDefaultsNoLongerFetchTheDeprecatedFindingType() {
        var defaults = text(misconfigurations.defaults());
        assertThat(defaults)
                .startsWith("id externalId name severity status asset { id externalId name type")
                .contains(
                        "cnapp { policy { id version group } verifiedExploitable }",
                        "evidence { fileName fileType iacFramework ipAddress port subdomain }",
                        "remediation { mitigable mitigationSteps }",
                        "mitreAttacks { techniqueId techniqueName techniqueUrl tacticName tacticUid }",
                        "admissionRequest { category resourceName resourceNamespace resourceType userName userUid"
                                + " userGroup }",
                        " complianceStandards ",
                        " exposureReason ",
                        " mitigable ")
                .doesNotContain("findingType");
        assertThat(misconfigurations.defaults().items()).hasSize(31);
        assertThat(select(misconfigurations, "findingType")).isEqualTo("id findingType");
    }

    @Test
    void theFullViewOfAMisconfigurationLeavesOutTheListOnlyFields() {
        var full = text(misconfigurations.full());
        assertThat(full)
                .contains(
                        "compliance { standards requirements complianceStandards { title url } complianceReferences {"
                                + " title url } status }",
                        "failedRules { name description severity impact compliance recommendedAction"
                                + " enforcementSettings }",
                        "findingData { properties { name value } exposureReason context }",
                        "evidence { fileName fileType fileUrl iacFramework ipAddress port subdomain commitedBy secret"
                                + " { type hash valid } }",
                        "exposureId",
                        "selfLink")
                .doesNotContain("findingType");
        assertThat(misconfigurations.full().items())
                .extracting(item -> ((Selection.Field) item).name())
                .doesNotContain("findingType", "mitigable", "exposureReason", "complianceStandards")
                .contains("scopeLevel", "description", "exposureId");
    }

    @Test
    void idIsAddedFirstAndNotTwice() {
        assertThat(select(alerts, "severity", "status")).isEqualTo("id severity status");
        assertThat(select(alerts, "severity", "status", "id")).isEqualTo("id severity status");
        assertThat(select(alerts)).isEqualTo("id");
    }

    @Test
    void fieldsComeInOutputOrderWhateverTheRequestOrder() {
        assertThat(select(alerts, "asset", "dataSources", "detectedAt"))
                .isEqualTo("id detectedAt dataSources asset {" + " id name type }");
    }

    @Test
    void repeatsAndOverlapsAreMerged() {
        assertThat(select(alerts, "severity", "severity")).isEqualTo("id severity");
        assertThat(select(vulnerabilities, "asset { name }", "asset { cloudInfo { region } }", "asset { name }"))
                .isEqualTo("id asset { id name cloudInfo { region } }");
    }

    @Test
    void anObjectAloneGetsItsUsualFields() {
        assertThat(select(alerts, "asset")).isEqualTo("id asset { id name type }");
        assertThat(select(alerts, "assignee")).isEqualTo("id assignee { userId email fullName }");
        assertThat(select(alerts, "detectionSource")).isEqualTo("id detectionSource { product vendor }");
        assertThat(select(vulnerabilities, "software"))
                .isEqualTo("id software { name version fixVersion type vendor }");
        assertThat(select(vulnerabilities, "assignee")).isEqualTo("id assignee { id email fullName }");
        assertThat(select(misconfigurations, "cnapp"))
                .isEqualTo("id cnapp { policy { id version group }" + " verifiedExploitable }");
    }

    @Test
    void nestedFieldsAreUsedAsAskedWithTheirIds() {
        assertThat(select(alerts, "asset { id }")).isEqualTo("id asset { id }");
        assertThat(select(alerts, "asset{name}")).isEqualTo("id asset { id name }");
        assertThat(select(vulnerabilities, "scope { account { name } }")).isEqualTo("id scope { account { id name } }");
        assertThat(select(vulnerabilities, "asset { cloudInfo { region } }"))
                .isEqualTo("id asset { id cloudInfo { region } }");
        assertThat(select(vulnerabilities, "cve { riskScore }")).isEqualTo("id cve { id riskScore }");
        assertThat(select(misconfigurations, "cnapp { policy { version } }"))
                .isEqualTo("id cnapp { policy { id version } }");
        assertThat(select(misconfigurations, "admissionRequest { userName }"))
                .isEqualTo("id admissionRequest {" + " userName }");
    }

    @Test
    void anObjectInsideABraceGetsAllItsFields() {
        assertThat(select(vulnerabilities, "asset { cloudInfo }"))
                .isEqualTo("id asset { id cloudInfo { accountId accountName providerName region resourceId"
                        + " resourceLink } }");
        assertThat(select(vulnerabilities, "cve { s1BaseValues { scope } riskIndicators }"))
                .isEqualTo("id cve { id s1BaseValues { scope } riskIndicators { severity values } }");
    }

    @Test
    void subFieldsComeFromTheSingleRecordView() {
        assertThat(select(vulnerabilities, "cve { description kevAvailable }"))
                .isEqualTo("id cve { id description kevAvailable }");
        assertThat(select(misconfigurations, "evidence { secret { valid } }"))
                .isEqualTo("id evidence { secret { valid } }");
    }

    @Test
    void anUnknownSubFieldIsRefusedWithTheObjectsFields() {
        assertThat(failure(alerts, "asset { foo }"))
                .isEqualTo("Invalid nested field 'asset { foo }': 'asset' has no field 'foo'. Its fields: id, name,"
                        + " type.");
        assertThat(failure(alerts, "asset { __schema { types { name } } }"))
                .startsWith("Invalid nested field 'asset { __schema { types { name } } }': 'asset' has no field"
                        + " '__schema'.");
    }

    @Test
    void aScalarTakesNoBraces() {
        assertThat(failure(alerts, "asset { id { x } }"))
                .isEqualTo("Invalid nested field 'asset { id { x } }': 'id' has no nested fields; name it without"
                        + " braces.");
    }

    @Test
    void onlyTheFamilysObjectsCanBeExpanded() {
        assertThat(failure(alerts, "unknown { id }"))
                .isEqualTo("Invalid nested field 'unknown { id }': 'unknown' is not a valid nested object. Objects with"
                        + " nested fields: detectionSource, asset, assignee.");
        assertThat(failure(misconfigurations, "policy { id }")).contains("'policy' is not a valid nested object");
        assertThat(failure(alerts, "severity { id }")).contains("'severity' is not a valid nested object");
        assertThat(failure(vulnerabilities, "findingData { context }"))
                .contains("'findingData' is not a valid nested object");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "asset { { id }",
                "asset { id } }",
                "asset { }",
                "asset { 123invalid }",
                "123invalid { id }",
                "asset { id, name }",
                "asset {",
                "}",
                "asset { id } severity",
                "asset { id } { name }"
            })
    void malformedNestedFieldsAreRefused(String entry) {
        assertThat(failure(alerts, entry)).startsWith("Invalid nested field '" + entry + "': ");
        assertThat(failure(alerts, entry))
                .endsWith("Write an object and its fields as 'asset { id name }'; nested"
                        + " objects the same way, e.g. 'asset { cloudInfo { region } }'.");
    }

    @Test
    void malformedFragmentsSayWhatIsWrong() {
        assertThat(failure(alerts, "asset { id } severity")).contains(": text follows the closing brace ('severity').");
        assertThat(failure(alerts, "asset {")).contains(": a '}' is missing.");
        assertThat(failure(alerts, "asset { }")).contains(": 'asset { }' selects nothing.");
        assertThat(failure(alerts, "asset { { id }")).contains(": '{' is not a field name.");
        assertThat(failure(alerts, "}")).contains(": '}' is not a field name.");
    }

    @Test
    void nestingIsLimitedToEightLevels() {
        assertThat(failure(alerts, "asset{a{a{a{a{a{a{a{x}}}}}}}}"))
                .isEqualTo("Invalid nested field 'asset{a{a{a{a{a{a{a{x}}}}}}}}': 'asset' has no field 'a'. Its"
                        + " fields: id, name, type.");
        assertThat(failure(alerts, "asset{a{a{a{a{a{a{a{a{x}}}}}}}}}"))
                .contains(": it nests deeper than the maximum allowed depth of 8.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"...frag", "@x", "#x", "x!", "$v", "a(b)", "items[0]", "alias: id", "\"quoted\""})
    void graphQlSyntaxIsRefusedAsSuspicious(String entry) {
        assertThat(failure(alerts, entry))
                .startsWith("Invalid field '" + entry + "': it contains the suspicious character '")
                .endsWith("is refused to prevent GraphQL injection.");
    }

    @Test
    void theFirstSuspiciousTokenIsNamed() {
        assertThat(failure(alerts, "...x@y")).contains("suspicious character '...'");
        assertThat(failure(alerts, "asset { id @skip(if: true) }")).contains("suspicious character '@'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "__schema", "__typename", "findingType"})
    void plainNamesOutsideTheAllowlistAreRefused(String entry) {
        assertThat(failure(alerts, entry))
                .isEqualTo("Field '" + entry + "' is not in the allowlist of fields you can request. Allowed: id,"
                        + " externalId, severity, status, name, description, detectedAt, firstSeenAt, lastSeenAt,"
                        + " analystVerdict, classification, confidenceLevel, dataSources, detectionSource, asset,"
                        + " assignee, noteExists, result, storylineId, ticketId.");
    }

    @Test
    void theAllowlistIsTheFamilys() {
        assertThat(failure(vulnerabilities, "cnapp")).contains("'cnapp' is not in the allowlist");
        assertThat(failure(vulnerabilities, "externalId")).contains("'externalId' is not in the allowlist");
        assertThat(failure(misconfigurations, "description")).contains("'description' is not in the allowlist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo-bar", "id severity", "1abc"})
    void otherShapesAreAnInvalidFormat(String entry) {
        assertThat(failure(alerts, entry))
                .isEqualTo("Invalid field name format: '" + entry + "'. A field is a plain name such as 'severity', or"
                        + " an object with nested fields such as 'asset { id name }'.");
    }

    @Test
    void aDottedPathGetsAHintForBraces() {
        assertThat(failure(alerts, "asset.name"))
                .isEqualTo("Invalid field name format: 'asset.name'. A field is a plain name such as 'severity', or an"
                        + " object with nested fields such as 'asset { id name }'. Write nested fields with braces,"
                        + " e.g. 'asset { name }'.");
        assertThat(failure(vulnerabilities, "asset . cloudInfo.region")).endsWith("e.g. 'asset { region }'.");
    }

    @Test
    void anEmptyEntryIsRefused() {
        assertThat(failure(alerts, "")).isEqualTo("Empty field names are not allowed in fields.");
    }

    @Test
    void selectableFieldsAndExpansionsAreTheCatalogs() {
        assertThat(alerts.selectable()).extracting(FieldSpec::name).hasSize(20).startsWith("id", "externalId");
        assertThat(misconfigurations.selectable())
                .extracting(FieldSpec::name)
                .contains("findingType")
                .hasSize(32);
        var asset = vulnerabilities.record().field("asset").orElseThrow();
        assertThat(text(vulnerabilities.expansion(asset)))
                .startsWith("asset { id externalId name type category" + " subcategory privileged cloudInfo");
        var software = vulnerabilities.record().field("software").orElseThrow();
        assertThat(text(vulnerabilities.expansion(software)))
                .isEqualTo("software { name version fixVersion type" + " vendor }");
    }

    @Test
    void selectingTwiceGivesTheSameSelection() {
        var first = vulnerabilities.select(List.of("asset", "asset { domain }"));
        var second = vulnerabilities.select(List.of("asset"));
        assertThat(text(first)).contains("domain");
        assertThat(text(second)).doesNotContain("domain");
        assertThat(vulnerabilities.select(List.of("asset"))).isEqualTo(second);
    }

    @Test
    void aFixedCatalogSelectsEverything() {
        var history = AlertsFamily.family().history();
        assertThat(text(history.full()))
                .isEqualTo("createdAt eventText eventType reportUrl historyItemCreator { __typename ... on"
                        + " UserHistoryItemCreator { userId userType } }");
        assertThat(history.defaults()).isEqualTo(history.full());
    }

    @Test
    void aCatalogIsCheckedWhenItIsBuilt() {
        var record = FieldSpec.object("R", FieldSpec.scalar("id"), FieldSpec.scalar("name"));
        assertThatThrownBy(() -> FieldCatalog.of(record, List.of("nope"), List.of()))
                .isInstanceOf(InvalidArgument.class);
        assertThatThrownBy(() -> FieldCatalog.of(record, List.of("id"), List.of("id")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id is a default already");
        assertThatThrownBy(() -> FieldCatalog.of(record, List.of("id"), List.of("other")))
                .isInstanceOf(InvalidArgument.class);
        assertThat(FieldCatalog.of(record, List.of("id"), List.of("name")).selectable())
                .extracting(FieldSpec::name)
                .containsExactly("id", "name");
    }
}
