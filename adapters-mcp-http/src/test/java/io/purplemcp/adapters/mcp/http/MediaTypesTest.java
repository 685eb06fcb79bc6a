package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void acceptListsAreReadAcrossValuesWithWildcardsAndQualities() {
        assertThat(MediaTypes.accepts(List.of("application/json, text/event-stream"), MediaTypes.EVENT_STREAM))
                .isTrue();
        assertThat(MediaTypes.accepts(List.of("application/json", "text/event-stream"), MediaTypes.EVENT_STREAM))
                .isTrue();
        assertThat(MediaTypes.accepts(List.of("TEXT/*;q=0.5"), MediaTypes.EVENT_STREAM))
                .isTrue();
        assertThat(MediaTypes.accepts(List.of("*/*"), MediaTypes.JSON)).isTrue();
        assertThat(MediaTypes.accepts(List.of("application/json;q=0"), MediaTypes.JSON))
                .isFalse();
        assertThat(MediaTypes.accepts(List.of("application/jsonx"), MediaTypes.JSON))
                .isFalse();
        assertThat(MediaTypes.accepts(null, MediaTypes.JSON)).isFalse();
    }

    @Test
    void contentTypeIsJsonWithOrWithoutParameters() {
        assertThat(MediaTypes.isJson("application/json")).isTrue();
        assertThat(MediaTypes.isJson("Application/JSON; charset=utf-8")).isTrue();
        assertThat(MediaTypes.isJson("application/json-patch+json")).isFalse();
        assertThat(MediaTypes.isJson("text/plain")).isFalse();
        assertThat(MediaTypes.isJson(null)).isFalse();
    }
}
