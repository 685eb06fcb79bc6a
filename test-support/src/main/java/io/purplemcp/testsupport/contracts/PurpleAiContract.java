package io.purplemcp.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.purpleai.PurpleAi;
import io.purplemcp.ports.out.purpleai.PurpleAiAnswer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PurpleAi} does, stated once and run against each implementation: the fake the
 * domain's tests use and the console adapter over the sandbox. A subclass supplies an implementation
 * that answers {@link #QUESTION} with a message.
 */
public abstract class PurpleAiContract {

    protected static final String QUESTION = "What are STAR rules?";

    protected abstract PurpleAi purpleAi();

    private static Instant deadline() {
        return Instant.now().plusSeconds(30);
    }

    @Test
    void aQuestionGetsAnAnswerWithText() throws Exception {
        var answer = purpleAi().ask(QUESTION, deadline());

        assertThat(answer)
                .isInstanceOfSatisfying(
                        PurpleAiAnswer.Message.class,
                        message -> assertThat(message.text()).isNotBlank());
    }

    @Test
    void anyCharactersOfAQuestionTravelVerbatimToAnAnswer() throws Exception {
        var question = " " + QUESTION + " \"quoted\" \\ back\nslash\ttab ünïcode 🛡 ";

        assertThat(purpleAi().ask(question, deadline())).isInstanceOf(PurpleAiAnswer.Message.class);
    }

    @Test
    void anInterruptedCallerGetsNoAnswer() {
        Interruption.isRefusedWhenInterrupted(() -> purpleAi().ask(QUESTION, deadline()));
    }
}
