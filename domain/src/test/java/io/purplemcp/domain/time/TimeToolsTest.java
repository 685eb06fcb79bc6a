package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.domain.tools.Tool;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class TimeToolsTest {

    @Test
    void offersBothToolsInListingOrder() {
        assertThat(TimeTools.all(Clock.systemUTC()))
                .extracting(Tool::definition)
                .extracting(definition -> definition.name())
                .containsExactly(TimestampRangeTool.NAME, IsoToUnixTimestampTool.NAME)
                .containsExactly("get_timestamp_range", "iso_to_unix_timestamp");
    }
}
