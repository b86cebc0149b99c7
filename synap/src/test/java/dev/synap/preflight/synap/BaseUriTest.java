package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** https anywhere, plain http only to this machine, nothing that could carry a credential. */
class BaseUriTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://synap-cloud-prod.maximem.ai",
        "http://10.0.0.5:8080",
        "http://192.168.1.10",
        "http://localhost.evil.com",
        "http://127.0.0.1.nip.io"
      })
  void plainHttpToAnotherHostIsRefused(String uri) {
    assertThatThrownBy(() -> BaseUri.check(URI.create(uri)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing http://");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:1",
        "http://127.1.2.3",
        "http://[::1]:9"
      })
  void plainHttpToLoopbackIsAllowed(String uri) {
    assertThat(BaseUri.check(URI.create(uri))).isEqualTo(uri);
  }

  @Test
  void httpsIsAllowedAndTrailingSlashesDropped() {
    assertThat(BaseUri.check(URI.create("https://synap-cloud-prod.maximem.ai/")))
        .isEqualTo("https://synap-cloud-prod.maximem.ai");
    assertThat(BaseUri.check(URI.create("HTTPS://api.example.com:8443/synap//")))
        .isEqualTo("https://api.example.com:8443/synap");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com",
        "example.com",
        "https://user:pw@example.com",
        "https://example.com?x=1",
        "https://example.com#f",
        "file:///etc/passwd"
      })
  void otherShapesAreRefused(String uri) {
    assertThatThrownBy(() -> BaseUri.check(URI.create(uri)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pw");
  }

  @Test
  void theBuilderRefusesBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                SynapClient.builder()
                    .baseUri(URI.create("http://example.com"))
                    .apiKey(ApiKey.of("k"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing http:// to example.com");
    assertThatThrownBy(() -> SynapClient.builder().baseUri(URI.create("https://x.io")).build())
        .hasMessage("an API key is required");
    assertThatThrownBy(
            () ->
                SynapClient.builder()
                    .baseUri(URI.create("https://x.io"))
                    .apiKey(ApiKey.of("k"))
                    .memoriesPrefix("api/v1")
                    .build())
        .hasMessageContaining("prefix");
  }
}
