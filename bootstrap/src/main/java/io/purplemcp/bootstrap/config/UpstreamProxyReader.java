package io.purplemcp.bootstrap.config;

import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the proxy variables. The JDK's HTTP client ignores them, so without this a server in a
 * locked-down network could not reach its console. {@code PURPLEMCP_HTTPS_PROXY} wins over the
 * conventional {@code HTTPS_PROXY}/{@code https_proxy}; {@code NO_PROXY}/{@code no_proxy} lists exemptions.
 */
final class UpstreamProxyReader {

    private static final int DEFAULT_PROXY_PORT = 3128;

    private final Map<String, String> environment;
    private final Consumer<String> errors;

    UpstreamProxyReader(Map<String, String> environment, Consumer<String> errors) {
        this.environment = environment;
        this.errors = errors;
    }

    ProxySettings read() {
        var named = first(EnvNames.HTTPS_PROXY, "HTTPS_PROXY", "https_proxy");
        if (named.isEmpty()) {
            return ProxySettings.direct();
        }
        var address = parse(named.get().getKey(), named.get().getValue().trim());
        var noProxy = new ArrayList<String>();
        first("NO_PROXY", "no_proxy")
                .ifPresent(entry -> List.of(entry.getValue().split(",")).stream()
                        .map(String::trim)
                        .filter(host -> !host.isEmpty())
                        .forEach(noProxy::add));
        return new ProxySettings(address, noProxy);
    }

    private Optional<ProxySettings.Address> parse(String variable, String value) {
        // A bare "host:port" is common in these variables; read it as the http:// form.
        var text = value.contains("://") ? value : "http://" + value;
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http")) {
                errors.accept(variable + ": only http:// proxies are supported (the connection to the console"
                        + " is still TLS end to end through the proxy's CONNECT tunnel)");
            } else if (uri.getRawUserInfo() != null) {
                errors.accept(variable + ": proxy credentials in the URL are not supported; use a proxy that"
                        + " authenticates this host another way");
            } else if (uri.getHost() == null
                    || uri.getPort() == 0
                    || uri.getPort() > 65_535
                    || (uri.getRawPath() != null && !uri.getRawPath().matches("/?"))) {
                errors.accept(variable + " must be http://host:port");
            } else {
                int port = uri.getPort() == -1 ? DEFAULT_PROXY_PORT : uri.getPort();
                return Optional.of(new ProxySettings.Address(uri.getHost(), port));
            }
        } catch (URISyntaxException | NullPointerException e) {
            errors.accept(variable + " must be http://host:port");
        }
        return Optional.empty();
    }

    private Optional<Map.Entry<String, String>> first(String... names) {
        for (var name : names) {
            var value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(Map.entry(name, value));
            }
        }
        return Optional.empty();
    }
}
