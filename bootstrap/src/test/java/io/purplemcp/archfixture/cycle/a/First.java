package io.purplemcp.archfixture.cycle.a;

import io.purplemcp.archfixture.cycle.b.Second;

/** One half of a deliberate package cycle. */
public class First {
    public Second next() {
        return new Second();
    }
}
