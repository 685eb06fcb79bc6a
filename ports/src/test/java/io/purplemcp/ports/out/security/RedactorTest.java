package io.purplemcp.ports.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void noRedactionLeavesTextAlone() {
        assertThat(Redactor.none().redact("token abc")).isEqualTo("token abc");
        assertThat(Redactor.REPLACEMENT).isEqualTo("[REDACTED]");
    }
}
