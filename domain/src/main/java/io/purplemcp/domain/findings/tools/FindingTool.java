package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.DefinedTool;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.out.findings.Findings;
import java.util.List;
import java.util.Objects;

/** What every findings tool has: its family, the family's port, the deadline policy and its contract. */
abstract class FindingTool extends DefinedTool {

    final FindingFamily family;
    final Findings findings;
    private final ConsoleCall console;

    FindingTool(
            FindingFamily family,
            Findings findings,
            ConsoleCall console,
            String name,
            String title,
            String description,
            List<ParameterSpec> parameters,
            ResultShape resultShape) {
        super(new ToolDefinition(name, title, description, parameters, resultShape, ToolHints.consoleRead()));
        this.family = Objects.requireNonNull(family, "family");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.console = Objects.requireNonNull(console, "console");
    }

    /**
     * The answer to {@code request}.
     *
     * @param failure what failed, e.g. {@code Failed to list alerts}: the start of the error text
     */
    final <T> T send(CallContext context, String failure, ConsoleCall.Request<T> request) {
        return console.send(
                context, ConsoleCall.Ending.explained(failure + ": the call was cancelled.", failure + ": "), request);
    }
}
