package vn.dvc.devidp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdpPropertiesTest {

    @Test
    void normalisesIssuerAndLists() {
        IdpProperties properties = new IdpProperties("http://localhost:9000/", "dvc-portal", "s", List.of(
                " http://localhost:8080/a", "", "http://localhost:8080/a", "http://localhost:8080/b"), null, "p");

        assertThat(properties.issuer()).isEqualTo("http://localhost:9000");
        assertThat(properties.redirectUris()).containsExactly("http://localhost:8080/a", "http://localhost:8080/b");
        assertThat(properties.postLogoutRedirectUris()).isEmpty();
    }

    @Test
    void refusesMissingValues() {
        assertThatThrownBy(() -> new IdpProperties(" ", "c", "s", List.of("http://x/cb"), List.of(), "p"))
                .hasMessageContaining("issuer");
        assertThatThrownBy(() -> new IdpProperties("http://i", "c", "s", List.of(), List.of(), "p"))
                .hasMessageContaining("DVC_IDP_REDIRECT_URIS");
    }
}
