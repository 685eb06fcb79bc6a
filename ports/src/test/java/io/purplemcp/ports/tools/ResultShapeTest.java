package io.purplemcp.ports.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultShapeTest {

    @Test
    void aTextResultIsWrappedAsResult() {
        assertThat(ResultShape.text()).isEqualTo(new ResultShape(List.of("result"), true));
        assertThat(ResultShape.TEXT_PROPERTY).isEqualTo("result");
    }

    @Test
    void anObjectResultListsItsStringKeys() {
        var shape = ResultShape.objectOfStrings(List.of("current_time", "offset_time"));

        assertThat(shape.stringProperties()).containsExactly("current_time", "offset_time");
        assertThat(shape.wrapsText()).isFalse();
    }

    @Test
    void namesAtLeastOneProperty() {
        assertThatThrownBy(() -> ResultShape.objectOfStrings(List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a result shape names at least one property");
        assertThatThrownBy(() -> new ResultShape(null, true)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsItsOwnCopy() {
        var keys = new ArrayList<>(List.of("a"));
        var shape = ResultShape.objectOfStrings(keys);

        keys.add("b");

        assertThat(shape.stringProperties()).containsExactly("a");
        assertThatThrownBy(() -> shape.stringProperties().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
