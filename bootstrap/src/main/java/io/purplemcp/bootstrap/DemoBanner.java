package io.purplemcp.bootstrap;

/** What {@code --demo} prints first, so nobody mistakes synthetic data for their console's. */
final class DemoBanner {

    private static final String RULE = "*".repeat(80);

    private DemoBanner() {}

    static String text(String sandboxUrl) {
        return RULE + "\n"
                + "DEMO MODE: every answer comes from the built-in sandbox console at " + sandboxUrl + ".\n"
                + "The alerts, hosts, users and query results are SYNTHETIC DEMO DATA, not a real tenant.\n"
                + "Drop --demo and set PURPLEMCP_CONSOLE_TOKEN and PURPLEMCP_CONSOLE_BASE_URL to use a console.\n"
                + RULE + "\n";
    }
}
