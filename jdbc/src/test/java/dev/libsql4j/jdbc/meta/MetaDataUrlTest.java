package dev.libsql4j.jdbc.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code getURL} names the database but never returns the token it was opened with. */
class MetaDataUrlTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  @Test
  void urlHasNoToken() throws Exception {
    String token = SQLD.jwt().fullAccessToken();
    String url = "jdbc:libsql:" + SQLD.node().httpUrl() + "?authToken=" + token + "&requestTimeout=30";
    try (Connection connection = DriverManager.getConnection(url)) {
      String reported = connection.getMetaData().getURL();
      // the parameter is gone (not masked), the others stay
      assertThat(reported).isEqualTo("jdbc:libsql:" + SQLD.node().httpUrl() + "?requestTimeout=30");
      // and the metadata queries pass the server's auth like any statement
      try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", null)) {
        assertThat(tables.next()).isTrue();
      }
    }
  }
}
