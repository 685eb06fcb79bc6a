package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.domain.tools.ToolFailure;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Both ISO 8601 parsers against java.time's own formatting, and against anything a client might send. */
class IsoParserPropertyTest {

    // Two days inside years 1 and 9999, so no offset can push the local time off the calendar.
    private static final long FIRST_SECOND =
            Instant.parse("0001-01-03T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND =
            Instant.parse("9999-12-29T00:00:00Z").getEpochSecond();
    private static final int MOST_OFFSET_SECONDS = 18 * 3600;
    private static final String ZONED_FAILURES =
            "(Invalid ISO 8601 datetime string: |Timestamp must include explicit timezone information).*";

    private static final List<DateTimeFormatter> ZONED_LAYOUTS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSSxx", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd't'HH:mmX", Locale.ROOT));

    private static final DateTimeFormatter WEEK_DATE_TIME = new DateTimeFormatterBuilder()
            .appendValue(IsoFields.WEEK_BASED_YEAR, 4)
            .appendLiteral("-W")
            .appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_WEEK, 1)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffsetId()
            .toFormatter(Locale.ROOT);

    private static final List<DateTimeFormatter> LENIENT_LAYOUTS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss,SSSSSSxxxx", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSxxxxx", Locale.ROOT),
            WEEK_DATE_TIME);

    @Property
    void explicitZoneParserReadsWhatJavaTimeWrites(
            @ForAll("instants") Instant instant,
            @ForAll("minuteOffsets") ZoneOffset offset,
            @ForAll("zonedLayouts") DateTimeFormatter layout) {
        var text = layout.format(OffsetDateTime.ofInstant(instant, offset));
        var expected = layout == ZONED_LAYOUTS.get(2) ? instant.truncatedTo(ChronoUnit.MINUTES) : instant;

        var parsed = ExplicitZoneDateTimeParser.parse(text);

        assertThat(parsed.toEpochMilli()).as(text).isEqualTo(expected.toEpochMilli());
        assertThat(parsed).as(text).isEqualTo(expected.truncatedTo(ChronoUnit.MICROS));
    }

    @Property
    void lenientParserReadsWhatJavaTimeWrites(
            @ForAll("instants") Instant instant,
            @ForAll("secondOffsets") ZoneOffset offset,
            @ForAll("lenientLayouts") DateTimeFormatter layout) {
        var text = layout.format(OffsetDateTime.ofInstant(instant, offset));
        var written = layout == LENIENT_LAYOUTS.get(1)
                ? instant.truncatedTo(ChronoUnit.MICROS)
                : layout == LENIENT_LAYOUTS.get(2) ? instant.truncatedTo(ChronoUnit.MILLIS) : instant;

        assertThat(LenientIsoDateTimeParser.epochMillis(text)).as(text).isEqualTo(millisTowardZero(written));
    }

    @Property
    void lenientParserReadsADateTimeWithoutZoneAsUtc(@ForAll("instants") Instant instant) {
        var text = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));

        assertThat(LenientIsoDateTimeParser.epochMillis(text)).as(text).isEqualTo(millisTowardZero(instant));
    }

    @Property
    void explicitZoneParserOnlyEverFailsWithAToolFailure(@ForAll String anything) {
        assertOnlyToolFailure(() -> ExplicitZoneDateTimeParser.parse(anything), ZONED_FAILURES);
    }

    @Property
    void explicitZoneParserOnlyEverFailsWithAToolFailureOnNearMisses(@ForAll("isoLike") String nearMiss) {
        assertOnlyToolFailure(() -> ExplicitZoneDateTimeParser.parse(nearMiss), ZONED_FAILURES);
    }

    @Property
    void lenientParserOnlyEverFailsWithAToolFailure(@ForAll String anything) {
        assertOnlyToolFailure(() -> LenientIsoDateTimeParser.epochMillis(anything), lenientFailure(anything));
    }

    @Property
    void lenientParserOnlyEverFailsWithAToolFailureOnNearMisses(@ForAll("isoLike") String nearMiss) {
        assertOnlyToolFailure(() -> LenientIsoDateTimeParser.epochMillis(nearMiss), lenientFailure(nearMiss));
    }

    @Provide
    Arbitrary<Instant> instants() {
        var seconds = Arbitraries.longs().between(FIRST_SECOND, LAST_SECOND);
        var nanos = Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(millis -> millis * 1_000_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneOffset> minuteOffsets() {
        return Arbitraries.integers()
                .between(-MOST_OFFSET_SECONDS / 60, MOST_OFFSET_SECONDS / 60)
                .map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    @Provide
    Arbitrary<ZoneOffset> secondOffsets() {
        return Arbitraries.integers()
                .between(-MOST_OFFSET_SECONDS, MOST_OFFSET_SECONDS)
                .map(ZoneOffset::ofTotalSeconds);
    }

    @Provide
    Arbitrary<DateTimeFormatter> zonedLayouts() {
        return Arbitraries.of(ZONED_LAYOUTS);
    }

    @Provide
    Arbitrary<DateTimeFormatter> lenientLayouts() {
        return Arbitraries.of(LENIENT_LAYOUTS);
    }

    /** Strings built from the characters ISO 8601 uses, so the parsers' deeper branches get exercised. */
    @Provide
    Arbitrary<String> isoLike() {
        var fromAlphabet = Arbitraries.strings()
                .withChars("0123456789-:.,+TtWZz UTCGMESP\n")
                .ofMaxLength(40);
        var mutated = Combinators.combine(
                        instants(),
                        secondOffsets(),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.chars().with("0123456789-:.,+TtWZz x".toCharArray()))
                .as((instant, offset, position, replacement) -> {
                    var text = new StringBuilder(
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, offset)));
                    text.setCharAt(Math.min(position, text.length() - 1), replacement);
                    return text.toString();
                });
        return Arbitraries.oneOf(fromAlphabet, mutated);
    }

    private static long millisTowardZero(Instant instant) {
        long micros =
                Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
        return micros / 1_000;
    }

    private static String lenientFailure(String input) {
        return Pattern.quote("Invalid ISO 8601 datetime format: '" + input
                        + "'. Expected format like '2025-10-30T12:00:00Z'. Error: ")
                + "[a-z].*";
    }

    /** Runs a parse that may succeed or refuse, but must never escape with any other exception. */
    private static void assertOnlyToolFailure(Runnable parse, String messagePattern) {
        try {
            parse.run();
        } catch (ToolFailure expected) {
            assertThat(expected.getMessage()).matches(Pattern.compile(messagePattern, Pattern.DOTALL));
        }
    }
}
