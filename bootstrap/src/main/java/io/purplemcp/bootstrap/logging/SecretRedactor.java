package io.purplemcp.bootstrap.logging;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.purplemcp.ports.out.security.Redactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces registered literal secrets with {@code [REDACTED]} (docs/decisions/0005-secret-redaction-and-logging.md).
 * Only registered values are redacted: matching is exact, case-sensitive substring matching, with no patterns or
 * heuristics.
 *
 * <p>Where matches overlap (the raw token inside {@code Bearer <token>}) the union of their ranges
 * becomes a single {@code [REDACTED]}, so no character of any match survives whatever the order of
 * registration. Thread-safe: registration copies the registry and publishes the copy; every call to
 * {@link #redact} works on one snapshot, so registering while other threads log never fails.
 */
public final class SecretRedactor implements Redactor {

    /**
     * Our own lambdas, not {@code Comparator.comparingInt}: the ahead-of-time cache keeps an application's
     * lambda classes, but one made inside java.util.Comparator is spun at run time, and the first class
     * spun costs a start ~10 ms of initialising the JDK's class-file generator.
     */
    private static final Comparator<String> LONGEST_FIRST = (a, b) -> Integer.compare(b.length(), a.length());

    private static final Comparator<int[]> BY_START = (a, b) -> Integer.compare(a[0], b[0]);

    /** Immutable, longest first; replaced wholesale on registration. */
    private volatile List<String> secrets = List.of();

    /**
     * Registers a literal secret. Values shorter than {@link Redactor#MIN_SECRET_LENGTH} are ignored: they
     * would match inside ordinary words, and the configuration refuses such tokens anyway. Duplicates are
     * harmless.
     */
    public void registerSecret(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            return;
        }
        synchronized (this) {
            if (secrets.contains(secret)) {
                return;
            }
            Set<String> updated = new LinkedHashSet<>(secrets);
            updated.add(secret);
            // A JSON log line carries a secret with quotes, backslashes and control characters escaped,
            // which the literal would not match; the escaped form is registered beside it.
            updated.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
            List<String> sorted = new ArrayList<>(updated);
            sorted.sort(LONGEST_FIRST);
            secrets = List.copyOf(sorted);
        }
    }

    public int secretCount() {
        return secrets.size();
    }

    /** Null-safe: null in, null out. */
    @Override
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return redact(text, secrets, text.length());
    }

    /**
     * Redacts the longest prefix of {@code text} that can be redacted on its own, for writers that
     * must emit an unterminated text in pieces: a match that could still be completed by text that has
     * not arrived yet, or that crosses the cut, stays in the remainder.
     *
     * @return the redacted prefix and how many characters of {@code text} it covers
     */
    Piece redactPrefix(String text) {
        List<String> snapshot = secrets;
        int longest = snapshot.isEmpty() ? 0 : snapshot.get(0).length();
        // Any occurrence that is not yet complete starts after this point.
        int cut = Math.max(0, text.length() - Math.max(0, longest - 1));
        int[] ranges = matchRanges(text, snapshot);
        for (int i = 0; i < ranges.length; i += 2) {
            if (ranges[i] < cut && ranges[i + 1] > cut) {
                // Normally keep the whole match for later; a chain of overlapping matches that starts
                // at the very beginning is emitted up to its end instead, so the writer always progresses.
                cut = ranges[i] > 0 ? ranges[i] : ranges[i + 1];
                break;
            }
        }
        return new Piece(redact(text.substring(0, cut), snapshot, cut), cut);
    }

    /** A redacted prefix and the number of original characters it replaces. */
    record Piece(String redacted, int consumed) {}

    private static String redact(String text, List<String> snapshot, int length) {
        int[] ranges = matchRanges(text, snapshot);
        if (ranges.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        int position = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            out.append(text, position, ranges[i]).append(REPLACEMENT);
            position = ranges[i + 1];
        }
        return out.append(text, position, text.length()).toString();
    }

    /**
     * Every occurrence of every secret as [start, end) ranges, merged where they overlap, sorted by
     * start: {start0, end0, start1, end1, ...}. Ranges that merely touch stay separate so two adjacent
     * secrets give two replacements.
     */
    private static int[] matchRanges(String text, List<String> snapshot) {
        List<int[]> matches = new ArrayList<>();
        for (String secret : snapshot) {
            for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
                matches.add(new int[] {at, at + secret.length()});
            }
        }
        if (matches.isEmpty()) {
            return new int[0];
        }
        matches.sort(BY_START);
        List<int[]> merged = new ArrayList<>();
        int[] current = matches.get(0).clone();
        for (int[] next : matches.subList(1, matches.size())) {
            if (next[0] < current[1]) {
                current[1] = Math.max(current[1], next[1]);
            } else {
                merged.add(current);
                current = next.clone();
            }
        }
        merged.add(current);
        int[] flat = new int[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            flat[2 * i] = merged.get(i)[0];
            flat[2 * i + 1] = merged.get(i)[1];
        }
        return flat;
    }
}
