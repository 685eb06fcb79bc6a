package io.purplemcp.ports.out.purpleai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurpleAiAnswerTest {

    static final Instant T = Instant.parse("2025-01-15T10:20:00Z");

    @Test
    void answersRequireTheirParts() {
        assertThatThrownBy(() -> new PurpleAiAnswer.Message(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PurpleAiAnswer.PowerQuery(null, Optional.empty(), ""))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PurpleAiAnswer.PowerQuery("q", null, "")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PurpleAiAnswer.PowerQuery("q", Optional.empty(), null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new PurpleAiAnswer.PowerQuery("q", Optional.empty(), "e").query())
                .isEqualTo("q");
        assertThat(new PurpleAiAnswer.Unanswerable()).isEqualTo(new PurpleAiAnswer.Unanswerable());
    }

    @Test
    void aRefusalStatesASanitisedReason() {
        assertThat(new PurpleAiAnswer.Refused(" too\nlong ").reason()).isEqualTo("too long");
        assertThatThrownBy(() -> new PurpleAiAnswer.Refused(" \n ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurpleAiAnswer.Refused(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aTimeRangeNeverRunsBackwards() {
        assertThat(new PurpleAiAnswer.TimeRange(T, T).start()).isEqualTo(T);
        assertThatThrownBy(() -> new PurpleAiAnswer.TimeRange(T.plusMillis(1), T))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurpleAiAnswer.TimeRange(null, T)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PurpleAiAnswer.TimeRange(T, null)).isInstanceOf(NullPointerException.class);
    }
}
