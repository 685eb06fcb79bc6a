package io.purplemcp.domain.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.ports.in.context.Prompt;
import io.purplemcp.ports.in.context.PromptRefused;
import io.purplemcp.ports.in.context.Resource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProductContextTest {

    private static final Set<String> TIME = Set.of("get_timestamp_range", "iso_to_unix_timestamp");
    static final Set<String> ALL_TOOLS = union(List.of(
            Set.of("purple_ai", "powerquery", "list_inventory_items", "get_inventory_item", "search_inventory_items"),
            TIME,
            family("alert", "alerts"),
            family("misconfiguration", "misconfigurations"),
            family("vulnerability", "vulnerabilities")));

    /** The five tools of a findings family, named as FamilyTools names them. */
    private static Set<String> family(String singular, String plural) {
        return Set.of(
                "get_" + singular,
                "list_" + plural,
                "search_" + plural,
                "get_" + singular + "_notes",
                "get_" + singular + "_history");
    }

    private static Set<String> union(List<Set<String>> sets) {
        return sets.stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    final ProductContext everything = ProductContext.forTools(ALL_TOOLS);

    @Test
    void everyToolServedOffersEveryDocumentTheTemplateAndEveryInvestigation() {
        assertThat(everything.resources())
                .extracting(Resource::uri)
                .containsExactly(
                        "purplemcp://guides/powerquery",
                        "purplemcp://filters/alerts",
                        "purplemcp://filters/misconfigurations",
                        "purplemcp://filters/vulnerabilities",
                        "purplemcp://filters/inventory",
                        "purplemcp://guides/time-ranges");
        assertThat(everything.resources()).allSatisfy(resource -> {
            assertThat(resource.mimeType()).isEqualTo("text/markdown");
            assertThat(resource.text()).startsWith("# ");
        });
        assertThat(everything.resourceTemplates())
                .singleElement()
                .satisfies(template -> assertThat(template.uriTemplate()).isEqualTo("purplemcp://filters/{family}"));
        assertThat(everything.prompts())
                .extracting(Prompt::name)
                .containsExactly("triage_alert", "hunt_indicator", "host_exposure");
        assertThat(everything.prompts())
                .allSatisfy(prompt -> assertThat(ALL_TOOLS).containsAll(prompt.tools()));
    }

    @Test
    void onlyWhatTheServedToolsNeedIsOffered() {
        var alertsAndTime = ProductContext.forTools(union(List.of(TIME, family("alert", "alerts"))));
        assertThat(alertsAndTime.resources())
                .extracting(Resource::uri)
                .containsExactly("purplemcp://filters/alerts", "purplemcp://guides/time-ranges");
        assertThat(alertsAndTime.prompts()).extracting(Prompt::name).containsExactly("triage_alert");

        var timeOnly = ProductContext.forTools(Set.of("get_timestamp_range"));
        assertThat(timeOnly.resourceTemplates()).isEmpty();
        assertThat(timeOnly.prompts()).isEmpty();
        assertThat(timeOnly.resource("purplemcp://filters/alerts")).isEmpty();
    }

    @Test
    void promptsAreFilledInWithTheirArgumentsQuoted() throws PromptRefused {
        assertThat(everything.render("triage_alert", Map.of("alert_id", " a-1 ")))
                .startsWith("Triage the SentinelOne alert \"a-1\".")
                .contains("get_alert_notes", "get_alert_history", "search_alerts", "purplemcp://filters/alerts");
        assertThat(everything.render("hunt_indicator", Map.of("indicator", "evil\".com")))
                .contains("\"evil'.com\"", "last \"24\" hours", "hours=24", "purplemcp://guides/powerquery");
        assertThat(everything.render("hunt_indicator", Map.of("indicator", "1.2.3.4", "hours", "72")))
                .contains("hours=72");
        assertThat(everything.render("host_exposure", Map.of("host", "web-01")))
                .contains("\"web-01\"", "search_vulnerabilities", "search_misconfigurations");
    }

    @Test
    void unknownPromptsAndMissingArgumentsAreRefused() {
        assertThatThrownBy(() -> everything.render("nope", Map.of()))
                .isInstanceOf(PromptRefused.class)
                .hasMessage("Unknown prompt: nope.");
        assertThatThrownBy(() -> everything.render("triage_alert", Map.of("alert_id", "  ")))
                .isInstanceOf(PromptRefused.class)
                .hasMessage("Missing required argument: alert_id.");
        var withoutPowerQuery = ProductContext.forTools(Set.of("get_alert"));
        assertThatThrownBy(() -> withoutPowerQuery.render("hunt_indicator", Map.of("indicator", "x")))
                .isInstanceOf(PromptRefused.class);
    }
}
