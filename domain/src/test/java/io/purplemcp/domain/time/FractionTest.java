package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

    @ParameterizedTest
    @CsvSource({"5, 500000", "05, 50000", "123456, 123456", "1234567, 123456", "000001, 1", "9999999999, 999999"})
    void keepsMicrosecondsAndDropsTheRest(String digits, int micros) {
        assertThat(Fraction.micros(digits)).isEqualTo(micros);
    }

    @org.junit.jupiter.api.Test
    void noFractionIsZero() {
        assertThat(Fraction.micros(null)).isZero();
    }
}
