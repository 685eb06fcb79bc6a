package io.purplemcp.domain.purpleai;

import io.purplemcp.ports.out.purpleai.PurpleAi;
import io.purplemcp.ports.out.purpleai.PurpleAiAnswer;
import io.purplemcp.ports.out.upstream.UpstreamException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Purple AI for the domain's tests: records each question and deadline and answers what the test
 * scripted (a message by default); an interrupted caller gets {@link InterruptedException}.
 * {@code FakePurpleAiContractTest} holds it to the same contract as the console adapter.
 */
final class FakePurpleAi implements PurpleAi {

    interface Reply {
        PurpleAiAnswer reply() throws UpstreamException, InterruptedException;
    }

    final List<String> questions = new ArrayList<>();
    final List<Instant> deadlines = new ArrayList<>();
    Reply reply = () -> new PurpleAiAnswer.Message("STAR rules are custom detection rules.");

    @Override
    public PurpleAiAnswer ask(String question, Instant deadline) throws UpstreamException, InterruptedException {
        questions.add(question);
        deadlines.add(deadline);
        if (Thread.interrupted()) {
            throw new InterruptedException("the call was cancelled");
        }
        return reply.reply();
    }
}
