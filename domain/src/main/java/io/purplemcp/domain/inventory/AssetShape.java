package io.purplemcp.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.inventory.AssetFields.Field;
import io.purplemcp.ports.out.inventory.AssetPage;
import io.purplemcp.ports.out.inventory.Pagination;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns assets as the console sent them into what the model reads: the known fields under their
 * snake_case keys in the catalogue's order ({@link AssetFields}), then every other field the console
 * sent under its own name, in the console's order. Fields without a value ({@code null} or absent) are
 * left out, so an asset costs the model only what it holds.
 *
 * <p>Values are read as leniently as the reference server reads them (an integer may arrive as
 * {@code 4.0} or {@code "4"}, a boolean as {@code "yes"} or {@code 1}). A value that still does not fit
 * its field is <b>kept as the console sent it</b>, under the field's key, rather than dropped or failing
 * the page: the model sees what the console said, and one odd asset never hides the others. For the
 * same reason an item of a page that is not an object at all is passed on unchanged.
 */
final class AssetShape {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ASSET_KEYS = AssetFields.keys(AssetFields.ASSET);
    private static final Map<String, Boolean> BOOLEAN_WORDS = Map.ofEntries(
            Map.entry("true", true),
            Map.entry("t", true),
            Map.entry("yes", true),
            Map.entry("y", true),
            Map.entry("on", true),
            Map.entry("1", true),
            Map.entry("false", false),
            Map.entry("f", false),
            Map.entry("no", false),
            Map.entry("n", false),
            Map.entry("off", false),
            Map.entry("0", false));
    /** Whole numbers written as text, within reason: a 40-digit cap keeps a hostile value cheap. */
    private static final Pattern WHOLE_NUMBER_TEXT = Pattern.compile("[+-]?[0-9]{1,40}(\\.0*)?");

    private AssetShape() {}

    /** {@code {"data": [...], "pagination": {...} or null}}. */
    static ObjectNode page(AssetPage page) {
        var result = NODES.objectNode();
        var data = result.putArray("data");
        page.items().forEach(item -> data.add(asset(item)));
        page.pagination()
                .ifPresentOrElse(p -> result.set("pagination", pagination(p)), () -> result.putNull("pagination"));
        return result;
    }

    /** The asset as the model reads it; anything but an object is passed on as it came. */
    static JsonNode asset(JsonNode item) {
        if (!item.isObject()) {
            return item;
        }
        var shaped = known(item, AssetFields.ASSET);
        for (var entry : item.properties()) {
            if (!ASSET_KEYS.contains(entry.getKey()) && !entry.getValue().isNull()) {
                shaped.set(entry.getKey(), entry.getValue());
            }
        }
        return shaped;
    }

    /** {@code total_count}, {@code limit}, {@code skip}: always all three, null when the console did not say. */
    static ObjectNode pagination(Pagination pagination) {
        var result = NODES.objectNode();
        put(result, "total_count", pagination.totalCount());
        put(result, "limit", pagination.limit());
        put(result, "skip", pagination.skip());
        return result;
    }

    private static void put(ObjectNode object, String key, OptionalLong value) {
        if (value.isPresent()) {
            object.put(key, value.getAsLong());
        } else {
            object.putNull(key);
        }
    }

    /** The fields of {@code fields} that {@code item} holds, coerced, in catalogue order. */
    private static ObjectNode known(JsonNode item, List<Field> fields) {
        var shaped = NODES.objectNode();
        for (var field : fields) {
            var value = item.get(field.upstream());
            if (value == null || value.isNull()) {
                value = item.get(field.output());
            }
            if (value != null && !value.isNull()) {
                shaped.set(field.output(), coerce(field.kind(), value));
            }
        }
        return shaped;
    }

    private static JsonNode coerce(AssetFields.Kind kind, JsonNode value) {
        return switch (kind) {
            case STRING -> value;
            case INTEGER -> integer(value);
            case BOOLEAN -> bool(value);
            case STRINGS, OBJECT, OBJECTS -> value;
            case TAGS -> tags(value);
            case NOTES -> nested(value, AssetFields.NOTE);
            case REVIEW_LOG -> nested(value, AssetFields.REVIEW_ENTRY);
            case INTERFACES -> nested(value, AssetFields.NETWORK_INTERFACE);
        };
    }

    /** A whole number from a number without fraction, a numeric text or a boolean; otherwise as sent. */
    static JsonNode integer(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value;
        }
        if (value.isBoolean()) {
            return NODES.numberNode(value.booleanValue() ? 1 : 0);
        }
        if (value.isNumber() && Double.isFinite(value.doubleValue())) {
            return whole(value.decimalValue()).orElse(value);
        }
        if (value.isTextual()
                && WHOLE_NUMBER_TEXT.matcher(value.textValue().strip()).matches()) {
            return whole(new BigDecimal(value.textValue().strip())).orElse(value);
        }
        return value;
    }

    private static Optional<JsonNode> whole(BigDecimal number) {
        try {
            return Optional.of(smallest(number.toBigIntegerExact()));
        } catch (ArithmeticException fraction) {
            return Optional.empty();
        }
    }

    /** The smallest node for the value, as a JSON parser makes it, so equal values are equal nodes. */
    private static JsonNode smallest(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return NODES.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    /** A boolean from a boolean, 0 or 1, or a yes/no word; otherwise as sent. */
    static JsonNode bool(JsonNode value) {
        if (value.isNumber() && Double.isFinite(value.doubleValue())) {
            var number = value.decimalValue();
            if (number.compareTo(BigDecimal.ZERO) == 0) {
                return NODES.booleanNode(false);
            }
            if (number.compareTo(BigDecimal.ONE) == 0) {
                return NODES.booleanNode(true);
            }
            return value;
        }
        if (value.isTextual()) {
            var word = BOOLEAN_WORDS.get(value.textValue().strip().toLowerCase(Locale.ROOT));
            return word == null ? value : NODES.booleanNode(word);
        }
        return value;
    }

    /** Tags keep their keys and values; a 0 or 1 value reads as false or true, as in the reference. */
    private static JsonNode tags(JsonNode value) {
        if (!value.isArray()) {
            return value;
        }
        var tags = NODES.arrayNode();
        for (var tag : value) {
            if (!tag.isObject()) {
                tags.add(tag);
                continue;
            }
            var copy = NODES.objectNode();
            for (var entry : tag.properties()) {
                var v = entry.getValue();
                copy.set(entry.getKey(), v.isIntegralNumber() ? bool(v) : v);
            }
            tags.add(copy);
        }
        return tags;
    }

    /** An array of known objects, each shaped like an asset but without fields of its own (as the reference). */
    private static JsonNode nested(JsonNode value, List<Field> fields) {
        if (!value.isArray()) {
            return value;
        }
        ArrayNode shaped = NODES.arrayNode();
        for (var element : value) {
            shaped.add(element.isObject() ? known(element, fields) : element);
        }
        return shaped;
    }
}
