package io.purplemcp.domain.context;

import io.purplemcp.domain.findings.alerts.AlertsFamily;
import io.purplemcp.domain.findings.misconfigurations.MisconfigurationsFamily;
import io.purplemcp.domain.findings.tools.FamilyReference;
import io.purplemcp.domain.findings.tools.FindingFamily;
import io.purplemcp.domain.findings.vulnerabilities.VulnerabilitiesFamily;
import io.purplemcp.domain.inventory.InventoryReference;
import io.purplemcp.domain.powerquery.PowerQueryTool;
import io.purplemcp.domain.purpleai.PurpleAiTool;
import io.purplemcp.domain.tools.References;
import io.purplemcp.ports.in.context.ContextCatalog;
import io.purplemcp.ports.in.context.Prompt;
import io.purplemcp.ports.in.context.PromptRefused;
import io.purplemcp.ports.in.context.Resource;
import io.purplemcp.ports.in.context.ResourceTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The resources and prompts of this server, cut to the tools it serves: a document about tools that
 * are not served, or an investigation that needs one, is not offered.
 */
public final class ProductContext implements ContextCatalog {

    private static final String MARKDOWN = "text/markdown";

    private final Predicate<String> served;
    private final List<Investigation> investigations;
    // Written on first use, not at start-up: the filter references build every field catalogue.
    private volatile List<Resource> resources;

    private ProductContext(Predicate<String> served) {
        this.served = served;
        this.investigations = Investigations.all().stream()
                .filter(investigation -> investigation.prompt().tools().stream().allMatch(served))
                .toList();
    }

    /** What goes with these served tools. */
    public static ProductContext forTools(Set<String> servedTools) {
        return forTools(Set.copyOf(servedTools)::contains);
    }

    /** What goes with the tools {@code served} accepts; nothing is built until a client asks. */
    public static ProductContext forTools(Predicate<String> served) {
        return new ProductContext(served);
    }

    @Override
    public boolean hasResources() {
        // The time-range conventions concern every tool set.
        return true;
    }

    @Override
    public boolean hasPrompts() {
        return !investigations.isEmpty();
    }

    @Override
    public List<Resource> resources() {
        var built = resources;
        if (built == null) {
            built = build();
            resources = built;
        }
        return built;
    }

    private List<Resource> build() {
        var built = new ArrayList<Resource>();
        if (served.test(PowerQueryTool.NAME) || served.test(PurpleAiTool.NAME)) {
            built.add(new Resource(
                    References.POWERQUERY_GUIDE,
                    "powerquery-guide",
                    "PowerQuery guide",
                    "How to get or write a PowerQuery the data lake accepts, and how to run it and read the answer.",
                    MARKDOWN,
                    PowerQueryGuide.markdown()));
        }
        for (var family :
                List.of(AlertsFamily.family(), MisconfigurationsFamily.family(), VulnerabilitiesFamily.family())) {
            if (served.test("search_" + family.plural()) || served.test("list_" + family.plural())) {
                built.add(filters(family));
            }
        }
        if (served.test("search_inventory_items")) {
            built.add(new Resource(
                    InventoryReference.URI,
                    "inventory-filters",
                    "Filters of the asset inventory",
                    "The criteria search_inventory_items accepts: forms, field names, limits and examples.",
                    MARKDOWN,
                    InventoryReference.markdown()));
        }
        built.add(new Resource(
                References.TIME_RANGES,
                "time-ranges",
                "Time ranges",
                "How each tool takes times, and how to turn the user's times into them.",
                MARKDOWN,
                TimeRanges.markdown()));
        return List.copyOf(built);
    }

    private static Resource filters(FindingFamily family) {
        return new Resource(
                FamilyReference.uri(family),
                family.plural() + "-filters",
                "Filters and fields of " + family.plural(),
                "The filter types, field ids, values, limits and selectable fields of search_" + family.plural()
                        + " and list_" + family.plural() + ".",
                MARKDOWN,
                FamilyReference.markdown(family));
    }

    @Override
    public List<ResourceTemplate> resourceTemplates() {
        var families = resources().stream().anyMatch(resource -> resource.uri().startsWith(References.filters("")));
        return families
                ? List.of(new ResourceTemplate(
                        References.FILTERS_TEMPLATE,
                        "filters",
                        "Filters and fields",
                        "The filters and fields of a search tool: family is alerts, vulnerabilities,"
                                + " misconfigurations or inventory.",
                        MARKDOWN))
                : List.of();
    }

    @Override
    public List<Prompt> prompts() {
        return investigations.stream().map(Investigation::prompt).toList();
    }

    @Override
    public String render(String name, Map<String, String> arguments) throws PromptRefused {
        var investigation = investigations.stream()
                .filter(candidate -> candidate.prompt().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new PromptRefused("Unknown prompt: " + name + "."));
        for (var argument : investigation.prompt().arguments()) {
            var value = arguments.get(argument.name());
            if (argument.required() && (value == null || value.isBlank())) {
                throw new PromptRefused("Missing required argument: " + argument.name() + ".");
            }
        }
        return investigation.text().apply(arguments);
    }
}
