package io.purplemcp.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.sandbox.inventory.InventoryEndpoint;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One estate for the class: building one takes a moment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstateTest {

    private final Estate estate = new Estate(new SyntheticTenant());

    @Test
    void holdsEveryHostAndThreeOtherSurfaces() {
        assertThat(estate.onSurface("ENDPOINT")).hasSize(estate.tenant().hostCount());
        assertThat(estate.onSurface("CLOUD")).hasSizeGreaterThan(50);
        assertThat(estate.onSurface("IDENTITY")).hasSizeGreaterThan(100);
        assertThat(estate.onSurface("NETWORK_DISCOVERY")).hasSize(60);
        assertThat(estate.assets()).allSatisfy(asset -> {
            assertThat(asset.get("id").asText()).matches("[0-9a-f-]{36}");
            assertThat(asset.get("surfaces")).isNotEmpty();
        });
        assertThat(estate.assets().stream()
                        .map(asset -> asset.get("id").asText())
                        .distinct())
                .hasSize(estate.assets().size());
    }

    @Test
    void isAPureFunctionOfTheTenant() {
        var again = new Estate(new SyntheticTenant());

        assertThat(again.assets().toString()).isEqualTo(estate.assets().toString());
    }

    @Test
    void usesOnlyTheCatalogueKeysAndCloudProvider() {
        var catalogue = SandboxResources.lines(InventoryEndpoint.class, "item-fields.txt");
        var keys = new HashSet<String>();
        estate.assets().forEach(asset -> asset.fieldNames().forEachRemaining(keys::add));

        keys.removeAll(catalogue);
        assertThat(keys).containsExactly("cloudProvider");
    }

    @Test
    void hasTwoOddItemsAndSomeNulls() {
        assertThat(estate.named(Estate.ODD_ENDPOINT).get("memory").isTextual()).isTrue();
        assertThat(estate.named(Estate.ODD_CLOUD_RESOURCE).at("/tags/0/value").isInt())
                .isTrue();
        assertThat(estate.assets())
                .filteredOn(asset ->
                        asset.get("memory") != null && !asset.get("memory").isNull())
                .filteredOn(asset -> !asset.get("memory").isIntegralNumber())
                .hasSize(1);
        assertThat(estate.onSurface("NETWORK_DISCOVERY"))
                .anySatisfy(asset -> assertThat(asset.get("name").isNull()).isTrue());
        assertThat(estate.named("dc01.corp.example").get("assetContactEmail").isNull())
                .isTrue();
    }

    @Test
    void formatsTimesLikeTheConsole() {
        assertThat(Estate.iso(Estate.ANCHOR_MILLIS)).isEqualTo("2025-01-15T12:00:00.000Z");
        assertThat(Estate.displayName("anna.schmidt")).isEqualTo("Anna Schmidt");
        assertThat(Estate.numericId("x")).hasSize(19).isEqualTo(Estate.numericId("x"));
    }
}
