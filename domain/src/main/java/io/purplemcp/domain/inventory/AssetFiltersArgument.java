package io.purplemcp.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.json.JsonText;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.ports.out.inventory.AssetFilter;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code filters} argument of {@code search_inventory_items}: a JSON object written as a
 * string, read by {@link JsonText} and then held to limits, so nothing the model sends can make the
 * core work hard or reach the console in a shape it would choke on:
 *
 * <ul>
 *   <li>at most {@value #MAX_LENGTH} characters in all, containers nested at most {@value #MAX_DEPTH} deep;
 *   <li>every string (names and values) and every integer at most {@value #MAX_STRING} characters;
 *   <li>every array and object at most {@value #MAX_ENTRIES} entries (values per filter);
 *   <li>no {@code limit} or {@code skip} member: the page comes from the tool's own parameters.
 * </ul>
 *
 * Every problem is an {@link InvalidArgument} naming where it is; nothing else escapes.
 */
final class AssetFiltersArgument {

    static final int MAX_LENGTH = 65_536;
    static final int MAX_STRING = 1_024;
    static final int MAX_ENTRIES = 100;
    static final int MAX_DEPTH = 16;

    static final String INVALID_JSON = "Invalid JSON in filters parameter: ";

    private static final String ROOT = "filters";

    private AssetFiltersArgument() {}

    /** No filters, an empty or blank string, or a JSON object within the limits. */
    static AssetFilter parse(Optional<String> raw) {
        if (raw.isEmpty() || raw.get().isBlank()) {
            return AssetFilter.none();
        }
        var text = raw.get();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidArgument("filters is too long: at most " + MAX_LENGTH + " characters, got " + text.length()
                    + ". Use fewer or shorter criteria.");
        }
        var value = read(text);
        if (!value.isObject()) {
            throw new InvalidArgument(
                    "filters must be a JSON object such as {\"assetStatus\": [\"Active\"]}, got " + kind(value) + ".");
        }
        var criteria = (ObjectNode) value;
        if (criteria.has("limit") || criteria.has("skip")) {
            throw new InvalidArgument("filters cannot contain 'limit' or 'skip': pass them as the limit and skip"
                    + " parameters of search_inventory_items.");
        }
        for (var names = criteria.fieldNames(); names.hasNext(); ) {
            if (names.next().isBlank()) {
                throw new InvalidArgument(
                        "filters has an empty field name; name a camelCase asset field such as" + " \"resourceType\".");
            }
        }
        withinLimits(ROOT, criteria);
        return new AssetFilter(criteria);
    }

    private static JsonNode read(String text) {
        try {
            return JsonText.parse(text, ROOT, MAX_DEPTH);
        } catch (JsonText.Malformed e) {
            if (!e.isSyntax()) {
                throw new InvalidArgument(e.getMessage() + ".");
            }
            throw new InvalidArgument(INVALID_JSON + e.getMessage() + "."
                    + " Write filters as a JSON object in a string, e.g. {\"resourceType\": [\"Windows Server\"]}.");
        }
    }

    private static void withinLimits(String path, JsonNode value) {
        if (value.isTextual()) {
            longest(path, value.textValue());
        } else if (value.isBigInteger()
                && value.bigIntegerValue().abs().toString().length() > MAX_STRING) {
            throw new InvalidArgument(path + " is a number longer than " + MAX_STRING + " characters.");
        } else if (value.isArray()) {
            if (value.size() > MAX_ENTRIES) {
                throw new InvalidArgument(
                        path + " holds more than " + MAX_ENTRIES + " values; split the search into several calls.");
            }
            for (int i = 0; i < value.size(); i++) {
                withinLimits(path + "[" + i + "]", value.get(i));
            }
        } else if (value.isObject()) {
            if (value.size() > MAX_ENTRIES) {
                throw new InvalidArgument(path + " has more than " + MAX_ENTRIES + " members.");
            }
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                longest(path + " (a member name)", member.getKey());
                withinLimits(path + "." + JsonText.oneLine(member.getKey()), member.getValue());
            }
        }
    }

    private static void longest(String path, String text) {
        if (text.length() > MAX_STRING) {
            throw new InvalidArgument(path + " is longer than " + MAX_STRING + " characters.");
        }
    }

    private static String kind(JsonNode value) {
        if (value.isArray()) {
            return "an array";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        return value.isBoolean() ? "a boolean" : "null";
    }
}
