package io.purplemcp.bootstrap;

/** Settings of the JDK's HTTP client that exist only as system properties, read when it first loads. */
final class JdkHttpClientProperties {

    private JdkHttpClientProperties() {}

    static void apply() {
        // JDK 17 keeps idle pooled connections for 1200 s, far beyond what load balancers in front of a
        // console tolerate, so a reused connection fails; JDK 20+ already defaults to 30 s.
        if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
            System.setProperty("jdk.httpclient.keepalive.timeout", "30");
        }
    }
}
