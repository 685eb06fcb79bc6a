package io.purplemcp.adapters.sentinelone.http;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the client's TLS context. Verification (chain and host name) is always on unless the
 * bypass is allowed; extra CA certificates are trusted in addition to the JDK's default store.
 *
 * <p>In two steps: {@link #prepare} decides and checks everything a configuration can get wrong (the
 * bypass guard, the extra certificates) and is cheap enough for start-up; {@link Prepared#context()} then
 * loads the JDK's trust store and builds the context, which only the first console request needs.
 */
final class TrustSetup {

    private static final Logger SECURITY = LoggerFactory.getLogger("purple_mcp.security.tls");

    private TrustSetup() {}

    static SSLContext context(TlsSettings tls, String target) {
        return prepare(tls, target).context();
    }

    /** The context for these values, re-checking the bypass guard whatever object carried them. */
    static SSLContext context(
            boolean skipVerify,
            String environmentName,
            EnvironmentClass environmentClass,
            Optional<String> extraCaPem,
            String target) {
        return prepare(skipVerify, environmentName, environmentClass, extraCaPem, target)
                .context();
    }

    /**
     * Checks the settings and parses the extra certificates, without building the context.
     *
     * @throws TlsBypassRefused when the bypass is requested in production
     * @throws IllegalStateException when the extra certificates cannot be read
     */
    static Prepared prepare(TlsSettings tls, String target) {
        return prepare(tls.skipVerify(), tls.environmentName(), tls.environmentClass(), tls.extraCaPem(), target);
    }

    private static Prepared prepare(
            boolean skipVerify,
            String environmentName,
            EnvironmentClass environmentClass,
            Optional<String> extraCaPem,
            String target) {
        if (skipVerify) {
            // Point 2 of the guard: checked again here, whatever built the settings.
            if (environmentClass == EnvironmentClass.PRODUCTION) {
                throw new TlsBypassRefused("SECURITY ERROR: TLS verification bypass is FORBIDDEN in production."
                        + " Current environment: " + environmentName + ". " + TlsBypassRefused.HOW_TO);
            }
            warnAboutBypass(environmentName, environmentClass, target);
            return new Prepared(true, Optional.empty());
        }
        if (extraCaPem.isEmpty()) {
            return new Prepared(false, Optional.empty());
        }
        try {
            return new Prepared(false, Optional.of(extraCaStore(extraCaPem.get())));
        } catch (GeneralSecurityException e) {
            throw cannotBuild(e);
        }
    }

    private static IllegalStateException cannotBuild(GeneralSecurityException e) {
        return new IllegalStateException("the TLS context cannot be built: " + e.getMessage(), e);
    }

    /** What the context will trust, checked; building it is left to {@link #context()}. */
    static final class Prepared {

        private final boolean trustEverything;
        private final Optional<KeyStore> extraCas;

        private Prepared(boolean trustEverything, Optional<KeyStore> extraCas) {
            this.trustEverything = trustEverything;
            this.extraCas = extraCas;
        }

        /** Builds the context: loads the JDK's trust store, the costly part. */
        SSLContext context() {
            try {
                var context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trustManager()}, null);
                return context;
            } catch (GeneralSecurityException e) {
                throw cannotBuild(e);
            }
        }

        private X509ExtendedTrustManager trustManager() throws GeneralSecurityException {
            if (trustEverything) {
                return new TrustEverything();
            }
            var jdk = defaultTrust(null);
            if (extraCas.isEmpty()) {
                return jdk;
            }
            return new EitherTrust(jdk, defaultTrust(extraCas.get()));
        }
    }

    private static void warnAboutBypass(String environmentName, EnvironmentClass environmentClass, String target) {
        SECURITY.warn(
                "SECURITY WARNING: TLS certificate verification is DISABLED for {}; any certificate is accepted."
                        + " SECURITY RISK. To trust a private CA use PURPLEMCP_CA_BUNDLE instead.",
                target);
        SECURITY.error(
                "CRITICAL SECURITY RISK: SentinelOne HTTP client initialized with TLS verification DISABLED;"
                        + " connections are open to man-in-the-middle attacks target_url={} environment={}",
                target,
                environmentName);
        if (environmentClass == EnvironmentClass.OTHER) {
            SECURITY.error(
                    "TLS verification disabled in this environment; this setting should only be used in"
                            + " development/testing environment={}",
                    environmentName);
        }
    }

    private static X509ExtendedTrustManager defaultTrust(KeyStore store) throws GeneralSecurityException {
        var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (var manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }

    static KeyStore extraCaStore(String pem) throws GeneralSecurityException {
        var factory = java.security.cert.CertificateFactory.getInstance("X.509");
        var certificates =
                factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (certificates.isEmpty()) {
            throw new CertificateException("the CA bundle holds no certificate");
        }
        var store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        int index = 0;
        for (var certificate : certificates) {
            store.setCertificateEntry("extra-ca-" + index++, certificate);
        }
        return store;
    }

    /**
     * A trust manager with one rule for all six of the JDK's entry points: each entry point becomes a check
     * that can be put to another manager through the same entry point, with the same arguments.
     */
    abstract static class OneRule extends X509ExtendedTrustManager {

        interface Check {
            void run(X509ExtendedTrustManager manager) throws CertificateException;
        }

        abstract void decide(Check check) throws CertificateException;

        @Override
        public final void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            decide(m -> m.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public final void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            decide(m -> m.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public final void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            decide(m -> m.checkServerTrusted(chain, authType));
        }

        @Override
        public final void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            decide(m -> m.checkClientTrusted(chain, authType, engine));
        }

        @Override
        public final void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            decide(m -> m.checkClientTrusted(chain, authType, socket));
        }

        @Override
        public final void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            decide(m -> m.checkClientTrusted(chain, authType));
        }
    }

    /** Trusts a chain that either the JDK's store or the extra certificates trust. */
    static final class EitherTrust extends OneRule {

        private final X509ExtendedTrustManager first;
        private final X509ExtendedTrustManager second;

        EitherTrust(X509ExtendedTrustManager first, X509ExtendedTrustManager second) {
            this.first = first;
            this.second = second;
        }

        private static boolean untrusted(Throwable rejection) {
            for (var cause = rejection; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.security.cert.CertPathBuilderException
                        || cause instanceof java.security.cert.CertPathValidatorException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        void decide(Check check) throws CertificateException {
            try {
                check.run(first);
            } catch (CertificateException rejected) {
                try {
                    check.run(second);
                } catch (CertificateException alsoRejected) {
                    // When only one store could build a path, its complaint (e.g. a host name the certificate does
                    // not carry) is the one worth reading; "no path" from the other store would hide it.
                    if (untrusted(rejected) && !untrusted(alsoRejected)) {
                        alsoRejected.addSuppressed(rejected);
                        throw alsoRejected;
                    }
                    rejected.addSuppressed(alsoRejected);
                    throw rejected;
                }
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> issuers = new ArrayList<>(Arrays.asList(first.getAcceptedIssuers()));
            issuers.addAll(Arrays.asList(second.getAcceptedIssuers()));
            return issuers.toArray(X509Certificate[]::new);
        }
    }

    /** The bypass: no chain or host-name check at all. Only ever built outside production. */
    static final class TrustEverything extends OneRule {

        @Override
        void decide(Check check) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
