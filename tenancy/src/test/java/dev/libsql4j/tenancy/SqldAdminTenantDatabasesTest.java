package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Provisioning tenant databases as namespaces of a real sqld, through its admin API. */
class SqldAdminTenantDatabasesTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private SqldAdminTenantDatabases tenants;

  @BeforeEach
  void provisioner() {
    tenants = Tenants.of(SQLD.node());
  }

  @AfterEach
  void close() {
    tenants.close();
  }

  @Test
  void createdTenantExistsIsListedAndTakesSql() throws SQLException {
    TenantName acme = TenantName.of("admin-acme");
    tenants.create(acme);

    assertThat(tenants.exists(acme)).isTrue();
    assertThat(tenants.list()).contains(acme);
    try (var dataSource = tenants.connection(acme).newDataSource();
         Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t(x)");
      assertThat(statement.executeUpdate("INSERT INTO t VALUES (1), (2)")).isEqualTo(2);
    }
  }

  @Test
  void listIsSortedAndHoldsOnlyTenantsNotTheCatalog() {
    tenants.create(TenantName.of("list-b"));
    tenants.create(TenantName.of("list-a"));

    assertThat(tenants.list()).containsSubsequence(TenantName.of("list-a"), TenantName.of("list-b"))
        .isSorted()
        .doesNotContain(TenantName.of(SqldAdminTenantDatabases.DEFAULT_CATALOG));
  }

  @Test
  void creatingAnExistingTenantIsTenantExists() {
    TenantName twice = TenantName.of("admin-twice");
    tenants.create(twice);

    assertThatThrownBy(() -> tenants.create(twice))
        .isInstanceOf(TenantExistsException.class)
        .hasMessageContaining("'admin-twice' already has a database");
  }

  @Test
  void deletedTenantIsGoneFromServerAndList() {
    TenantName gone = TenantName.of("admin-gone");
    tenants.create(gone);

    tenants.delete(gone);

    assertThat(tenants.exists(gone)).isFalse();
    assertThat(tenants.list()).doesNotContain(gone);
  }

  @Test
  void deletingAMissingTenantIsTenantNotFound() {
    assertThatThrownBy(() -> tenants.delete(TenantName.of("admin-never")))
        .isInstanceOf(TenantNotFoundException.class)
        .hasMessageContaining("Tenant 'admin-never' not found");
  }

  @Test
  void statementOnADeletedTenantFailsWith08004() throws SQLException {
    TenantName gone = TenantName.of("admin-deleted-under-us");
    tenants.create(gone);
    try (var dataSource = tenants.connection(gone).newDataSource()) {
      tenants.delete(gone);
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        assertThatThrownBy(() -> statement.execute("SELECT 1"))
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08004"))
            .hasMessageContaining("admin-deleted-under-us");
      }
    }
  }

  @Test
  void theCatalogNamespaceCannotBeATenant() {
    TenantName catalog = TenantName.of(SqldAdminTenantDatabases.DEFAULT_CATALOG);
    assertThatThrownBy(() -> tenants.create(catalog))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("namespace of the tenant catalog");
  }

  @Test
  void anAdminServerThatFailsIsReportedWithItsAnswer() {
    try (SqldAdminTenantDatabases wrongPort = SqldAdminTenantDatabases
        .builder(SQLD.node().httpUrl(), SQLD.node().httpUrl()).build()) {
      // The Hrana port does not serve /v1/namespaces/{ns}/create.
      assertThatThrownBy(() -> wrongPort.create(TenantName.of("admin-wrong-port")))
          .isInstanceOf(TenantDatabasesException.class)
          .hasMessageContaining("failed: HTTP");
    }
  }
}
