package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.testing.SqldExtension;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tenants reached through a URL template, on a real sqld whose namespaces were made elsewhere. */
class UrlTemplateTenantDatabasesTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private UrlTemplateTenantDatabases.Builder template() {
    return UrlTemplateTenantDatabases.builder("jdbc:libsql:" + SQLD.node().httpUrl() + "?namespace={tenant}");
  }

  @Test
  void eachTenantsConnectionsReachItsOwnDatabase() throws SQLException {
    SQLD.node().createNamespace("tpl-red");
    SQLD.node().createNamespace("tpl-blue");
    try (TenantDataSources tenants = TenantDataSources.builder(template().build()).build()) {
      Tenants.execute(tenants, TenantName.of("tpl-red"), "CREATE TABLE only_red (x)");

      assertThat(Tenants.queryLong(tenants, TenantName.of("tpl-red"),
          "SELECT count(*) FROM sqlite_master WHERE name = 'only_red'")).isEqualTo(1);
      assertThat(Tenants.queryLong(tenants, TenantName.of("tpl-blue"),
          "SELECT count(*) FROM sqlite_master WHERE name = 'only_red'")).isZero();
    }
  }

  @Test
  void existsAsksTheDatabase() {
    SQLD.node().createNamespace("tpl-there");
    UrlTemplateTenantDatabases databases = template().build();
    assertThat(databases.exists(TenantName.of("tpl-there"))).isTrue();
    assertThat(databases.exists(TenantName.of("tpl-never-made"))).isFalse();
  }

  @Test
  void itDoesNotProvisionAndSaysWhatDoes() {
    UrlTemplateTenantDatabases databases = template().build();
    assertThatThrownBy(() -> databases.create(TenantName.of("tpl-new")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("Cannot create tenant 'tpl-new'")
        .hasMessageContaining("SqldAdminTenantDatabases");
    assertThatThrownBy(() -> databases.delete(TenantName.of("tpl-new")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(databases::list).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("tenants(...)");
  }

  @Test
  void listIsWhatTheSupplierSaysSorted() {
    UrlTemplateTenantDatabases databases = template()
        .tenants(() -> List.of(TenantName.of("b"), TenantName.of("a"))).build();
    assertThat(databases.list()).containsExactly(TenantName.of("a"), TenantName.of("b"));
  }

  @Test
  void aTemplateWithoutThePlaceholderIsRefused() {
    assertThatThrownBy(() -> UrlTemplateTenantDatabases.builder("jdbc:libsql://my-db.turso.io"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no {tenant} placeholder");
  }

  @Test
  void theTokenGoesToTheConnectionNotTheUrl() {
    TenantConnection connection = UrlTemplateTenantDatabases.builder("jdbc:libsql://{tenant}-org.turso.io")
        .authToken("secret-token").build().connection(TenantName.of("acme"));
    assertThat(connection.jdbcUrl()).isEqualTo("jdbc:libsql://acme-org.turso.io");
    assertThat(connection.authToken()).isEqualTo("secret-token");
    assertThat(connection.toString()).doesNotContain("secret-token");
  }
}
