package io.purplemcp.adapters.mcp.http.auth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of the bearer tokens file: a caller's name and the SHA-256 of its token. Only the digest is
 * stored, so the file can be mounted and read by operators without handing out the tokens.
 *
 * @param name the caller's identity in audit lines and session ownership
 * @param sha256 the 32-byte digest of the token's UTF-8 bytes
 */
public record BearerTokenEntry(String name, byte[] sha256) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@:+-]{1,128}");
    private static final Pattern HEX_DIGEST = Pattern.compile("(?:sha256:)?([0-9A-Fa-f]{64})");

    public BearerTokenEntry {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a token name is 1-128 letters, digits or . _ @ : + -");
        }
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BearerTokenEntry entry
                && entry.name.equals(name)
                && java.util.Arrays.equals(entry.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "BearerTokenEntry[" + name + "]";
    }

    /** The entries of a tokens file, or the problems that make it unusable. */
    public sealed interface Parsed {
        record Entries(List<BearerTokenEntry> entries) implements Parsed {
            public Entries {
                entries = List.copyOf(entries);
            }
        }

        /** Each problem names its line; none quotes the line, which could be a pasted token. */
        record Problems(List<String> problems) implements Parsed {
            public Problems {
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * Reads {@code name sha256-hex} lines (the digest may carry a {@code sha256:} prefix); blank lines and
     * lines starting with {@code #} are skipped. Names must be unique, and at least one entry must exist.
     */
    public static Parsed parse(List<String> lines) {
        var entries = new ArrayList<BearerTokenEntry>();
        var problems = new ArrayList<String>();
        var names = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var fields = line.split("\\s+");
            int number = i + 1;
            if (fields.length != 2 || !NAME.matcher(fields[0]).matches()) {
                problems.add("line " + number + ": expected a name (letters, digits, . _ @ : + -) and the"
                        + " token's SHA-256 in hex, separated by whitespace");
                continue;
            }
            var digest = HEX_DIGEST.matcher(fields[1]);
            if (!digest.matches()) {
                problems.add("line " + number + ": the second field must be a SHA-256 digest (64 hex digits),"
                        + " never the token itself");
                continue;
            }
            if (!names.add(fields[0])) {
                problems.add("line " + number + ": the name " + fields[0] + " is used twice");
                continue;
            }
            entries.add(new BearerTokenEntry(fields[0], HexFormat.of().parseHex(digest.group(1))));
        }
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add("the file names no token");
        }
        return problems.isEmpty() ? new Parsed.Entries(entries) : new Parsed.Problems(problems);
    }
}
