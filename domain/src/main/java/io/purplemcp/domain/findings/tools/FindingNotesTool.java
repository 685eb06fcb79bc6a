package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.Findings;
import java.util.List;
import java.util.Optional;

/** {@code get_<finding>_notes}: the analysts' notes on a record, paged where the API pages them. */
final class FindingNotesTool extends FindingTool {

    FindingNotesTool(FindingFamily family, Findings findings, ConsoleCall console) {
        super(
                family,
                findings,
                console,
                "get_" + family.singular() + "_notes",
                "Get " + family.singular() + " notes",
                Descriptions.notes(family),
                family.pagedNotes()
                        ? List.of(FindingArguments.id(family), FindingArguments.notesFirst(), FindingArguments.after())
                        : List.<ParameterSpec>of(FindingArguments.id(family)),
                family.pagedNotes() ? FindingSchemas.connection() : FindingSchemas.data());
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var id = FindingArguments.id(family, arguments);
        Optional<CursorPageRequest> page =
                family.pagedNotes() ? FindingArguments.notesPage(arguments) : Optional.empty();
        var selection = family.notes().full();
        var notes = send(
                context,
                "Failed to retrieve notes for " + family.singular() + " " + id,
                deadline -> findings.notes(id, selection, page, deadline));
        var shaped = family.pagedNotes()
                ? PageShaper.connection(notes, family.notes(), selection)
                : PageShaper.data(notes, family.notes(), selection);
        return new ToolResult.Structured(shaped, shaped.toPrettyString());
    }
}
