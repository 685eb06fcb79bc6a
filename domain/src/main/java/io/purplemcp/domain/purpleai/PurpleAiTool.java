package io.purplemcp.domain.purpleai;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.DefinedTool;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.domain.tools.ToolFailure;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.purpleai.PurpleAi;
import io.purplemcp.ports.out.purpleai.PurpleAiAnswer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** {@code purple_ai}: asks Purple AI a question and returns its prose answer or the PowerQuery it wrote. */
public final class PurpleAiTool extends DefinedTool {

    public static final String NAME = "purple_ai";

    /** What the model reads when Purple AI could not make sense of the question: a normal answer, not an error. */
    static final String UNANSWERABLE = "Purple AI encountered an error with this question. Please try rephrasing"
            + " your question and submitting it again.";

    static final String FAILED = "Purple AI request failed: ";
    static final String CANCELLED = "The Purple AI request was cancelled before an answer arrived.";

    static final String POWER_QUERY = "power_query";
    static final String START = "start_datetime";
    static final String END = "end_datetime";
    static final String EXPLANATION = "explanation";

    private static final String DESCRIPTION = "Asks Purple AI, SentinelOne's security assistant, a question in"
            + " plain language. Purple AI either answers in prose or turns the question into a PowerQuery, a"
            + " structured query over the Singularity Data Lake.\n\n"
            + "It can: write and explain PowerQueries for threat hunting and detection; draw on threat"
            + " intelligence and behavioural signals; explore user, process, network and file activity;"
            + " investigate MITRE ATT&CK techniques, ransomware and lateral movement; answer questions about"
            + " SentinelOne products.\n\n"
            + "It cannot: read the console's active alerts (use the alert tools for that); change any"
            + " configuration or act on endpoints; run the PowerQuery it writes (pass it to the powerquery"
            + " tool).\n\n"
            + "Asking well: be descriptive (process names, file paths, domains, ports, user names), say what you"
            + " want to find, and scope it (time range, endpoint type, operating system). Start with a verb such as"
            + " show, find, list or search, name concrete things, add filters, and ask about behaviours such as"
            + " ransomware, persistence, privilege escalation, data staging, beaconing or phishing. State what you"
            + " are looking for instead of asking for a query: 'Show activity linked to APT29 on Windows servers'"
            + " works, 'Generate a PowerQuery to find APT29' works worse.\n\n"
            + "Examples:\n"
            + "- Show PowerShell processes that connected to external IP addresses\n"
            + "- Find unsigned processes that accessed lsass.exe\n"
            + "- List endpoints where user jdoe logged in more than 5 times\n"
            + "- Find reverse SSH tunnels opened from public IP addresses\n"
            + "- Find living-off-the-land binaries started by Microsoft Word\n\n"
            + "The answer is Purple AI's text; or, when it wrote a PowerQuery, a JSON object with " + POWER_QUERY
            + " (the query), " + START + " and " + END + " (the time window it suggests, in UTC, when it gave one)"
            + " and " + EXPLANATION + " (what the query does). Pass " + POWER_QUERY + " unchanged as the query of"
            + " the powerquery tool, with that window unless the user asked for another.";

    private static final ToolDefinition DEFINITION = new ToolDefinition(
            NAME,
            "Ask Purple AI",
            DESCRIPTION,
            List.of(ParameterSpec.requiredString(
                    "query",
                    "The question in natural language, e.g. 'Find unsigned processes that accessed lsass.exe'."
                            + " Sent to Purple AI exactly as written.")),
            ResultShape.text(),
            ToolHints.consoleRead());

    private static final ConsoleCall.Ending ENDING = ConsoleCall.Ending.explained(CANCELLED, FAILED);

    private final PurpleAi purpleAi;
    private final ConsoleCall console;

    public PurpleAiTool(PurpleAi purpleAi, Clock clock, Duration timeout) {
        super(DEFINITION);
        this.purpleAi = Objects.requireNonNull(purpleAi, "purpleAi");
        this.console = new ConsoleCall(clock, timeout);
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var question = arguments.string("query");
        var answer = console.send(context, ENDING, deadline -> purpleAi.ask(question, deadline));
        return new ToolResult.Text(render(answer));
    }

    private static String render(PurpleAiAnswer answer) {
        if (answer instanceof PurpleAiAnswer.Message message) {
            return message.text();
        }
        if (answer instanceof PurpleAiAnswer.PowerQuery query) {
            return powerQuery(query);
        }
        if (answer instanceof PurpleAiAnswer.Refused refused) {
            throw new ToolFailure(FAILED + "Purple AI could not answer: " + refused.reason());
        }
        return UNANSWERABLE;
    }

    private static String powerQuery(PurpleAiAnswer.PowerQuery query) {
        var object = JsonNodeFactory.instance.objectNode();
        object.put(POWER_QUERY, query.query());
        query.timeRange().ifPresent(range -> {
            object.put(START, range.start().toString());
            object.put(END, range.end().toString());
        });
        object.put(EXPLANATION, query.explanation());
        return object.toPrettyString();
    }
}
