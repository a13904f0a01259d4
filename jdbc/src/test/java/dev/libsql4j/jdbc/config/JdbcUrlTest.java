package dev.libsql4j.jdbc.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

  @Test
  void aLibsqlHostMeansHttps() {
    assertThat(JdbcUrl.parse("jdbc:libsql://db-org.turso.io").baseUrl(true))
        .isEqualTo(URI.create("https://db-org.turso.io"));
  }

  @Test
  void tlsFalseMeansPlainHttp() {
    JdbcUrl url = JdbcUrl.parse("jdbc:libsql://127.0.0.1:8080?tls=false");
    assertThat(url.parameters().getProperty("tls")).isEqualTo("false");
    assertThat(url.baseUrl(false)).isEqualTo(URI.create("http://127.0.0.1:8080"));
  }

  @Test
  void explicitSchemesAreKept() {
    assertThat(JdbcUrl.parse("jdbc:libsql:http://127.0.0.1:8080").baseUrl(true))
        .isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(JdbcUrl.parse("jdbc:libsql:https://h.example/db/").baseUrl(false))
        .isEqualTo(URI.create("https://h.example/db"));
    assertThat(JdbcUrl.parse("jdbc:libsql:libsql://h.example").baseUrl(true))
        .isEqualTo(URI.create("https://h.example"));
    assertThat(JdbcUrl.parse("jdbc:libsql:wss://h.example").baseUrl(false))
        .isEqualTo(URI.create("https://h.example"));
  }

  @Test
  void queryParametersBecomeProperties() {
    JdbcUrl url = JdbcUrl.parse("jdbc:libsql://h.example?authToken=a%2Bb&namespace=tenant1&protocol=v2");
    assertThat(url.parameters()).containsEntry("authToken", "a+b").containsEntry("namespace", "tenant1")
        .containsEntry("protocol", "v2");
  }

  @Test
  void anUnknownParameterIsRefused() {
    assertThatThrownBy(() -> JdbcUrl.parse("jdbc:libsql://h.example?authTokn=x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authTokn");
  }

  @Test
  void aBadValueIsRefusedWithoutEchoingSecrets() {
    assertThatThrownBy(() -> JdbcUrl.parse("jdbc:libsql://h.example?protocol=v9"))
        .hasMessageContaining("protocol").hasMessageContaining("v9");
  }

  @Test
  void otherUrlsAreNotAccepted() {
    assertThat(JdbcUrl.accepts("jdbc:sqlite::memory:")).isFalse();
    assertThat(JdbcUrl.accepts("jdbc:libsql://h")).isTrue();
    assertThatThrownBy(() -> JdbcUrl.parse("jdbc:libsql:ftp://h")).hasMessageContaining("ftp");
  }

  @Test
  void toStringMasksTheToken() {
    String text = JdbcUrl.parse("jdbc:libsql://h.example?authToken=secret-token-value").toString();
    assertThat(text).doesNotContain("secret-token-value").contains("authToken=***");
  }

  @Test
  void withoutSecretsDropsTheTokenAndKeepsTheRest() {
    assertThat(JdbcUrl.parse("jdbc:libsql://h.example:8080/db?authToken=secret&tls=false").withoutSecrets())
        .isEqualTo("jdbc:libsql:libsql://h.example:8080/db?tls=false");
    assertThat(JdbcUrl.parse("jdbc:libsql://h.example?authToken=secret").withoutSecrets())
        .isEqualTo("jdbc:libsql:libsql://h.example");
  }
}
