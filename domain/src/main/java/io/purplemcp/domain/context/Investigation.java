package io.purplemcp.domain.context;

import io.purplemcp.ports.in.context.Prompt;
import io.purplemcp.ports.in.context.PromptArgument;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One ready-made investigation: the prompt a client lists, and how its text is written from the
 * arguments (every required one present and not blank by then).
 */
record Investigation(Prompt prompt, Function<Map<String, String>, String> text) {

    static Investigation of(
            String name,
            String title,
            String description,
            List<PromptArgument> arguments,
            List<String> tools,
            Function<Map<String, String>, String> text) {
        return new Investigation(new Prompt(name, title, description, arguments, tools), text);
    }
}
