package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolSelectionTest {

    @Test
    void nothingGivenServesEverything() {
        var selection = ToolSelection.parse(null, null, null);

        assertThat(selection).isEqualTo(ToolSelection.everything());
        assertThat(selection.servesEverything()).isTrue();
        assertThat(selection.serves(Toolset.INVENTORY, "get_inventory_item")).isTrue();
    }

    @Test
    void toolsAloneServeOnlyThoseTools() {
        var selection = ToolSelection.parse(null, " powerquery , ", null);

        assertThat(selection.toolsets()).isEmpty();
        assertThat(selection.serves(Toolset.POWERQUERY, "powerquery")).isTrue();
        assertThat(selection.serves(Toolset.PURPLE_AI, "purple_ai")).isFalse();
        assertThat(selection.servesEverything()).isFalse();
    }

    @Test
    void toolsetsAndToolsAddUpAndExclusionsWin() {
        var selection = ToolSelection.parse("alerts,time", "purple_ai", "get_alert_notes,purple_ai");

        assertThat(selection.toolsets()).containsExactly(Toolset.TIME, Toolset.ALERTS);
        assertThat(selection.serves(Toolset.ALERTS, "list_alerts")).isTrue();
        assertThat(selection.serves(Toolset.ALERTS, "get_alert_notes")).isFalse();
        assertThat(selection.serves(Toolset.PURPLE_AI, "purple_ai")).isFalse();
        assertThat(selection.serves(Toolset.INVENTORY, "list_inventory_items")).isFalse();
    }

    @Test
    void anExclusionAloneKeepsEveryOtherTool() {
        var selection = ToolSelection.parse(null, null, "purple_ai");

        assertThat(selection.servesEverything()).isFalse();
        assertThat(selection.serves(Toolset.POWERQUERY, "powerquery")).isTrue();
        assertThat(selection.serves(Toolset.PURPLE_AI, "purple_ai")).isFalse();
    }

    @Test
    void unknownToolsetsAreNamedWithTheValidOnesAndLongValuesAreCut() {
        assertThatThrownBy(() -> ToolSelection.parse("alerts,EDR," + "x".repeat(60), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'EDR'")
                .hasMessageContaining("'" + "x".repeat(40) + "...'")
                .hasMessageNotContaining("x".repeat(41))
                .hasMessageEndingWith("the toolsets are " + Toolset.NAMES + ".");
    }

    @Test
    void unknownToolNamesAreFoundInBothLists() {
        var selection = ToolSelection.parse(null, "powerquery,nope", "gone");

        assertThat(selection.unknownTools(Set.of("powerquery", "purple_ai"))).containsExactly("nope", "gone");
    }
}
