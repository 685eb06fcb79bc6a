package io.purplemcp.bootstrap.config;

import java.util.List;

/** Thrown by {@link SettingsLoader#loadOrThrow}; its message is secret-free by construction. */
public final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> errors;

    public ConfigurationException(SettingsLoadResult.Invalid invalid) {
        super(invalid.description());
        this.errors = invalid.errors();
    }

    public List<String> errors() {
        return errors;
    }
}
