package dev.libsql4j.hrana.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Building, checking and printing a client configuration. */
class HranaClientConfigTest {

  private static final URI BASE = URI.create("http://127.0.0.1:8080");

  @Test
  void hasDefaults() {
    HranaClientConfig config = HranaClientConfig.builder().baseUrl(BASE).build();

    assertThat(config.protocol()).isEqualTo(ProtocolPreference.AUTO);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.requestTimeout()).isNull();
    assertThat(config.authToken()).isNull();
    assertThat(config.namespace()).isNull();
    assertThat(config.clientVersion()).startsWith("libsql-remote-java-").doesNotContain("${");
    assertThat(config.headers()).isEmpty();
  }

  @Test
  void toStringMasksTheTokenTheQueryAndHeaderValues() {
    HranaClientConfig config = HranaClientConfig.builder()
        .baseUrl(URI.create("https://db.example/?authToken=query-secret"))
        .authToken("token-secret")
        .header("x-turso-encryption-key", "key-secret")
        .build();

    assertThat(config.toString())
        .contains("authToken=****", "x-turso-encryption-key", "https://db.example/?…")
        .doesNotContain("token-secret", "query-secret", "key-secret");
  }

  @Test
  void anEmptyTokenMeansNone() {
    assertThat(HranaClientConfig.builder().baseUrl(BASE).authToken("").build().authToken()).isNull();
  }

  @Test
  void equalSettingsMakeEqualConfigurations() {
    HranaClientConfig a = HranaClientConfig.builder().baseUrl(BASE).authToken("t").namespace("n").build();
    HranaClientConfig b = HranaClientConfig.builder().baseUrl(BASE).authToken("t").namespace("n").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(HranaClientConfig.builder().baseUrl(BASE).authToken("u").namespace("n").build());
  }

  @Test
  void refusesWhatTheClientCouldNotUse() {
    assertThatThrownBy(() -> HranaClientConfig.builder().build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HranaClientConfig.builder().baseUrl(URI.create("libsql://db.example")).build())
        .hasMessageContaining("http(s)");
    assertThatThrownBy(() -> HranaClientConfig.builder().baseUrl(URI.create("/relative")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HranaClientConfig.builder().baseUrl(BASE).connectTimeout(Duration.ZERO).build())
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> HranaClientConfig.builder().baseUrl(BASE).requestTimeout(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> HranaClientConfig.builder().baseUrl(BASE).namespace("").build())
        .hasMessageContaining("namespace");
  }

  @Test
  void refusesHeadersTheClientManagesOrTheJdkRestricts() {
    assertThatThrownBy(() -> HranaClientConfig.builder().header("Authorization", "Basic x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HranaClientConfig.builder().header("X-Namespace-Bin", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HranaClientConfig.builder().baseUrl(BASE).header("Connection", "close").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HranaClientConfig.builder().baseUrl(BASE).header("x-bad", "line\nbreak").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
