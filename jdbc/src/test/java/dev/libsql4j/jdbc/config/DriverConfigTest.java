package dev.libsql4j.jdbc.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.http.ProtocolPreference;
import dev.libsql4j.jdbc.types.DateTimeFormat;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DriverConfigTest {

  private static Properties props(String... pairs) {
    Properties properties = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.setProperty(pairs[i], pairs[i + 1]);
    }
    return properties;
  }

  @Test
  void defaultsApplyWhenNothingIsGiven() {
    DriverConfig config = DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h.example"), null);
    assertThat(config.baseUrl()).isEqualTo(URI.create("https://h.example"));
    assertThat(config.authToken()).isNull();
    assertThat(config.protocol()).isEqualTo(ProtocolPreference.AUTO);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.requestTimeout()).isNull();
    assertThat(config.defaultFetchSize()).isZero();
    assertThat(config.dateTimeFormat()).isEqualTo(DateTimeFormat.ISO8601);
    assertThat(config.transactionMode()).isEqualTo(TransactionMode.IMMEDIATE);
  }

  @Test
  void wsAndWssUrlsSelectTheWebSocketTransportAndTheTransportPropertyOverridesTheScheme() {
    assertThat(DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h"), null).transport()).isEqualTo(Transport.HTTP);
    DriverConfig wss = DriverConfig.from(JdbcUrl.parse("jdbc:libsql:wss://h"), null);
    assertThat(wss.transport()).isEqualTo(Transport.WS);
    assertThat(wss.baseUrl()).isEqualTo(URI.create("https://h"));
    assertThat(wss.maxWebSockets()).isEqualTo(4);
    assertThat(DriverConfig.from(JdbcUrl.parse("jdbc:libsql:ws://h?transport=http"), null).transport())
        .isEqualTo(Transport.HTTP);
    DriverConfig libsqlOverWs = DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h?transport=WS&maxWebSockets=2"), null);
    assertThat(libsqlOverWs.transport()).isEqualTo(Transport.WS);
    assertThat(libsqlOverWs.maxWebSockets()).isEqualTo(2);
  }

  @Test
  void anUnknownTransportOrNoSocketsAreRefused() {
    assertThatThrownBy(() -> DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h"), props("transport", "grpc")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transport");
    assertThatThrownBy(() -> DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h?maxWebSockets=0"), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxWebSockets");
  }

  @Test
  void aUrlParameterWinsOverAProperty() {
    DriverConfig config = DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h?defaultFetchSize=50"),
        props("defaultFetchSize", "10", "requestTimeout", "7"));
    assertThat(config.defaultFetchSize()).isEqualTo(50);
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void theTokenComesFromUrlThenPropertyThenPassword() {
    JdbcUrl withToken = JdbcUrl.parse("jdbc:libsql://h?authToken=from-url");
    JdbcUrl without = JdbcUrl.parse("jdbc:libsql://h");
    assertThat(DriverConfig.from(withToken, props("authToken", "prop", "password", "pw")).authToken())
        .isEqualTo("from-url");
    assertThat(DriverConfig.from(without, props("authToken", "prop", "password", "pw")).authToken())
        .isEqualTo("prop");
    assertThat(DriverConfig.from(without, props("password", "pw")).authToken()).isEqualTo("pw");
  }

  @Test
  void tlsFromPropertiesSelectsHttp() {
    DriverConfig config = DriverConfig.from(JdbcUrl.parse("jdbc:libsql://127.0.0.1:8080"), props("tls", "0"));
    assertThat(config.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
  }

  @Test
  void invalidValuesAreRefused() {
    JdbcUrl url = JdbcUrl.parse("jdbc:libsql://h");
    assertThatThrownBy(() -> DriverConfig.from(url, props("defaultFetchSize", "-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultFetchSize");
    assertThatThrownBy(() -> DriverConfig.from(url, props("dateTimeFormat", "julian")))
        .hasMessageContaining("dateTimeFormat");
  }

  @Test
  void toStringAndClientConfigMaskTheToken() {
    DriverConfig config = DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h"), props("authToken", "s3cr3t-jwt"));
    assertThat(config.toString()).doesNotContain("s3cr3t-jwt");
    assertThat(config.toClientConfig().toString()).doesNotContain("s3cr3t-jwt");
  }

  @Test
  void everyPropertyIsDescribedAndSensitiveOnesAreMasked() {
    for (ConnectionProperty property : ConnectionProperty.values()) {
      assertThat(property.description()).isNotBlank();
      assertThat(property.toDriverPropertyInfo(props(property.propertyName(), "x")).value)
          .isEqualTo(property.isSensitive() ? null : "x");
    }
  }

  @Test
  void replicasTakeThePrimarysSchemeOrTheirOwnAndShareEverythingElse() {
    DriverConfig config = DriverConfig.from(JdbcUrl.parse(
        "jdbc:libsql://p.example:8080?tls=false&replicas=r1.example:8081,%20https://r2.example&replicaWaitMillis=250"),
        props("authToken", "secret", "namespace", "tenant"));
    assertThat(config.replicas()).containsExactly(URI.create("http://r1.example:8081"), URI.create("https://r2.example"));
    assertThat(config.replicaWait()).isEqualTo(Duration.ofMillis(250));
    DriverConfig replica = config.forReplica(config.replicas().get(0));
    assertThat(replica.baseUrl()).isEqualTo(URI.create("http://r1.example:8081"));
    assertThat(replica.replicas()).isEmpty();
    assertThat(replica.authToken()).isEqualTo("secret");
    assertThat(replica.namespace()).isEqualTo("tenant");
    assertThat(config.toString()).contains("replicas=").doesNotContain("secret");
  }

  @Test
  void noReplicasByDefault() {
    DriverConfig config = DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h.example"), null);
    assertThat(config.replicas()).isEmpty();
    assertThat(config.replicaWait()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void anInvalidReplicaIsRejectedWithWhatToWrite() {
    assertThatThrownBy(() -> DriverConfig.from(JdbcUrl.parse("jdbc:libsql://h?replicas=ftp://r:21"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected host:port or an http(s) or ws(s) URL");
  }

  @Test
  void webSocketReplicasNameTheirServersHttpBaseUrlAndTakeThePrimarysTransport() {
    DriverConfig config = DriverConfig.from(JdbcUrl.parse(
        "jdbc:libsql:ws://p.example:8080?replicas=r1.example:8081,wss://r2.example,ws://r3.example:8083/"), null);
    assertThat(config.transport()).isEqualTo(Transport.WS);
    assertThat(config.replicas()).containsExactly(URI.create("http://r1.example:8081"), URI.create("https://r2.example"),
        URI.create("http://r3.example:8083"));
    assertThat(config.forReplica(config.replicas().get(1)).transport()).isEqualTo(Transport.WS);
  }
}
