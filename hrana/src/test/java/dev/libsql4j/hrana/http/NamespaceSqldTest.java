package dev.libsql4j.hrana.http;

import static dev.libsql4j.hrana.http.Requests.close;
import static dev.libsql4j.hrana.http.Requests.error;
import static dev.libsql4j.hrana.http.Requests.execute;
import static dev.libsql4j.hrana.http.Requests.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import dev.libsql4j.testing.SqldExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Namespaces on real sqld, selected with the {@code x-namespace-bin} header. */
class NamespaceSqldTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  @BeforeAll
  static void createNamespaces() {
    SQLD.node().createNamespace("alpha");
    SQLD.node().createNamespace("beta");
  }

  @Test
  void eachNamespaceIsItsOwnDatabase() throws HranaException {
    try (HranaHttpClient alpha = client(SQLD.node().httpUrl(), "alpha");
         HranaHttpClient beta = client(SQLD.node().httpUrl(), "beta")) {
      alpha.openStream().execute(List.of(execute("CREATE TABLE only_in_alpha(a)"),
          execute("INSERT INTO only_in_alpha VALUES (1)"), close()), null);

      List<StreamResult> inAlpha = alpha.openStream().execute(
          List.of(execute("SELECT a FROM only_in_alpha"), close()), null);
      List<StreamResult> inBeta = beta.openStream().execute(
          List.of(execute("SELECT a FROM only_in_alpha"), close()), null);

      assertThat(rows(inAlpha.get(0)).rows()).containsExactly(List.of(Value.of(1)));
      assertThat(error(inBeta.get(0)).message()).contains("no such table");
    }
  }

  @Test
  void anUnknownNamespaceIsNotFound() throws HranaException {
    try (HranaHttpClient client = client(SQLD.node().httpUrl(), "gamma")) {
      // The version probe ignores the namespace, so it does not mistake a 404 for an old server.
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V3);
      assertThatThrownBy(() -> client.openStream().execute(List.of(execute("SELECT 1")), null))
          .isInstanceOfSatisfying(HranaException.class, e -> {
            assertThat(e.kind()).isEqualTo(HranaException.Kind.NOT_FOUND);
            assertThat(e.getMessage()).contains("gamma");
          });
    }
  }

  @Test
  void aPathRoutedNamespaceFallsBackToVersionTwo() throws HranaException {
    // sqld serves /dev/{ns}/v2|v3/pipeline but no /dev/{ns}/v3 probe, so the probe 404s. sqld 0.24.32
    // still picks the namespace from the headers first (else Host 127.0.0.1 selects "127"): send both.
    try (HranaHttpClient client = client(URI.create(SQLD.node().httpUrl() + "/dev/beta/"), "beta")) {
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2);

      List<StreamResult> results = client.openStream().execute(List.of(execute("SELECT 'via path'"), close()), null);

      assertThat(rows(results.get(0)).rows()).containsExactly(List.of(Value.of("via path")));
    }
  }

  private static HranaHttpClient client(URI base, String namespace) {
    return new HranaHttpClient(HranaClientConfig.builder().baseUrl(base).namespace(namespace).build());
  }
}
