package io.purplemcp.ports.out.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UpstreamTextTest {

    @Test
    void nullIsEmpty() {
        assertThat(UpstreamText.sanitise(null)).isEmpty();
    }

    @Test
    void controlCharactersAndWhitespaceRunsBecomeOneSpaceAndEndsAreTrimmed() {
        assertThat(UpstreamText.sanitise("  line one\r\n\tline\u0000two \u001b[31m  "))
                .isEqualTo("line one line two [31m");
    }

    @Test
    void shortTextIsKept() {
        assertThat(UpstreamText.sanitise("Unknown command 'grp'")).isEqualTo("Unknown command 'grp'");
        var exactly = "x".repeat(UpstreamText.MAX_LENGTH);
        assertThat(UpstreamText.sanitise(exactly)).isEqualTo(exactly);
    }

    @Test
    void longTextIsCutWithAnEllipsisWithinTheCap() {
        var cut = UpstreamText.sanitise("y".repeat(UpstreamText.MAX_LENGTH + 1));

        assertThat(cut).hasSize(UpstreamText.MAX_LENGTH).endsWith("y…");
    }

    @Test
    void trailingWhitespaceBeyondTheCapDoesNotCountAsText() {
        var text = "z".repeat(UpstreamText.MAX_LENGTH) + "     ";

        assertThat(UpstreamText.sanitise(text)).isEqualTo("z".repeat(UpstreamText.MAX_LENGTH));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        var text = "a".repeat(UpstreamText.MAX_LENGTH - 2) + "😀" + "b";

        var cut = UpstreamText.sanitise(text);

        assertThat(cut).isEqualTo("a".repeat(UpstreamText.MAX_LENGTH - 2) + "…");
    }

    @Property
    void alwaysOneShortLine(@ForAll String text) {
        var sanitised = UpstreamText.sanitise(text);

        assertThat(sanitised.length()).isLessThanOrEqualTo(UpstreamText.MAX_LENGTH);
        assertThat(sanitised.chars()).noneMatch(c -> Character.isISOControl(c));
        assertThat(sanitised).isEqualTo(sanitised.strip());
    }
}
