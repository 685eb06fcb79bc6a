package io.purplemcp.adapters.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.testsupport.mcp.CorpusTools;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The small pieces every message passes through: the codec, list cursors, shortened client text. */
class WirePartsTest {

    private final JsonCodec codec = new JsonCodec();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCodecReadsExactlyOneValueAndWritesOneCompactLine() throws Exception {
        var message = codec.parse(utf8(" {\"jsonrpc\": \"2.0\", \"id\": 1, \"x\": 12345678901234567890.5} \n"));

        assertThat(message.path("id").asInt()).isEqualTo(1);
        assertThat(codec.writeString(message)).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"x\":12345678901234567890.5}");
        assertThat(new String(codec.write(message), StandardCharsets.UTF_8)).isEqualTo(codec.writeString(message));
    }

    @Test
    void theCodecRefusesNothingTwoValuesAndRepeatedNames() {
        for (var text : new String[] {"", "   ", "{} {}", "{\"a\":1,\"a\":2}", "{", "\u0000\u0000\u0000{"}) {
            assertThatThrownBy(() -> codec.parse(utf8(text)))
                    .as(text)
                    .isInstanceOf(JsonCodec.MalformedJson.class)
                    .hasMessage("malformed JSON");
        }
    }

    @Test
    void aCursorComesBackAsTheOffsetItCarries() throws Exception {
        assertThat(Cursor.decode(Cursor.encode(1), 2)).isEqualTo(1);
        assertThat(Cursor.decode(Cursor.encode(9), 10)).isEqualTo(9);
    }

    @Test
    void aCursorOutsideTheListOrNotOursIsRefused() {
        var forged = Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("page:1"));
        for (var cursor : new String[] {Cursor.encode(0), Cursor.encode(10), Cursor.encode(-1), forged, "%%%", ""}) {
            assertThatThrownBy(() -> Cursor.decode(cursor, 10))
                    .as(cursor)
                    .isInstanceOf(JsonRpcError.class)
                    .hasMessageContaining("Invalid cursor");
        }
    }

    @Test
    void clientTextIsCutAfterEightyCharacters() {
        assertThat(Text.shorten("m".repeat(80))).isEqualTo("m".repeat(80));
        assertThat(Text.shorten("m".repeat(81))).isEqualTo("m".repeat(80) + "...");
    }

    @Test
    void aToolsPageHoldsAtLeastOneTool() {
        var identity = new ServerIdentity("PurpleAIMCP", "t", "1", "i");
        assertThatThrownBy(() -> new McpServer(new CorpusTools(), identity, Runnable::run, Redactor.none(), 0, false))
                .isInstanceOf(IllegalArgumentException.class);
        var server = new McpServer(new CorpusTools(), identity, Runnable::run, Redactor.none(), 1, true);
        assertThat(server.toolsPageSize()).isEqualTo(1);
        assertThat(server.logPayloads()).isTrue();
        assertThat(new McpServer(new CorpusTools(), identity, Runnable::run, Redactor.none(), 1, false).logPayloads())
                .isFalse();
    }
}
