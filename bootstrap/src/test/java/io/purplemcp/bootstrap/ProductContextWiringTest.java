package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.bootstrap.config.ToolSelection;
import io.purplemcp.domain.context.ProductContext;
import io.purplemcp.ports.in.context.Prompt;
import io.purplemcp.ports.in.context.Resource;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.out.telemetry.Telemetry;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The resources and prompts line up with the tools actually built: every document a description or a
 * prompt points to exists, and every tool a prompt names is a real tool.
 */
class ProductContextWiringTest {

    private static final Pattern ADDRESS = Pattern.compile("purplemcp://[a-z/-]+[a-z]");

    private final SentinelOneConsole console = SentinelOneConsole.connect(
            ConsoleSettings.of(URI.create("https://console.example.test"), "token-for-tests", "test", "session"));

    @AfterEach
    void close() {
        console.close();
    }

    private List<ToolDefinition> tools(ToolSelection selection) {
        return ProductCatalog.create(console, Clock.systemUTC(), Telemetry.none(), selection)
                .definitions();
    }

    @Test
    void everyAddressInADescriptionOrAPromptIsAServedResource() throws Exception {
        for (var selection : List.of(
                ToolSelection.everything(),
                ToolSelection.parse("alerts,time", null, null),
                ToolSelection.parse("inventory", null, null))) {
            var tools = tools(selection);
            var names = tools.stream().map(ToolDefinition::name).collect(Collectors.toSet());
            var context = ProductContext.forTools(names);
            var uris = context.resources().stream().map(Resource::uri).collect(Collectors.toSet());
            var texts = new java.util.ArrayList<String>();
            tools.forEach(tool -> texts.add(tool.description()));
            for (var prompt : context.prompts()) {
                assertThat(names).containsAll(prompt.tools());
                texts.add(context.render(
                        prompt.name(),
                        prompt.arguments().stream()
                                .collect(Collectors.toMap(argument -> argument.name(), argument -> "x"))));
            }
            context.resources().forEach(resource -> texts.add(resource.text()));
            for (var text : texts) {
                ADDRESS.matcher(text)
                        .results()
                        .forEach(match -> assertThat(uris)
                                .as("a served text names %s", match.group())
                                .contains(match.group()));
            }
        }
    }

    @Test
    void everyToolAPromptNamesExists() {
        var all = tools(ToolSelection.everything()).stream()
                .map(ToolDefinition::name)
                .collect(Collectors.toSet());
        var context = ProductContext.forTools(all);
        assertThat(context.prompts()).extracting(Prompt::name).hasSize(3);
        assertThat(context.prompts()).allSatisfy(prompt -> assertThat(all).containsAll(prompt.tools()));
        assertThat(ProductContext.forTools(Set.of("get_timestamp_range")).prompts())
                .isEmpty();
    }
}
