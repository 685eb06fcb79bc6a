package io.purplemcp.sandbox.archfixture;

import io.purplemcp.ports.out.security.Redactor;

/** Deliberately couples the sandbox to the product; only the architecture tests load it. */
public class SandboxUsingPorts {
    public Redactor redactor() {
        return Redactor.none();
    }
}
