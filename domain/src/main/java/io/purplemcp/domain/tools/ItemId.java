package io.purplemcp.domain.tools;

/**
 * An identifier of a console object (alert, vulnerability, misconfiguration, asset) as a tool argument.
 * The one rule for all of them: surrounding whitespace is dropped, and what remains must be 1 to 256
 * printable characters, so a pasted id with a trailing newline still works and nothing unprintable or
 * oversized reaches the console.
 */
public record ItemId(String value) {

    public static final int MAX_LENGTH = 256;

    public ItemId {
        if (value == null
                || value.isEmpty()
                || value.length() > MAX_LENGTH
                || !printable(value)
                || !value.strip().equals(value)) {
            throw new IllegalArgumentException("use ItemId.parse for untrusted input");
        }
    }

    /**
     * Checks an argument and names it in the message the model sees.
     *
     * @throws InvalidArgument when the id is blank, too long or holds unprintable characters
     */
    public static ItemId parse(String parameterName, String raw) {
        var value = raw.strip();
        if (value.isEmpty()) {
            throw new InvalidArgument(parameterName + " cannot be empty.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidArgument(
                    parameterName + " is too long: at most " + MAX_LENGTH + " characters, got " + value.length() + ".");
        }
        if (!printable(value)) {
            throw new InvalidArgument(parameterName + " may only contain printable characters.");
        }
        return new ItemId(value);
    }

    private static boolean printable(String value) {
        return value.codePoints().allMatch(ItemId::isPrintable);
    }

    private static boolean isPrintable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
