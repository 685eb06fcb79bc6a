package io.purplemcp.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.security.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    private final SecretRedactor redactor = new SecretRedactor();

    /** How often {@code part} stands in {@code text}, occurrences not overlapping. */
    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    @Test
    void isTheRedactorPortWithItsReplacementToken() {
        Redactor port = redactor;
        redactor.registerSecret("api-key-123");
        assertThat(port.redact("Authorization: Bearer api-key-123")).isEqualTo("Authorization: Bearer [REDACTED]");
        assertThat(Redactor.REPLACEMENT).isEqualTo("[REDACTED]");
    }

    @Test
    void unregisteredValuesPassThroughUnchanged() {
        redactor.registerSecret("some-other-secret");
        assertThat(redactor.redact("not-registered-token")).isEqualTo("not-registered-token");
        assertThat(new SecretRedactor().redact("anything")).isEqualTo("anything");
    }

    @Test
    void everyOccurrenceIsReplaced() {
        redactor.registerSecret("token-42");
        assertThat(redactor.redact("First token-42, second token-42, third token-42"))
                .isEqualTo("First [REDACTED], second [REDACTED], third [REDACTED]");
    }

    @Test
    void multipleSecretsAreAllReplacedWithExactCounts() {
        redactor.registerSecret("alpha-secret");
        redactor.registerSecret("beta-secret");
        String redacted = redactor.redact("a=alpha-secret b=beta-secret");
        assertThat(redacted).isEqualTo("a=[REDACTED] b=[REDACTED]");
        assertThat(count(redacted, "[REDACTED]")).isEqualTo(2);
    }

    @Test
    void matchingIsCaseSensitive() {
        redactor.registerSecret("SecretXY");
        assertThat(redactor.redact("secretxy SECRETXY SecretXY")).isEqualTo("secretxy SECRETXY [REDACTED]");
    }

    @Test
    void emptyNullAndShortValuesAreIgnoredLongWhitespaceIsRegistered() {
        redactor.registerSecret("");
        redactor.registerSecret(null);
        redactor.registerSecret("t");
        redactor.registerSecret("1234567");
        assertThat(redactor.secretCount()).isZero();
        assertThat(redactor.redact("adapters 1234567")).isEqualTo("adapters 1234567");
        redactor.registerSecret("        ");
        assertThat(redactor.secretCount()).isEqualTo(1);
        assertThat(redactor.redact("a        b")).isEqualTo("a[REDACTED]b");
    }

    @Test
    void theShortestRedactedSecretHasTheSafeMinimumLength() {
        redactor.registerSecret("12345678");
        assertThat(Redactor.MIN_SECRET_LENGTH).isEqualTo(8);
        assertThat(redactor.redact("id 12345678 and 1234567")).isEqualTo("id [REDACTED] and 1234567");
    }

    @Test
    void duplicateRegistrationIsHarmless() {
        redactor.registerSecret("duplicate");
        redactor.registerSecret("duplicate");
        assertThat(redactor.secretCount()).isEqualTo(1);
        assertThat(redactor.redact("duplicate duplicate")).isEqualTo("[REDACTED] [REDACTED]");
    }

    @Test
    void nullAndEmptyTextAreSafe() {
        redactor.registerSecret("xxxxxxxx");
        assertThat(redactor.redact(null)).isNull();
        assertThat(redactor.redact("")).isEmpty();
    }

    @Test
    void tenThousandCharacterSecret() {
        String secret = "s".repeat(5_000) + "e".repeat(5_000);
        redactor.registerSecret(secret);
        assertThat(redactor.redact("before " + secret + " after")).isEqualTo("before [REDACTED] after");
    }

    @Test
    void specialCharactersAreLiteral() {
        String secret = "p@$$w0rd.*+?[](){}\\|^$1";
        redactor.registerSecret(secret);
        assertThat(redactor.redact("pw=" + secret + ";")).isEqualTo("pw=[REDACTED];");
        assertThat(redactor.redact("pw=pXssw0rd")).isEqualTo("pw=pXssw0rd");
    }

    @Test
    void unicodeAndEmojiSecrets() {
        String secret = "🔑-ключ-秘密-🚀";
        redactor.registerSecret(secret);
        assertThat(redactor.redact("key " + secret + " 🙂")).isEqualTo("key [REDACTED] 🙂");
    }

    @Test
    void bearerFormAndRawTokenNeverLeakWhateverTheRegistrationOrder() {
        for (List<String> order :
                List.of(List.of("tok-1234", "Bearer tok-1234"), List.of("Bearer tok-1234", "tok-1234"))) {
            SecretRedactor fresh = new SecretRedactor();
            order.forEach(fresh::registerSecret);
            assertThat(fresh.redact("Authorization: Bearer tok-1234, raw tok-1234"))
                    .isEqualTo("Authorization: [REDACTED], raw [REDACTED]");
        }
    }

    @Test
    void overlappingMatchesBecomeOneReplacementAndAdjacentOnesStaySeparate() {
        redactor.registerSecret("abc-abc-abc");
        redactor.registerSecret("abc-cde-cde");
        assertThat(redactor.redact("xabc-abc-abc-cde-cdey")).isEqualTo("x[REDACTED]y");
        assertThat(redactor.redact("abc-abc-abcabc-cde-cde")).isEqualTo("[REDACTED][REDACTED]");
    }

    @Test
    void aSecretThatLooksLikePartOfTheReplacementDoesNotCorruptIt() {
        redactor.registerSecret("token-value");
        redactor.registerSecret("REDACTED");
        assertThat(redactor.redact("token-value")).isEqualTo("[REDACTED]");
    }

    @Test
    void randomTextsNeverKeepARegisteredSecret() {
        Random random = new Random(20_251_125L);
        for (int round = 0; round < 500; round++) {
            SecretRedactor fresh = new SecretRedactor();
            List<String> secrets = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                String secret = randomWord(random, Redactor.MIN_SECRET_LENGTH + random.nextInt(12));
                secrets.add(secret);
                fresh.registerSecret(secret);
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(20); i < n; i++) {
                text.append(random.nextBoolean() ? secrets.get(random.nextInt(secrets.size())) : randomWord(random, 5));
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String redacted = fresh.redact(text.toString());
            for (String secret : secrets) {
                assertThat(redacted.replace("[REDACTED]", "|")).doesNotContain(secret);
            }
        }
    }

    @Test
    void redactPrefixKeepsAnIncompleteOrCrossingMatchForLater() {
        redactor.registerSecret("secretxy");
        // "secr" could become "secretxy" with the next write, so it stays behind with what precedes it
        // up to one character less than the longest secret.
        SecretRedactor.Piece piece = redactor.redactPrefix("abc secretxy xyz .. secr");
        assertThat(piece.redacted()).isEqualTo("abc [REDACTED] xyz ");
        assertThat(piece.consumed()).isEqualTo("abc secretxy xyz ".length());
        // A complete match crossing the cut stays behind whole.
        SecretRedactor.Piece crossing = redactor.redactPrefix("abc secretxyz");
        assertThat(crossing.redacted()).isEqualTo("abc ");
        assertThat(new SecretRedactor().redactPrefix("no secrets").consumed()).isEqualTo(10);
    }

    @Test
    void redactPrefixAlwaysProgressesThroughAChainOfOverlappingMatches() {
        redactor.registerSecret("aaaaaaaa");
        SecretRedactor.Piece piece = redactor.redactPrefix("aaaaaaaaaaaaaaaaaaa");
        assertThat(piece.consumed()).isEqualTo(19);
        assertThat(piece.redacted()).isEqualTo("[REDACTED]");
    }

    private static String randomWord(Random random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
