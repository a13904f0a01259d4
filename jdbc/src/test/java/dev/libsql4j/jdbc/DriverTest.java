package dev.libsql4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registration, property information and what the driver reports about itself and the server. */
class DriverTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  @Test
  void theDriverIsFoundThroughServiceLoaderAndDriverManager() throws SQLException {
    assertThat(ServiceLoader.load(Driver.class).stream().map(ServiceLoader.Provider::type))
        .contains(LibSqlDriver.class);
    assertThat(DriverManager.getDriver("jdbc:libsql://example.turso.io")).isInstanceOf(LibSqlDriver.class);
    assertThat(new LibSqlDriver().connect("jdbc:sqlite::memory:", null)).isNull();
  }

  @Test
  void propertyInfoListsEveryPropertyWithTheUrlValues() throws SQLException {
    DriverPropertyInfo[] infos = new LibSqlDriver().getPropertyInfo(
        "jdbc:libsql://h?defaultFetchSize=77&authToken=secret", null);
    assertThat(Arrays.stream(infos).map(info -> info.name))
        .contains("authToken", "tls", "namespace", "protocol", "connectTimeout", "requestTimeout",
            "defaultFetchSize", "dateTimeFormat", "transactionMode");
    DriverPropertyInfo fetch = Arrays.stream(infos).filter(i -> i.name.equals("defaultFetchSize")).findFirst().get();
    assertThat(fetch.value).isEqualTo("77");
    DriverPropertyInfo token = Arrays.stream(infos).filter(i -> i.name.equals("authToken")).findFirst().get();
    assertThat(token.value).isNull();
    DriverPropertyInfo protocol = Arrays.stream(infos).filter(i -> i.name.equals("protocol")).findFirst().get();
    assertThat(protocol.choices).containsExactly("auto", "v3", "v2");
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void metadataReportsSqliteWithTheServersVersionQueriedOnce() throws SQLException {
    try (CountingProxy proxy = CountingProxy.start(SQLD.node().httpUrl());
         LibSqlDataSource dataSource = new LibSqlDataSource("jdbc:libsql:" + proxy.url());
         Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      assertThat(meta.getDatabaseProductName()).isEqualTo("SQLite");
      assertThat(meta.getDatabaseProductVersion()).matches("3\\.\\d+\\.\\d+");
      proxy.reset();
      try (Connection other = dataSource.getConnection()) {
        assertThat(other.getMetaData().getDatabaseProductVersion()).isEqualTo(meta.getDatabaseProductVersion());
      }
      assertThat(proxy.requests()).isZero();
      assertThat(meta.getDriverName()).isEqualTo("libsql4j");
      assertThat(meta.getDriverVersion()).isEqualTo(DriverVersion.VERSION).isNotEqualTo("0.0.0");
      assertThat(meta.getJDBCMajorVersion()).isEqualTo(4);
      assertThat(meta.getJDBCMinorVersion()).isEqualTo(3);
      assertThat(meta.supportsTransactions()).isTrue();
      assertThat(meta.supportsBatchUpdates()).isTrue();
      assertThat(meta.supportsGetGeneratedKeys()).isTrue();
      assertThat(meta.supportsSavepoints()).isTrue();
    }
  }

  @Tag(SqldDatabase.HTTP_ONLY)
  @Test
  void isValidIsOneRequestAndAClosedConnectionIsNotValid() throws SQLException {
    try (CountingProxy proxy = CountingProxy.start(SQLD.node().httpUrl());
         LibSqlDataSource dataSource = new LibSqlDataSource("jdbc:libsql:" + proxy.url())) {
      Connection connection = dataSource.getConnection();
      proxy.reset();
      assertThat(connection.isValid(1)).isTrue();
      assertThat(proxy.requests()).isEqualTo(1);
      connection.close();
      assertThat(connection.isClosed()).isTrue();
      assertThat(connection.isValid(1)).isFalse();
    }
  }

  @Test
  void theDataSourceIsSealedOnceInUse() throws SQLException {
    try (LibSqlDataSource dataSource = new LibSqlDataSource("jdbc:libsql:" + SQLD.node().httpUrl())) {
      dataSource.getConnection().close();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> dataSource.setDefaultFetchSize(5))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
