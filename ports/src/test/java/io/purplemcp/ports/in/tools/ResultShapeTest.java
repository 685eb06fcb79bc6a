package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultShapeTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void proseHasNoOutputSchema() {
        assertThat(ResultShape.text().outputSchema()).isEmpty();
        assertThat(ResultShape.text()).isEqualTo(new ResultShape(Optional.empty()));
        assertThat(ResultShape.text().declaresSchema()).isFalse();
        assertThat(ResultShape.objectOfStrings(List.of("answer")).declaresSchema())
                .isTrue();
    }

    @Test
    void anObjectOfStringsRequiresEachKeyAsAString() {
        var schema = ResultShape.objectOfStrings(List.of("current_time", "offset_time"))
                .outputSchema()
                .orElseThrow();

        assertThat(schema.toString())
                .isEqualTo("{\"type\":\"object\",\"properties\":{\"current_time\":{\"type\":\"string\"},"
                        + "\"offset_time\":{\"type\":\"string\"}},\"required\":[\"current_time\",\"offset_time\"]}");
    }

    @Test
    void aSchemaAlwaysDescribesAnObject() {
        assertThatThrownBy(() -> ResultShape.document(NODES.objectNode().put("type", "string")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an output schema describes an object");
        assertThatThrownBy(() -> ResultShape.document(NODES.objectNode()))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResultShape.objectOfStrings(List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a result shape names at least one property");
        assertThatThrownBy(() -> new ResultShape(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aShapeAdmitsFailuresAndOnlyItsOwnKindOfAnswer() {
        var document = new ToolResult.Structured(NODES.objectNode());
        var prose = new ToolResult.Text("t");
        var failure = new ToolResult.Failure("f");
        var schema = ResultShape.document(NODES.objectNode().put("type", "object"));

        assertThat(schema.admits(document)).isTrue();
        assertThat(schema.admits(prose)).isFalse();
        assertThat(schema.admits(failure)).isTrue();
        assertThat(ResultShape.text().admits(prose)).isTrue();
        assertThat(ResultShape.text().admits(document)).isFalse();
        assertThat(ResultShape.text().admits(failure)).isTrue();
    }

    @Test
    void keepsItsOwnCopy() {
        var schema = NODES.objectNode().put("type", "object");
        var shape = ResultShape.document(schema);

        schema.put("required", "changed");
        shape.outputSchema().orElseThrow().put("title", "changed too");

        assertThat(shape.outputSchema().orElseThrow().toString()).isEqualTo("{\"type\":\"object\"}");
    }
}
