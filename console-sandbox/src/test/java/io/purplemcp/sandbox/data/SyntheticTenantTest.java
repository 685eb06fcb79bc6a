package io.purplemcp.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticTenantTest {

    private final SyntheticTenant tenant = new SyntheticTenant();

    @Test
    void hasServersAndThousandsOfDistinctWorkstations() {
        var names = new HashSet<String>();
        IntStream.range(0, tenant.hostCount())
                .forEach(i -> names.add(tenant.host(i).name()));

        assertThat(names).hasSize(tenant.hostCount()).contains("dc01.corp.example", "fin-ws-0142", "eng-mbp-0233");
        assertThat(tenant.hostCount()).isGreaterThan(2_000);
        assertThat(tenant.host(0).ipAddress()).startsWith("10.");
    }

    @Test
    void eventsAreAPureFunctionOfSeedAndIndex() {
        var first = tenant.event(42, 7, 1_000_000_000_000L, 1_000_086_400_000L);
        var again = new SyntheticTenant().event(42, 7, 1_000_000_000_000L, 1_000_086_400_000L);

        assertThat(again).isEqualTo(first);
        assertThat(tenant.event(43, 7, 1_000_000_000_000L, 1_000_086_400_000L)).isNotEqualTo(first);
        assertThat(first.timeNanos() / 1_000_000).isBetween(1_000_000_000_000L, 1_000_086_400_000L);
    }

    @Test
    void fieldsReadLikeTelemetry() {
        var suspicious = IntStream.range(0, 2_000)
                .mapToObj(i -> tenant.event(1, i, 0, 86_400_000))
                .filter(event -> event.process().suspicious())
                .findFirst()
                .orElseThrow();

        assertThat(suspicious.value("indicator.name"))
                .isEqualTo(suspicious.detection().name());
        assertThat((String) suspicious.value("mitre.technique")).matches("T\\d{4}(\\.\\d{3})?");
        assertThat(suspicious.value("dst.ip.address"))
                .asString()
                .matches("(203\\.0\\.113|198\\.51\\.100|192\\.0\\.2)\\.\\d+");
        assertThat(suspicious.value("src.process.cmdline")).asString().doesNotContain("%USER%");
        assertThat(suspicious.value("src.process.storyline.id")).asString().matches("[0-9A-F]{16}");
        assertThat(suspicious.value("tgt.file.sha256")).asString().matches("[0-9a-f]{64}");
        assertThat(suspicious.value("some.unknown.field")).asString().startsWith("field-");
        assertThat(Event.cellType("event.time")).isEqualTo(CellType.TIMESTAMP);
        assertThat(Event.cellType("dst.port.number")).isEqualTo(CellType.NUMBER);
        assertThat(Event.cellType("endpoint.name")).isEqualTo(CellType.STRING);
    }

    @Test
    void ordinaryActivityHasNoDetectionAndANarrowedEventHasTheAskedType() {
        var benign = IntStream.range(0, 2_000)
                .mapToObj(i -> tenant.event(1, i, 0, 86_400_000))
                .filter(event -> !event.process().suspicious() && !event.type().equals("Login"))
                .findFirst()
                .orElseThrow();
        var login = tenant.event(1, 3, 0, 86_400_000, false, "Login");
        var alert = tenant.event(1, 3, 0, 86_400_000, true, null);

        assertThat(benign.value("indicator.name")).isNull();
        assertThat(benign.value("mitre.technique")).isNull();
        assertThat(login.type()).isEqualTo("Login");
        assertThat(login.user()).doesNotContain("SYSTEM");
        assertThat(alert.process().suspicious()).isTrue();
        assertThat(alert.detection()).isNotNull();
    }

    @Test
    void everyDetectionMapsToAMitreTechnique() {
        assertThat(tenant.detections())
                .allSatisfy(detection -> assertThat(detection.techniqueId()).matches("T\\d{4}(\\.\\d{3})?"));
        assertThat(tenant.userName(0)).matches("[a-z]+\\.[a-z]+");
    }
}
