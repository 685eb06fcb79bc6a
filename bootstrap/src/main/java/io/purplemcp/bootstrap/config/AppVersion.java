package io.purplemcp.bootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version the build wrote into {@code purple-mcp-version.properties}. */
public final class AppVersion {

    public static final String UNKNOWN = "unknown";

    private static final String RESOURCE = "/purple-mcp-version.properties";

    private AppVersion() {}

    /** The build version, or {@code unknown} when the resource is missing or was not filtered. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return fromProperty(properties.getProperty("version"));
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    static String fromProperty(String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return UNKNOWN;
        }
        return value.trim();
    }
}
