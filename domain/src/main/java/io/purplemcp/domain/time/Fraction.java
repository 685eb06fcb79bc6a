package io.purplemcp.domain.time;

/** Fractions of a second as both parsers read them: microsecond precision, further digits dropped. */
final class Fraction {

    private static final int MICRO_DIGITS = 6;

    private Fraction() {}

    /** The microseconds written by the digits after a decimal mark; {@code null} (no fraction) is zero. */
    static int micros(String digits) {
        if (digits == null) {
            return 0;
        }
        return Integer.parseInt((digits + "000000").substring(0, MICRO_DIGITS));
    }
}
