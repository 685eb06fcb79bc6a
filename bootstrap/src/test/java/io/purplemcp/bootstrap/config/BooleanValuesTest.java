package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "t", "yes", "y", "on", "TRUE", "True", " Yes ", "ON"})
    void trueValues(String value) {
        assertThat(BooleanValues.parse(value)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "f", "no", "n", "off", "FALSE", " No ", "Off"})
    void falseValues(String value) {
        assertThat(BooleanValues.parse(value)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void emptyMeansNotProvided(String value) {
        assertThat(BooleanValues.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "tru", "yess", "enabled"})
    void anythingElseIsInvalid(String value) {
        assertThatThrownBy(() -> BooleanValues.parse(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
