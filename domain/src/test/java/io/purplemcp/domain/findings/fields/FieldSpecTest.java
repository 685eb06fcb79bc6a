package io.purplemcp.domain.findings.fields;

import static io.purplemcp.domain.findings.fields.FieldSpec.json;
import static io.purplemcp.domain.findings.fields.FieldSpec.object;
import static io.purplemcp.domain.findings.fields.FieldSpec.objects;
import static io.purplemcp.domain.findings.fields.FieldSpec.onType;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalar;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldSpecTest {

    @ParameterizedTest
    @CsvSource({
        "id,id",
        "detectedAt,detected_at",
        "pageInfo,page_info",
        "endCursor,end_cursor",
        "totalCount,total_count",
        "noteExists,note_exists",
        "__typename,typename",
        "s1BaseValues,s1_base_values",
        "agentUuid,agent_uuid",
        "exploitedInTheWild,exploited_in_the_wild",
        "epssLastUpdatedDate,epss_last_updated_date",
        "commitedBy,commited_by",
        "iacFramework,iac_framework",
        "haConnectionId,ha_connection_id",
        "userUid,user_uid"
    })
    void outputKeysAreSnakeCase(String name, String key) {
        assertThat(scalar(name).outputKey()).isEqualTo(key);
    }

    @Test
    void kindsAndFields() {
        var asset = object("asset", scalar("id"), scalar("name")).identified();
        assertThat(asset.kind()).isEqualTo(FieldSpec.Kind.OBJECT);
        assertThat(asset.isIdentified()).isTrue();
        assertThat(asset.hasFields()).isTrue();
        assertThat(asset.field("name")).containsSame(asset.children().get(1));
        assertThat(asset.field("nope")).isEmpty();
        assertThat(asset.order(asset.children().get(1))).isEqualTo(1);
        assertThat(asset.toString()).isEqualTo("asset");
        assertThat(scalar("x").isIdentified()).isFalse();
        assertThat(scalar("x").hasFields()).isFalse();
        assertThat(scalars("x").kind()).isEqualTo(FieldSpec.Kind.SCALARS);
        assertThat(json("x").kind()).isEqualTo(FieldSpec.Kind.JSON);
        assertThat(objects("x", scalar("a")).kind()).isEqualTo(FieldSpec.Kind.OBJECTS);
        assertThat(scalar("x").listOnly().isListOnly()).isTrue();
        assertThat(scalar("x").isListOnly()).isFalse();
    }

    @Test
    void unionMembersAreNotFields() {
        var creator = object("creator", scalar("__typename"), onType("User", scalar("userId")));
        assertThat(creator.field("User")).isEmpty();
        assertThat(creator.member("User")).containsSame(creator.children().get(1));
        assertThat(creator.member("__typename")).isEmpty();
        assertThat(creator.children().get(1).kind()).isEqualTo(FieldSpec.Kind.ON_TYPE);
    }

    @Test
    void modifiersKeepEachOther() {
        var spec = object("a", scalar("id"))
                .presentWhen(value -> value.has("id"))
                .identified()
                .listOnly();
        assertThat(spec.isIdentified()).isTrue();
        assertThat(spec.isListOnly()).isTrue();
        assertThat(spec.shows(JsonNodeFactory.instance.objectNode().put("id", "1")))
                .isTrue();
        assertThat(spec.shows(JsonNodeFactory.instance.objectNode())).isFalse();
        assertThat(object("b", scalar("id")).shows(JsonNodeFactory.instance.objectNode()))
                .isTrue();
        var listed = scalar("x").listOnly().presentWhen(value -> false);
        assertThat(listed.isListOnly()).isTrue();
    }

    @Test
    void invalidSpecificationsAreRefused() {
        assertThatThrownBy(() -> scalar("a-b")).hasMessage("not a field name: a-b");
        assertThatThrownBy(() -> object("a")).hasMessage("a: objects have fields, other kinds have none");
        assertThatThrownBy(() -> onType("T")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> object("a", scalar("x"), scalar("x"))).hasMessage("a declares x twice");
        assertThatThrownBy(() -> object("a", scalar("name"), scalar("id")).identified())
                .hasMessage("a: an identified object starts with its id");
        assertThatThrownBy(() -> scalar("id").identified()).isInstanceOf(IllegalArgumentException.class);
        assertThat(FieldSpec.scalarFields("a", "b")).extracting(FieldSpec::name).containsExactly("a", "b");
    }
}
