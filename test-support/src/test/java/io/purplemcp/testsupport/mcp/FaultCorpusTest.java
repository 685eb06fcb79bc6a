package io.purplemcp.testsupport.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class FaultCorpusTest {

    private static final Path COMMITTED =
            Path.of("src", "main", "resources", "io", "purplemcp", "testsupport", "mcp", "fault-corpus.jsonl");

    @Test
    void theCommittedCorpusIsWhatTheGeneratorWrites() throws Exception {
        var generated = FaultCorpus.write(FaultCorpusGenerator.generate());
        if (Boolean.getBoolean("purplemcp.writeFaultCorpus")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("fault-corpus.jsonl is stale: rerun with -Dpurplemcp.writeFaultCorpus=true")
                .isEqualTo(generated);
    }

    @Test
    void itHoldsOverFiveHundredDistinctCasesThatSurviveTheRoundTrip() {
        var cases = FaultCorpus.load();
        var names = new HashSet<String>();
        var bodies = new HashSet<String>();
        cases.forEach(c -> {
            names.add(c.name());
            bodies.add(c.session() + new String(c.bytes(), StandardCharsets.ISO_8859_1));
        });

        assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
        assertThat(names).hasSameSizeAs(cases);
        assertThat(bodies).hasSameSizeAs(cases);
        assertThat(cases).allSatisfy(c -> assertThat(c.bytes()).doesNotContain((byte) '\n'));
        assertThat(FaultCorpus.write(cases)).isEqualTo(FaultCorpus.write(FaultCorpusGenerator.generate()));
    }
}
