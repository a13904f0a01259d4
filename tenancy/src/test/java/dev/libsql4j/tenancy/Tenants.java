package dev.libsql4j.tenancy;

import dev.libsql4j.testing.SqldNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;

/** Test helpers: tenant names, a provisioner for a namespaced sqld, one-line SQL. */
public final class Tenants {

  private Tenants() {
  }

  /** {@code prefix-0 … prefix-(count-1)}. */
  public static List<TenantName> named(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> TenantName.of(prefix + "-" + i)).toList();
  }

  /** The admin-API provisioner of {@code node} (started with namespaces). */
  public static SqldAdminTenantDatabases of(SqldNode node) {
    return SqldAdminTenantDatabases.builder(node.httpUrl(), node.adminUrl()).build();
  }

  /** Runs {@code sql} on a connection of the tenant. */
  public static void execute(TenantDataSources dataSources, TenantName tenant, String sql) throws SQLException {
    try (Connection connection = dataSources.getConnection(tenant);
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The single long value {@code sql} returns on the tenant. */
  public static long queryLong(TenantDataSources dataSources, TenantName tenant, String sql) throws SQLException {
    try (Connection connection = dataSources.getConnection(tenant);
         Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
