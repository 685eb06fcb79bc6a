package io.purplemcp.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkersTest {

    @Test
    void readsModePhaseAndCount() {
        var markers = Markers.parse(
                "| limit 5 // sandbox:fault=429@poll*2 sandbox:fault=reset@delete sandbox:fault=500 sandbox:paged",
                Set.of("paged"));

        assertThat(markers.faults())
                .containsExactly(
                        new Fault(FaultKind.STATUS, 429, Phase.POLL, 2, "sandbox:fault=429@poll*2"),
                        new Fault(FaultKind.RESET, 0, Phase.DELETE, 0, "sandbox:fault=reset@delete"),
                        new Fault(FaultKind.STATUS, 500, Phase.LAUNCH, 0, "sandbox:fault=500"));
        assertThat(markers.has("paged")).isTrue();
    }

    @Test
    void defaultsEachModeToTheRequestItIsAbout() {
        assertThat(Markers.parse("sandbox:fault=query-error", Set.of())
                        .faults()
                        .get(0)
                        .phase())
                .isEqualTo(Phase.POLL);
        assertThat(Markers.parse("sandbox:fault=malformed-json", Set.of())
                        .faults()
                        .get(0)
                        .phase())
                .isEqualTo(Phase.LAUNCH);
        assertThat(Markers.parse("Is this slow? sandbox:fault=slow.", Set.of()).first(FaultKind.SLOW))
                .isPresent();
    }

    @Test
    void refusesWhatItDoesNotKnowSoThatTyposAreLoud() {
        assertThatThrownBy(() -> Markers.parse("sandbox:fault=teapot", Set.of()))
                .isInstanceOf(MarkerException.class)
                .hasMessageContaining("teapot");
        assertThatThrownBy(() -> Markers.parse("sandbox:fault=500@pol", Set.of()))
                .hasMessageContaining("phase");
        assertThatThrownBy(() -> Markers.parse("sandbox:fault=302", Set.of())).hasMessageContaining("400 and 599");
        assertThatThrownBy(() -> Markers.parse("sandbox:fault=null-id@poll", Set.of()))
                .hasMessageContaining("cannot hit the poll request");
        assertThatThrownBy(() -> Markers.parse("sandbox:fault=500*0", Set.of())).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Markers.parse("sandbox:paged", Set.of()))
                .hasMessageContaining("unknown sandbox marker");
    }

    @Test
    void stripsMarkersFromTheText() {
        assertThat(Markers.strip("a | limit 3 sandbox:fault=500@poll sandbox:paged"))
                .isEqualTo("a | limit 3  ");
        assertThat(Markers.parse("no markers at all", Set.of())).isEqualTo(Markers.none());
    }

    @Test
    void aLimitedFaultCountsItsSeriesOnly() {
        var injector = new FaultInjector(java.time.Duration.ofMillis(1));
        var markers = Markers.parse("sandbox:fault=503@poll*2", Set.of());

        assertThat(injector.select(markers, Phase.POLL, "q1")).isPresent();
        assertThat(injector.select(markers, Phase.POLL, "q2")).isPresent();
        assertThat(injector.select(markers, Phase.POLL, "q1")).isPresent();
        assertThat(injector.select(markers, Phase.POLL, "q1")).isEmpty();
        assertThat(injector.select(markers, Phase.LAUNCH, "q3")).isEmpty();
    }
}
