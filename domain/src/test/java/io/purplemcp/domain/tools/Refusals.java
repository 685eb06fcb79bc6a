package io.purplemcp.domain.tools;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The domain's argument readers refuse with an {@link InvalidArgument} whose text the model reads. */
public final class Refusals {

    private Refusals() {}

    /** The text {@code reading} is refused with; fails the test when it is accepted or fails another way. */
    public static String refusal(ThrowingCallable reading) {
        return assertThatExceptionOfType(InvalidArgument.class)
                .isThrownBy(reading)
                .actual()
                .getMessage();
    }
}
