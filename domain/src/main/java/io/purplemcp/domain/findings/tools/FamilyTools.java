package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.ports.out.findings.Findings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The five tools of one findings family. */
public final class FamilyTools {

    private FamilyTools() {}

    /**
     * {@code get_<x>}, {@code list_<xs>}, {@code search_<xs>}, {@code get_<x>_notes}, {@code get_<x>_history},
     * in that order.
     *
     * @param timeout how long one call may take in all, retries and schema fallbacks included
     */
    public static List<Tool> of(FindingFamily family, Findings findings, Clock clock, Duration timeout) {
        var console = new ConsoleCall(clock, timeout);
        return List.of(
                new GetFindingTool(family, findings, console),
                new ListFindingsTool(family, findings, console, false),
                new ListFindingsTool(family, findings, console, true),
                new FindingNotesTool(family, findings, console),
                new FindingHistoryTool(family, findings, console));
    }
}
