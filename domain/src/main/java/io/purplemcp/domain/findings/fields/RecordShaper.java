package io.purplemcp.domain.findings.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.findings.Selection;
import java.util.List;

/**
 * Turns a record as the console sent it into what the model reads: only the selected fields, in output
 * order, under snake_case keys; a missing or {@code null} field is left out, except that a {@code null}
 * list reads as empty (a field the console did not send at all, e.g. one an older console lacks, stays out). It is lenient by design, so one odd record never spoils a page: a value of an unexpected type
 * (an enum value this server does not know, a number where text was expected) is passed through as it
 * came, and free-form JSON is passed through unchanged.
 */
public final class RecordShaper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordShaper() {}

    /** The model's view of {@code upstream}, an object of kind {@code spec}, limited to {@code selection}. */
    public static ObjectNode shape(FieldSpec spec, Selection selection, ObjectNode upstream) {
        return shape(spec, selection.items(), upstream);
    }

    private static ObjectNode shape(FieldSpec spec, List<Selection.Item> items, ObjectNode upstream) {
        var shaped = NODES.objectNode();
        for (var item : items) {
            if (item instanceof Selection.OnType member) {
                var memberSpec = spec.member(member.typeName()).orElseThrow(() -> unknown(spec, member.typeName()));
                shaped.setAll(shape(memberSpec, member.children(), upstream));
            } else {
                var field = (Selection.Field) item;
                var fieldSpec = spec.field(field.name()).orElseThrow(() -> unknown(spec, field.name()));
                put(shaped, fieldSpec, field.children(), upstream.get(field.name()));
            }
        }
        return shaped;
    }

    private static void put(ObjectNode shaped, FieldSpec spec, List<Selection.Item> items, JsonNode value) {
        var key = spec.outputKey();
        boolean list = spec.kind() == FieldSpec.Kind.SCALARS || spec.kind() == FieldSpec.Kind.OBJECTS;
        if (value == null) {
            return;
        }
        if (value.isNull()) {
            if (list) {
                shaped.putArray(key);
            }
            return;
        }
        if (spec.kind() == FieldSpec.Kind.OBJECT && value.isObject()) {
            if (spec.shows((ObjectNode) value)) {
                shaped.set(key, shape(spec, items, (ObjectNode) value));
            }
        } else if (spec.kind() == FieldSpec.Kind.OBJECTS && value.isArray()) {
            var elements = shaped.putArray(key);
            for (var element : value) {
                if (element.isObject()) {
                    elements.add(shape(spec, items, (ObjectNode) element));
                } else if (!element.isNull()) {
                    elements.add(element.deepCopy());
                }
            }
        } else {
            shaped.set(key, value.deepCopy());
        }
    }

    private static IllegalArgumentException unknown(FieldSpec spec, String name) {
        return new IllegalArgumentException(spec.name() + " has no field " + name + ": the selection is not of it");
    }
}
