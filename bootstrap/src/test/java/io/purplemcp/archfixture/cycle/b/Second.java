package io.purplemcp.archfixture.cycle.b;

import io.purplemcp.archfixture.cycle.a.First;

/** The other half of a deliberate package cycle. */
public class Second {
    public First back() {
        return new First();
    }
}
