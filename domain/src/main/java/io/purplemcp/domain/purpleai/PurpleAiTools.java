package io.purplemcp.domain.purpleai;

import io.purplemcp.domain.tools.Tool;
import io.purplemcp.ports.out.purpleai.PurpleAi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The tools that talk to Purple AI. */
public final class PurpleAiTools {

    /** How long one question may take in all, retries included. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private PurpleAiTools() {}

    /** {@code purple_ai}. */
    public static List<Tool> all(PurpleAi purpleAi, Clock clock, Duration timeout) {
        return List.of(new PurpleAiTool(purpleAi, clock, timeout));
    }
}
