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

    @Test
    void knowsThePhasesOfTheFindingsAndTheInventory() {
        var markers = Markers.parse(
                "x sandbox:fault=500@get sandbox:fault=graphql-error@history sandbox:fault=null-data@search"
                        + " sandbox:fault=reset",
                Set.of());

        assertThat(markers.faults())
                .extracting(Fault::phase)
                .containsExactly(Phase.GET, Phase.HISTORY, Phase.SEARCH, Phase.LAUNCH);
        assertThat(markers.faults()).extracting(Fault::phaseGiven).containsExactly(true, true, true, false);
        assertThatThrownBy(() -> Markers.parse("sandbox:fault=graphql-error@search", Set.of()))
                .hasMessageContaining("cannot hit the search request");
        assertThatThrownBy(() -> Markers.parse("sandbox:fault=500@pol", Set.of()))
                .hasMessageContaining("launch, poll, delete, get, list, search, notes, history");
    }

    @Test
    void aFaultWithoutAPhaseHitsAnyRequestOfASingleRequestFamily() {
        var injector = new FaultInjector(java.time.Duration.ofMillis(1));
        var anyPhase = Markers.parse("sandbox:fault=partial-data*1", Set.of());
        var notesOnly = Markers.parse("sandbox:fault=503@notes", Set.of());

        assertThat(injector.selectForRequest(anyPhase, Phase.LIST, "a")).isPresent();
        assertThat(injector.selectForRequest(anyPhase, Phase.LIST, "a")).isEmpty();
        assertThat(injector.selectForRequest(anyPhase, Phase.SEARCH, "b")).isEmpty();
        assertThat(injector.selectForRequest(notesOnly, Phase.GET, "c")).isEmpty();
        assertThat(injector.selectForRequest(notesOnly, Phase.NOTES, "c")).isPresent();
        assertThat(injector.select(notesOnly, Phase.NOTES, "c")).isPresent();
    }

    @Test
    void armedMarkersApplyToThePathsUnderTheirPrefix() {
        var injector = new FaultInjector(java.time.Duration.ofMillis(1));
        injector.arm("/web/api/v2.1/xdr/assets", Markers.parse("sandbox:fault=502@list*2", Set.of()));

        assertThat(injector.armedFor("/web/api/v2.1/xdr/assets/surface/cloud").faults())
                .hasSize(1);
        assertThat(injector.armedFor("/web/api/v2.1/graphql").faults()).isEmpty();
        assertThat(injector.selectArmed("/web/api/v2.1/xdr/assets/surface/cloud", Phase.LIST))
                .isPresent();
        assertThat(injector.selectArmed("/web/api/v2.1/xdr/assets", Phase.SEARCH))
                .isEmpty();
        assertThat(injector.selectArmed("/web/api/v2.1/xdr/assets", Phase.LIST)).isPresent();
        assertThat(injector.selectArmed("/web/api/v2.1/xdr/assets", Phase.LIST)).isEmpty();
        injector.disarm();
        assertThat(injector.armedFor("/web/api/v2.1/xdr/assets").faults()).isEmpty();
    }
}
