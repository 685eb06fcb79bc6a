package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.http.EnvironmentClass;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentEnvironmentTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void unsetOrBlankMeansProduction(String raw) {
        assertThat(DeploymentEnvironment.parse(raw)).contains(DeploymentEnvironment.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource({
        "production,production,PRODUCTION",
        "prod,prod,PRODUCTION",
        "PRODUCTION,production,PRODUCTION",
        "' prod ',prod,PRODUCTION",
        "development,development,DEVELOPMENT",
        "dev,dev,DEVELOPMENT",
        "test,test,DEVELOPMENT",
        "testing,testing,DEVELOPMENT",
        "Testing,testing,DEVELOPMENT",
        "staging,staging,OTHER",
        "' STAGING',staging,OTHER"
    })
    void knownValuesAreTrimmedAndCaseInsensitive(String raw, String name, EnvironmentClass environmentClass) {
        assertThat(DeploymentEnvironment.parse(raw)).contains(new DeploymentEnvironment(name, environmentClass));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qa", "local", "prod1", "pro d"})
    void unknownValuesAreRejected(String raw) {
        assertThat(DeploymentEnvironment.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "production,true,false,false",
        "development,false,true,true",
        "staging,false,false,true",
    })
    void securityContextHasExactlyFourStringFields(
            String raw, String production, String development, String bypassAllowed) {
        DeploymentEnvironment environment = DeploymentEnvironment.parse(raw).orElseThrow();
        assertThat(environment.securityContext())
                .isEqualTo(Map.of(
                        "environment", raw,
                        "is_production", production,
                        "is_development", development,
                        "tls_bypass_allowed", bypassAllowed));
    }
}
