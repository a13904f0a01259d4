package dev.libsql4j.example.invoicing.tenancy;

import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.migration.MigrationReport;
import dev.libsql4j.tenancy.migration.TenantMigration;
import dev.libsql4j.tenancy.migration.TenantMigrator;
import java.util.List;

/** Creates a tenant's database and migrates it (idempotent), or deletes it. */
public class TenantProvisioner {

  private final TenantDataSources dataSources;
  private final TenantMigrator migrator;
  private final TenantMigration migration;

  TenantProvisioner(TenantDataSources dataSources, TenantMigrator migrator, TenantMigration migration) {
    this.dataSources = dataSources;
    this.migrator = migrator;
    this.migration = migration;
  }

  public void create(String tenant) {
    TenantName name = TenantName.of(tenant);
    if (!dataSources.databases().exists(name)) {
      dataSources.create(name);
    }
    MigrationReport report = migrator.migrate(List.of(name), migration);
    if (!report.succeeded()) {
      throw new IllegalStateException("Migrating the database of '" + tenant + "' failed: " + report.summary());
    }
  }

  public void delete(String tenant) {
    dataSources.delete(TenantName.of(tenant));
  }
}
