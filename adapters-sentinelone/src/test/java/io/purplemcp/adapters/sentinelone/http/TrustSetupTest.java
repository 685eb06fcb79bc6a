package io.purplemcp.adapters.sentinelone.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.purplemcp.sandbox.SandboxConsole;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/**
 * The trust decisions: extra CA certificates are trusted besides the JDK's store, never instead of it, and
 * a refusal names the problem worth fixing; the bypass trusts everything and is built only outside production.
 */
class TrustSetupTest {

    static final X509Certificate[] CHAIN = new X509Certificate[0];

    /** A trust manager that accepts or refuses every chain, and counts how often it was asked. */
    static final class Scripted extends X509ExtendedTrustManager {
        final CertificateException refusal;
        final X509Certificate[] issuers;
        final List<String> asked = new ArrayList<>();

        Scripted(CertificateException refusal, X509Certificate... issuers) {
            this.refusal = refusal;
            this.issuers = issuers;
        }

        private void check(String what) throws CertificateException {
            asked.add(what);
            if (refusal != null) {
                throw refusal;
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check("server/engine");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check("server/socket");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check("server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check("client/engine");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check("client/socket");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check("client");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return issuers;
        }
    }

    static Scripted accepting(X509Certificate... issuers) {
        return new Scripted(null, issuers);
    }

    static Scripted refusing(CertificateException refusal) {
        return new Scripted(refusal);
    }

    static CertificateException noPath() {
        return new CertificateException(
                "PKIX path validation failed", new CertPathValidatorException("no trust anchor"));
    }

    static void checkEveryWay(X509ExtendedTrustManager manager) throws CertificateException {
        manager.checkServerTrusted(CHAIN, "RSA", (SSLEngine) null);
        manager.checkServerTrusted(CHAIN, "RSA", (Socket) null);
        manager.checkServerTrusted(CHAIN, "RSA");
        manager.checkClientTrusted(CHAIN, "RSA", (SSLEngine) null);
        manager.checkClientTrusted(CHAIN, "RSA", (Socket) null);
        manager.checkClientTrusted(CHAIN, "RSA");
    }

    static X509Certificate sandboxCertificate() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(SandboxConsole.certificatePem().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void whatTheJdkStoreTrustsIsTrustedWithoutAskingTheExtraCertificates() throws Exception {
        var jdk = accepting();
        var extra = refusing(noPath());

        checkEveryWay(new TrustSetup.EitherTrust(jdk, extra));

        assertThat(jdk.asked)
                .containsExactly(
                        "server/engine", "server/socket", "server", "client/engine", "client/socket", "client");
        assertThat(extra.asked).isEmpty();
    }

    @Test
    void whatOnlyTheExtraCertificatesTrustIsTrusted() throws Exception {
        var jdk = refusing(noPath());
        var extra = accepting();

        checkEveryWay(new TrustSetup.EitherTrust(jdk, extra));

        assertThat(extra.asked).hasSize(6);
    }

    @Test
    void whenNeitherTrustsTheChainTheFirstRefusalIsThrownWithTheOtherKept() {
        var first = noPath();
        var second = noPath();

        var thrown = catchThrowableOfType(
                CertificateException.class,
                () -> new TrustSetup.EitherTrust(refusing(first), refusing(second)).checkServerTrusted(CHAIN, "RSA"));

        assertThat(thrown).isSameAs(first);
        assertThat(thrown.getSuppressed()).containsExactly(second);
    }

    @Test
    void aStoreThatBuiltAPathButRefusedTheHostIsTheRefusalWorthReading() {
        var jdkHasNoPath = noPath();
        var wrongHost = new CertificateException("No subject alternative names matching IP address 127.0.0.2 found");

        var thrown = catchThrowableOfType(
                CertificateException.class,
                () -> new TrustSetup.EitherTrust(refusing(jdkHasNoPath), refusing(wrongHost))
                        .checkServerTrusted(CHAIN, "RSA", (SSLEngine) null));

        assertThat(thrown).isSameAs(wrongHost);
        assertThat(thrown.getSuppressed()).containsExactly(jdkHasNoPath);
    }

    @Test
    void aHostRefusalFromTheJdkStoreIsNotHiddenByTheExtrasMissingPath() {
        var wrongHost = new CertificateException("No name matching console.example found");
        var extraHasNoPath = noPath();

        var thrown = catchThrowableOfType(
                CertificateException.class,
                () -> new TrustSetup.EitherTrust(refusing(wrongHost), refusing(extraHasNoPath))
                        .checkServerTrusted(CHAIN, "RSA"));

        assertThat(thrown).isSameAs(wrongHost);
    }

    @Test
    void theAcceptedIssuersAreBothStores() throws Exception {
        var certificate = sandboxCertificate();

        var either = new TrustSetup.EitherTrust(accepting(certificate), accepting(certificate, certificate));

        assertThat(either.getAcceptedIssuers()).hasSize(3).containsOnly(certificate);
    }

    @Test
    void theBypassAcceptsAnyChainAndNamesNoIssuer() {
        var bypass = new TrustSetup.TrustEverything();

        assertThatCode(() -> checkEveryWay(bypass)).doesNotThrowAnyException();
        assertThat(bypass.getAcceptedIssuers()).isEmpty();
    }

    @Test
    void theExtraCertificatesEachBecomeATrustAnchor() throws Exception {
        var pem = SandboxConsole.certificatePem();

        var store = TrustSetup.extraCaStore(pem + "\n" + pem);

        assertThat(java.util.Collections.list(store.aliases())).containsExactlyInAnyOrder("extra-ca-0", "extra-ca-1");
        assertThat(store.getCertificate("extra-ca-0")).isEqualTo(sandboxCertificate());
    }

    @Test
    void aContextIsBuiltForEachWayOfTrusting() {
        assertThat(TrustSetup.context(TlsSettings.verified(), "https://c.example")
                        .getProtocol())
                .isEqualTo("TLS");
        assertThat(TrustSetup.context(TlsSettings.trusting(SandboxConsole.certificatePem()), "https://c.example"))
                .isNotNull();
        assertThat(TrustSetup.context(true, "dev", EnvironmentClass.DEVELOPMENT, Optional.empty(), "https://c.example"))
                .isNotNull();
        assertThat(TrustSetup.context(true, "staging", EnvironmentClass.OTHER, Optional.empty(), "https://c.example"))
                .isNotNull();
    }

    @Test
    void theBypassIsRefusedInProductionHoweverItIsAskedFor() {
        var thrown = catchThrowableOfType(
                TlsBypassRefused.class,
                () -> TrustSetup.context(true, "prod-eu", EnvironmentClass.PRODUCTION, Optional.empty(), "https://x"));

        assertThat(thrown)
                .hasMessageStartingWith("SECURITY ERROR: TLS verification bypass is FORBIDDEN in production."
                        + " Current environment: prod-eu. ");
    }
}
