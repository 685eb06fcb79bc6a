package io.purplemcp.domain.inventory;

import static io.purplemcp.domain.inventory.InventoryCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.inventory.AssetPage;
import io.purplemcp.ports.out.inventory.Pagination;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Assets as the model reads them: the catalogue's keys and order, no nulls, lenient values, nothing lost. */
class AssetShapeTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static List<String> keys(JsonNode node) {
        var keys = new ArrayList<String>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void theCatalogueHasTheReferencesFieldsOnce() {
        assertThat(AssetFields.ASSET).hasSize(229);
        assertThat(AssetFields.ASSET).extracting(AssetFields.Field::output).doesNotHaveDuplicates();
        assertThat(AssetFields.ASSET).extracting(AssetFields.Field::upstream).doesNotHaveDuplicates();
        assertThat(AssetFields.ASSET.get(0)).isEqualTo(new AssetFields.Field("id", "id", AssetFields.Kind.STRING));
        assertThat(AssetFields.ASSET.get(228))
                .isEqualTo(new AssetFields.Field("entraid_group_type", "entraidGroupType", AssetFields.Kind.STRING));
        // Output keys are the snake_case spelling of the console's names.
        assertThat(AssetFields.ASSET)
                .allSatisfy(field -> assertThat(field.output())
                        .isEqualTo(field.upstream().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void everyKnownFieldInCatalogueOrderWhateverTheConsolesOrder() {
        var item = NODES.objectNode();
        var reversed = new ArrayList<>(AssetFields.ASSET);
        java.util.Collections.reverse(reversed);
        for (var field : reversed) {
            item.set(field.upstream(), sample(field.kind()));
        }

        var shaped = AssetShape.asset(item);

        assertThat(keys(shaped))
                .containsExactlyElementsOf(AssetFields.ASSET.stream()
                        .map(AssetFields.Field::output)
                        .toList());
    }

    @Test
    void nullAndAbsentFieldsAreLeftOut() {
        var shaped = AssetShape.asset(json("{\"id\":\"a1\",\"name\":null,\"osVersion\":null,\"extra\":null}"));

        assertThat(shaped).isEqualTo(json("{\"id\":\"a1\"}"));
    }

    @Test
    void unknownFieldsFollowUnderTheirOwnNamesInTheConsolesOrder() {
        var shaped = AssetShape.asset(
                json("{\"zeta\":1,\"id\":\"a1\",\"cloudProvider\":\"AWS\",\"alpha\":{\"x\":null},\"name\":\"n\"}"));

        assertThat(keys(shaped)).containsExactly("id", "name", "zeta", "cloudProvider", "alpha");
        assertThat(shaped.get("alpha")).isEqualTo(json("{\"x\":null}"));
    }

    @Test
    void eitherSpellingOfAKnownFieldIsRead() {
        assertThat(AssetShape.asset(json("{\"resource_type\":\"Linux Server\"}")))
                .isEqualTo(json("{\"resource_type\":\"Linux Server\"}"));
        assertThat(AssetShape.asset(json("{\"resourceType\":\"A\",\"resource_type\":\"B\"}")))
                .isEqualTo(json("{\"resource_type\":\"A\"}"));
        assertThat(AssetShape.asset(json("{\"resourceType\":null,\"resource_type\":\"B\"}")))
                .isEqualTo(json("{\"resource_type\":\"B\"}"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4|4",
                "4.0|4",
                "-0.0|0",
                "\"16\"|16",
                "\" 16 \"|16",
                "\"+16\"|16",
                "\"-3.00\"|-3",
                "true|1",
                "false|0",
                "1234567890123456789|1234567890123456789",
                "123456789012345678901234567890|123456789012345678901234567890",
                "1e20|100000000000000000000",
                "\"16GB\"|\"16GB\"",
                "4.5|4.5",
                "\"4.5\"|\"4.5\"",
                "\"\"|\"\"",
                "\"1e5\"|\"1e5\"",
                "[1]|[1]",
                "{\"a\":1}|{\"a\":1}",
            })
    void integersAreReadLenientlyAndOddValuesKeptAsSent(String sent, String shown) {
        assertThat(AssetShape.asset(json("{\"memory\":" + sent + "}")).get("memory"))
                .isEqualTo(json(shown));
    }

    @Test
    void integersKeepTheirNodeAndTextBecomesTheSmallestNode() {
        var five = com.fasterxml.jackson.databind.node.LongNode.valueOf(5);
        assertThat(AssetShape.integer(five)).isSameAs(five);
        assertThat(AssetShape.integer(NODES.textNode("2147483647")))
                .isInstanceOf(com.fasterxml.jackson.databind.node.IntNode.class)
                .isEqualTo(NODES.numberNode(2147483647));
        assertThat(AssetShape.integer(NODES.textNode("-2147483648")))
                .isInstanceOf(com.fasterxml.jackson.databind.node.IntNode.class);
        assertThat(AssetShape.integer(NODES.textNode("2147483648")))
                .isEqualTo(com.fasterxml.jackson.databind.node.LongNode.valueOf(2147483648L));
        assertThat(AssetShape.integer(NODES.textNode("9223372036854775807")))
                .isEqualTo(com.fasterxml.jackson.databind.node.LongNode.valueOf(Long.MAX_VALUE));
        assertThat(AssetShape.integer(NODES.textNode("9223372036854775808")))
                .isEqualTo(NODES.numberNode(new BigInteger("9223372036854775808")));
    }

    @Test
    void aWholeFloatBecomesAnExactInteger() {
        assertThat(AssetShape.integer(NODES.numberNode(4.0)).bigIntegerValue()).isEqualTo(BigInteger.valueOf(4));
        assertThat(AssetShape.integer(NODES.numberNode(4.0)).isIntegralNumber()).isTrue();
        assertThat(AssetShape.integer(NODES.numberNode(1e20)).isBigInteger()).isTrue();
        assertThat(AssetShape.integer(NODES.numberNode(9.007199254740992E15)).isLong())
                .isTrue();
        assertThat(AssetShape.integer(NODES.numberNode(Double.POSITIVE_INFINITY)))
                .isEqualTo(NODES.numberNode(Double.POSITIVE_INFINITY));
        assertThat(AssetShape.integer(NODES.textNode("1" + "0".repeat(40))))
                .isEqualTo(NODES.textNode("1" + "0".repeat(40)));
        assertThat(AssetShape.integer(NODES.textNode("9".repeat(40))).isBigInteger())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "true|true",
                "false|false",
                "1|true",
                "0|false",
                "1.0|true",
                "0.0|false",
                "\"yes\"|true",
                "\"Y\"|true",
                "\"on\"|true",
                "\"T\"|true",
                "\"TRUE\"|true",
                "\"1\"|true",
                "\" no \"|false",
                "\"n\"|false",
                "\"OFF\"|false",
                "\"f\"|false",
                "\"False\"|false",
                "\"0\"|false",
                "2|2",
                "0.5|0.5",
                "\"maybe\"|\"maybe\"",
                "[true]|[true]",
            })
    void booleansAreReadLenientlyAndOddValuesKeptAsSent(String sent, String shown) {
        assertThat(AssetShape.asset(json("{\"isDcServer\":" + sent + "}")).get("is_dc_server"))
                .isEqualTo(json(shown));
    }

    @Test
    void aNonFiniteNumberIsNotABoolean() {
        assertThat(AssetShape.bool(NODES.numberNode(Double.NaN))).isEqualTo(NODES.numberNode(Double.NaN));
    }

    @Test
    void stringsListsAndObjectsAreKeptAsSentWhateverTheirType() {
        var item = json("{\"name\":5,\"osFamily\":true,\"hostnames\":[\"h\",1],\"internalIps\":\"10.0.0.1\","
                + "\"agent\":\"gone\",\"identity\":{\"a\":null},\"alerts\":[{\"id\":1},2],\"sourceJson\":[1]}");

        assertThat(AssetShape.asset(item))
                .isEqualTo(
                        json(
                                "{\"name\":5,\"os_family\":true,\"hostnames\":[\"h\",1],\"internal_ips\":\"10.0.0.1\","
                                        + "\"source_json\":[1],\"agent\":\"gone\",\"identity\":{\"a\":null},\"alerts\":[{\"id\":1},2]}"));
    }

    @Test
    void tagsKeepTheirKeysAndZeroOrOneReadsAsABoolean() {
        var item = json(
                "{\"tags\":[{\"key\":\"env\",\"value\":\"prod\",\"readOnly\":false},{\"key\":\"k\",\"readOnly\":1},"
                        + "{\"key\":\"x\",\"readOnly\":0,\"n\":5,\"f\":1.0,\"z\":null},\"odd\"],\"cloudTags\":\"none\"}");

        assertThat(AssetShape.asset(item))
                .isEqualTo(json("{\"tags\":[{\"key\":\"env\",\"value\":\"prod\",\"readOnly\":false},"
                        + "{\"key\":\"k\",\"readOnly\":true},{\"key\":\"x\",\"readOnly\":false,\"n\":5,\"f\":1.0,\"z\":null},"
                        + "\"odd\"],\"cloud_tags\":\"none\"}"));
    }

    @Test
    void nestedObjectsGetTheirOwnKeysAndLoseUnknownAndNullOnes() {
        var item = json("{\"notes\":[{\"note\":\"Tier 0\",\"id\":\"n-77\",\"createdAt\":\"2024-11-02T10:00:00Z\","
                + "\"userName\":\"j.doe\",\"updatedAt\":null,\"colour\":\"red\"},\"odd\"],"
                + "\"deviceReviewLog\":[{\"updatedTime\":\"17\",\"reason_details\":\"r\",\"current\":\"A\"}],"
                + "\"networkInterfaces\":[{\"name\":\"eth0\",\"gatewayIp\":\"10.0.0.1\",\"mac\":\"m\"},{}]}");

        assertThat(AssetShape.asset(item))
                .isEqualTo(
                        json(
                                "{\"device_review_log\":[{\"current\":\"A\",\"reason_details\":\"r\",\"updated_time\":17}],"
                                        + "\"notes\":[{\"id\":\"n-77\",\"note\":\"Tier 0\",\"created_at\":\"2024-11-02T10:00:00Z\","
                                        + "\"user_name\":\"j.doe\"},\"odd\"],"
                                        + "\"network_interfaces\":[{\"gateway_ip\":\"10.0.0.1\",\"mac\":\"m\",\"name\":\"eth0\"},{}]}"));
        assertThat(keys(AssetShape.asset(item).get("notes").get(0)))
                .containsExactly("id", "note", "created_at", "user_name");
    }

    @Test
    void nestedListsThatAreNotListsAreKeptAsSent() {
        assertThat(AssetShape.asset(json("{\"notes\":\"none\",\"deviceReviewLog\":{},\"networkInterfaces\":3}")))
                .isEqualTo(json("{\"device_review_log\":{},\"notes\":\"none\",\"network_interfaces\":3}"));
    }

    @Test
    void anItemThatIsNotAnObjectIsPassedOn() {
        for (var odd : List.of("\"x\"", "5", "null", "[1]", "true")) {
            assertThat(AssetShape.asset(json(odd))).isEqualTo(json(odd));
        }
    }

    @Test
    void oneOddAssetDoesNotSpoilThePage() {
        var page = new AssetPage(
                List.of(
                        json("{\"id\":\"a\",\"memory\":\"16GB\"}"),
                        json("\"odd\""),
                        json("{\"id\":\"b\",\"memory\":8}")),
                Optional.empty());

        assertThat(AssetShape.page(page))
                .isEqualTo(json("{\"data\":[{\"id\":\"a\",\"memory\":\"16GB\"},\"odd\",{\"id\":\"b\",\"memory\":8}],"
                        + "\"pagination\":null}"));
    }

    @Test
    void paginationAlwaysHasItsThreeKeys() {
        var page = new AssetPage(
                List.of(), Optional.of(new Pagination(OptionalLong.of(100), OptionalLong.empty(), OptionalLong.of(0))));

        var shaped = AssetShape.page(page);

        assertThat(keys(shaped)).containsExactly("data", "pagination");
        assertThat(keys(shaped.get("pagination"))).containsExactly("total_count", "limit", "skip");
        assertThat(shaped.get("pagination")).hasToString("{\"total_count\":100,\"limit\":null,\"skip\":0}");
        assertThat(AssetShape.pagination(new Pagination(OptionalLong.of(1), OptionalLong.of(2), OptionalLong.of(3))))
                .hasToString("{\"total_count\":1,\"limit\":2,\"skip\":3}");
    }

    @Test
    void theConsolesNodesAreNotChanged() {
        var item = (ObjectNode) json("{\"tags\":[{\"readOnly\":1}],\"coreCount\":4.0,\"notes\":[{\"x\":1}]}");
        var before = item.deepCopy();

        AssetShape.asset(item);

        assertThat(item).isEqualTo(before);
    }

    @Test
    void nestedCataloguesMatchTheReference() {
        assertThat(AssetFields.NOTE)
                .extracting(AssetFields.Field::output)
                .containsExactly("id", "note", "resource_id", "created_at", "updated_at", "user_id", "user_name");
        assertThat(AssetFields.REVIEW_ENTRY)
                .extracting(AssetFields.Field::output)
                .containsExactly(
                        "current",
                        "previous",
                        "reason",
                        "reason_details",
                        "updated_time",
                        "updated_time_dt",
                        "username");
        assertThat(AssetFields.NETWORK_INTERFACE)
                .extracting(AssetFields.Field::output)
                .containsExactly("gateway_ip", "gateway_mac", "ip", "mac", "network_name", "subnet", "name");
        assertThat(AssetFields.keys(AssetFields.NOTE))
                .isEqualTo(new HashSet<>(List.of(
                        "id",
                        "note",
                        "resource_id",
                        "resourceId",
                        "created_at",
                        "createdAt",
                        "updated_at",
                        "updatedAt",
                        "user_id",
                        "userId",
                        "user_name",
                        "userName")));
    }

    private static JsonNode sample(AssetFields.Kind kind) {
        return switch (kind) {
            case STRING -> NODES.textNode("s");
            case INTEGER -> NODES.numberNode(1);
            case BOOLEAN -> NODES.booleanNode(true);
            case STRINGS -> NODES.arrayNode().add("s");
            case OBJECT -> NODES.objectNode().put("k", "v");
            case OBJECTS, TAGS, NOTES, REVIEW_LOG, INTERFACES ->
                NODES.arrayNode().add(NODES.objectNode());
        };
    }
}
