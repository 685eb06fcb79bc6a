package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

    static String sha256Hex(String token) {
        return HexFormat.of().formatHex(BearerTokens.sha256(token));
    }

    @Test
    void readsNamesAndDigestsSkippingCommentsAndBlankLines() {
        var parsed = BearerTokenEntry.parse(List.of(
                "# who may call", "", "alice " + sha256Hex("alice-token"), "  ci-bot\tsha256:" + sha256Hex("bot")));
        assertThat(parsed).isInstanceOf(BearerTokenEntry.Parsed.Entries.class);
        var entries = ((BearerTokenEntry.Parsed.Entries) parsed).entries();
        assertThat(entries).extracting(BearerTokenEntry::name).containsExactly("alice", "ci-bot");
    }

    @Test
    void aMatchingTokenNamesItsCaller() {
        var tokens = new BearerTokens(entries("alice " + sha256Hex("a-secret"), "bob " + sha256Hex("b-secret")));
        var verdict = tokens.verify("b-secret");
        assertThat(verdict).isInstanceOf(Verification.Verified.class);
        assertThat(((Verification.Verified) verdict).principal().identity()).isEqualTo("bob");
        assertThat(((Verification.Verified) verdict).expiresAt()).isEmpty();
        assertThat(tokens.verify("c-secret")).isInstanceOf(Verification.Rejected.class);
        assertThat(tokens.verify(sha256Hex("a-secret"))).isInstanceOf(Verification.Rejected.class);
    }

    @Test
    void problemsNameTheLineButNeverQuoteIt() {
        var pasted = "Zm9vYmFyLXRoZS1hY3R1YWwtdG9rZW4tdmFsdWUtMTIzNDU2Nzg5MA";
        var parsed = BearerTokenEntry.parse(
                List.of("alice " + pasted, pasted, "bob " + sha256Hex("x"), "bob " + sha256Hex("y"), "eve not hex"));
        assertThat(parsed).isInstanceOf(BearerTokenEntry.Parsed.Problems.class);
        var problems = ((BearerTokenEntry.Parsed.Problems) parsed).problems();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("line 1:").contains("never the token itself");
        assertThat(problems.get(1)).startsWith("line 2:");
        assertThat(problems.get(2)).startsWith("line 4:").contains("twice");
        assertThat(String.join("\n", problems)).doesNotContain(pasted);
    }

    @Test
    void anEmptyFileIsAProblem() {
        assertThat(BearerTokenEntry.parse(List.of("# nobody", "")))
                .isEqualTo(new BearerTokenEntry.Parsed.Problems(List.of("the file names no token")));
    }

    private static List<BearerTokenEntry> entries(String... lines) {
        return ((BearerTokenEntry.Parsed.Entries) BearerTokenEntry.parse(List.of(lines))).entries();
    }
}
