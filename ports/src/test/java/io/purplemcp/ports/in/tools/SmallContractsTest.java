package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SmallContractsTest {

    @Test
    void hintsSeparateLocalComputationFromConsoleReads() {
        assertThat(ToolHints.localComputation()).isEqualTo(new ToolHints(true, false, true, false));
        assertThat(ToolHints.consoleRead()).isEqualTo(new ToolHints(true, false, false, true));
    }

    @Test
    void parameterTypesCarryTheirJsonSchemaNames() {
        assertThat(ParameterType.values())
                .extracting(ParameterType::jsonSchemaName)
                .containsExactly("string", "integer", "number", "boolean");
    }

    @Test
    void anUnobservedCallIsNeverCancelledAndIgnoresReports() {
        var context = CallContext.unobserved();
        var ran = new AtomicBoolean();

        context.onCancel(() -> ran.set(true));
        context.progress(1, 2.0, "half");
        context.progress(1, null, null);
        context.log(LogLevel.ERROR, "ignored");

        assertThat(context.isCancelled()).isFalse();
        assertThat(ran).isFalse();
        assertThat(CallContext.unobserved()).isSameAs(context);
    }

    @Test
    void anUnknownToolNamesTheTool() {
        var unknown = new UnknownToolException("nope");

        assertThat(unknown.toolName()).isEqualTo("nope");
        assertThat(unknown).hasMessage("Unknown tool: nope");
    }
}
