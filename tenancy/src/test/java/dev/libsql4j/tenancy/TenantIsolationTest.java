package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A tenant's connection sees its own database only. */
class TenantIsolationTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private static final TenantName RED = TenantName.of("iso-red");
  private static final TenantName BLUE = TenantName.of("iso-blue");
  private static SqldAdminTenantDatabases databases;
  private static TenantDataSources dataSources;

  @BeforeAll
  static void twoTenantsWithTheSameSchema() throws SQLException {
    databases = Tenants.of(SQLD.node());
    dataSources = TenantDataSources.builder(databases).maxPools(1).build();
    for (TenantName tenant : List.of(RED, BLUE)) {
      dataSources.create(tenant);
      Tenants.execute(dataSources, tenant, "CREATE TABLE secret(owner TEXT)");
      Tenants.execute(dataSources, tenant, "INSERT INTO secret VALUES ('" + tenant + "')");
    }
    Tenants.execute(dataSources, RED, "CREATE TABLE only_red(x)");
  }

  @AfterAll
  static void close() {
    dataSources.close();
    databases.close();
  }

  @Test
  void eachTenantReadsOnlyItsOwnRows() throws SQLException {
    // maxPools(1): the two tenants take turns in one pool slot, so a reused pool would show here.
    for (int round = 0; round < 3; round++) {
      assertThat(owners(RED)).containsExactly("iso-red");
      assertThat(owners(BLUE)).containsExactly("iso-blue");
    }
  }

  @Test
  void anotherTenantsTableDoesNotExistForMe() throws SQLException {
    try (Connection connection = dataSources.getConnection(BLUE); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM only_red"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("no such table: only_red");
    }
  }

  @Test
  void attachingAnotherTenantsDatabaseIsRefused() throws SQLException {
    // sqld's namespaces default to allow_attach=false.
    try (Connection connection = dataSources.getConnection(BLUE); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("ATTACH DATABASE 'iso-red' AS red"))
          .isInstanceOf(SQLException.class);
    }
    assertThat(owners(BLUE)).containsExactly("iso-blue");
  }

  private static List<String> owners(TenantName tenant) throws SQLException {
    List<String> owners = new ArrayList<>();
    try (Connection connection = dataSources.getConnection(tenant);
         Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT owner FROM secret")) {
      while (rows.next()) {
        owners.add(rows.getString(1));
      }
    }
    return owners;
  }
}
