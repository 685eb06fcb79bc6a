package io.purplemcp.adapters.sentinelone.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the configured proxy unless the target host is exempt by a {@code NO_PROXY} entry. The
 * JDK's default selector reads only system properties, never the environment, so the client always
 * gets this selector instead (and so never a proxy nobody configured).
 */
final class NoProxyAwareSelector extends ProxySelector {

    private static final Logger LOG = LoggerFactory.getLogger(NoProxyAwareSelector.class);

    private final List<Proxy> viaProxy;
    private final List<Entry> exempt;

    NoProxyAwareSelector(ProxySettings settings) {
        this.viaProxy = settings.proxy()
                .map(address -> List.of(
                        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(address.host(), address.port()))))
                .orElse(List.of(Proxy.NO_PROXY));
        this.exempt = settings.noProxy().stream()
                .map(Entry::parse)
                .filter(entry -> entry != null)
                .toList();
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (uri == null || uri.getHost() == null) {
            throw new IllegalArgumentException("a URI with a host is required");
        }
        var host = normalise(uri.getHost());
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        for (var entry : exempt) {
            if (entry.matches(host, port)) {
                return List.of(Proxy.NO_PROXY);
            }
        }
        return viaProxy;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        LOG.warn(
                "connection through the proxy failed host={} error={}",
                uri.getHost(),
                failure.getClass().getSimpleName());
    }

    static String normalise(String host) {
        var lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            lower = lower.substring(1, lower.length() - 1);
        }
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** One {@code NO_PROXY} entry; {@code port} is -1 for any port. */
    record Entry(String domain, boolean everything, int port) {

        static Entry parse(String raw) {
            var text = raw.trim().toLowerCase(Locale.ROOT);
            if (text.isEmpty()) {
                return null;
            }
            if (text.equals("*")) {
                return new Entry("", true, -1);
            }
            int port = -1;
            int colon = text.lastIndexOf(':');
            boolean bracketed = text.startsWith("[");
            // A port follows a host name, an IPv4 address or a bracketed IPv6 address, never a bare IPv6 one.
            if (colon > 0 && (bracketed ? text.charAt(colon - 1) == ']' : text.indexOf(':') == colon)) {
                var digits = text.substring(colon + 1);
                if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() <= 5) {
                    port = Integer.parseInt(digits);
                    text = text.substring(0, colon);
                }
            }
            if (text.startsWith("*.")) {
                text = text.substring(1);
            }
            var domain = normalise(text.startsWith(".") ? text.substring(1) : text);
            return domain.isEmpty() ? null : new Entry(domain, false, port);
        }

        boolean matches(String host, int targetPort) {
            if (everything) {
                return true;
            }
            if (port != -1 && port != targetPort) {
                return false;
            }
            return host.equals(domain) || host.endsWith("." + domain);
        }
    }
}
