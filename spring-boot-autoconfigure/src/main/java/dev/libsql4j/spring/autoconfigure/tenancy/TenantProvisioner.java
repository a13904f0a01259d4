package dev.libsql4j.spring.autoconfigure.tenancy;

import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantDatabasesException;
import dev.libsql4j.tenancy.TenantExistsException;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.TenantNotFoundException;
import dev.libsql4j.tenancy.migration.PrimaryMigration;
import dev.libsql4j.tenancy.migration.TenantMigration;
import java.util.List;

/**
 * Sign-up and deletion of tenants in one call each: {@link #create} makes the tenant's database and
 * migrates it, {@link #delete} drops it and closes its pool.
 *
 * <pre>{@code
 * @PostMapping("/tenants/{name}") void signUp(@PathVariable String name) { provisioner.create(name); }
 * }</pre>
 */
public class TenantProvisioner {

  private final TenantDataSources tenants;
  private final TenantMigration migration;
  private final boolean migratesOnFirstUse;

  /**
   * @param tenants the tenant pools (and their provisioner)
   * @param migrationOrNull the migration every new tenant gets, or null for none
   * @param migratesOnFirstUse whether {@code tenants} migrates on first use (lazy), so that touching
   *     the new tenant is enough
   */
  public TenantProvisioner(TenantDataSources tenants, TenantMigration migrationOrNull, boolean migratesOnFirstUse) {
    this.tenants = tenants;
    this.migration = migrationOrNull;
    this.migratesOnFirstUse = migratesOnFirstUse;
  }

  /**
   * Creates the tenant's database unless it exists, then migrates it (when a migration is
   * configured). Idempotent: calling it again for an existing tenant only brings its schema up to
   * date.
   *
   * @return the validated name
   * @throws IllegalArgumentException when the name breaks the {@link TenantName} rule
   * @throws TenantDatabasesException when the server refuses, or the migration fails (the database
   *     then exists; calling {@code create} again after the fix finishes it)
   */
  public TenantName create(String tenant) {
    TenantName name = TenantName.of(tenant);
    try {
      tenants.create(name);
    } catch (TenantExistsException alreadyThere) {
      // Idempotent by contract: an existing tenant is brought up to date below.
    }
    if (migration != null) {
      migrate(name);
    }
    return name;
  }

  /**
   * Drops the tenant's database and closes its pool; its later use fails with "tenant not found".
   *
   * @throws TenantNotFoundException when there is no such tenant
   */
  public void delete(String tenant) {
    tenants.delete(TenantName.of(tenant));
  }

  /** Whether the tenant's database exists (one admin request). */
  public boolean exists(String tenant) {
    return tenants.databases().exists(TenantName.of(tenant));
  }

  /** Every tenant the provisioner knows, sorted by name. */
  public List<TenantName> list() {
    return tenants.databases().list();
  }

  private void migrate(TenantName name) {
    try {
      tenants.withConnection(name, connection -> {
        if (!migratesOnFirstUse) {   // else taking the connection has just migrated it
          PrimaryMigration.migrate(migration, name, connection);
        }
        return null;
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TenantDatabasesException("Migrating new tenant '" + name + "' was interrupted", e);
    } catch (Exception e) {
      throw new TenantDatabasesException("Tenant '" + name + "' was created but its migration (" + migration.id()
          + ") failed: " + e.getMessage() + "; create it again after the fix to finish", e);
    }
  }
}
