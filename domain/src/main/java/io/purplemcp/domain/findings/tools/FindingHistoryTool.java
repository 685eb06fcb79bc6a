package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.findings.Findings;
import java.util.List;

/** {@code get_<finding>_history}: a page of a record's audit trail. */
final class FindingHistoryTool extends FindingTool {

    FindingHistoryTool(FindingFamily family, Findings findings, ConsoleCall console) {
        super(
                family,
                findings,
                console,
                "get_" + family.singular() + "_history",
                "Get " + family.singular() + " history",
                Descriptions.history(family),
                List.of(FindingArguments.id(family), FindingArguments.first("events"), FindingArguments.after()),
                FindingSchemas.connection());
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var id = FindingArguments.id(family, arguments);
        var page = FindingArguments.page(arguments);
        var selection = family.history().full();
        var events = send(
                context,
                "Failed to retrieve history for " + family.singular() + " " + id,
                deadline -> findings.history(id, selection, page, deadline));
        var shaped = PageShaper.connection(events, family.history(), selection);
        return new ToolResult.Structured(shaped, shaped.toPrettyString());
    }
}
