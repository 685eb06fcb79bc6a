package io.purplemcp.domain.findings.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.domain.findings.fields.RecordShaper;
import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.findings.Findings;
import java.util.List;

/** {@code get_<finding>}: one record with all its fields, or {@code null} when there is none. */
final class GetFindingTool extends FindingTool {

    GetFindingTool(FindingFamily family, Findings findings, ConsoleCall console) {
        super(
                family,
                findings,
                console,
                "get_" + family.singular(),
                "Get " + family.singular(),
                Descriptions.get(family),
                List.of(FindingArguments.id(family)),
                FindingSchemas.single(family.singular()));
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var id = FindingArguments.id(family, arguments);
        var selection = family.records().full();
        var record = send(
                context,
                "Failed to retrieve " + family.singular() + " " + id,
                deadline -> findings.get(id, selection, deadline));
        var shaped = record.map(found -> RecordShaper.shape(family.records().record(), selection, found));
        // The text stays the bare record (or null), as the reference prints it.
        return ToolResult.Structured.wrapping(family.singular(), shaped, JsonNode::toPrettyString, "null");
    }
}
