package io.purplemcp.bootstrap;

import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.findings.FindingsEndpoints;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.http.TlsSettings;
import io.purplemcp.adapters.sentinelone.purpleai.PurpleAiProfile;
import io.purplemcp.bootstrap.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Translates the validated settings into what the SentinelOne adapter needs. */
final class ConsoleWiring {

    private ConsoleWiring() {}

    /**
     * @param extraCaPem certificates to trust besides the JDK's: the {@code PURPLEMCP_CA_BUNDLE} file, or the
     *     sandbox's certificate in demo mode
     */
    static ConsoleSettings settings(Settings settings, String version, Optional<String> extraCaPem) {
        var purpleAi = settings.purpleAi();
        var environment = settings.environment();
        var tls = new TlsSettings(
                settings.skipTlsVerify(), environment.name(), environment.environmentClass(), extraCaPem);
        var proxy = settings.upstreamProxy()
                .address()
                .map(address -> ProxySettings.via(
                        address.host(), address.port(), settings.upstreamProxy().noProxy()))
                .orElseGet(ProxySettings::direct);
        return ConsoleSettings.of(
                        URI.create(settings.consoleBaseUrl()), settings.consoleToken(), version, purpleAi.sessionId())
                .withGraphqlEndpoint(settings.endpoints().consoleGraphql())
                .withFindingsEndpoints(new FindingsEndpoints(
                        settings.endpoints().alertsGraphql(),
                        settings.endpoints().vulnerabilitiesGraphql(),
                        settings.endpoints().misconfigurationsGraphql()))
                .withInventoryEndpoint(settings.endpoints().inventoryRestapi())
                .withPurpleAi(new PurpleAiProfile(
                        purpleAi.accountId(),
                        purpleAi.teamToken(),
                        Optional.of(purpleAi.sessionId()),
                        purpleAi.emailAddress(),
                        Optional.of(purpleAi.userAgent()),
                        purpleAi.buildDate(),
                        purpleAi.buildHash(),
                        purpleAi.consoleVersion()))
                .withTls(tls)
                .withProxy(proxy)
                .withLogPayloads(settings.unsafeDebugLogging());
    }

    /** The configured CA bundle's text; a file that cannot be read is a configuration error. */
    static Optional<String> caBundle(Settings settings) throws CaBundleUnreadable {
        if (settings.caBundlePath().isEmpty()) {
            return Optional.empty();
        }
        var path = Path.of(settings.caBundlePath().get());
        try {
            var pem = Files.readString(path, StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
                throw new CaBundleUnreadable("PURPLEMCP_CA_BUNDLE: " + path + " holds no PEM certificate");
            }
            return Optional.of(pem);
        } catch (IOException e) {
            throw new CaBundleUnreadable("PURPLEMCP_CA_BUNDLE: cannot read " + path + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    static final class CaBundleUnreadable extends Exception {
        private static final long serialVersionUID = 1L;

        CaBundleUnreadable(String message) {
            super(message);
        }
    }
}
