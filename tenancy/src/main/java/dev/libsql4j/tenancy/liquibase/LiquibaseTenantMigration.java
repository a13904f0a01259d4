package dev.libsql4j.tenancy.liquibase;

import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.migration.TenantMigration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LockException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Liquibase changelog as a {@link TenantMigration}: {@code update} on each tenant's connection.
 * Liquibase's own {@code DATABASECHANGELOG} table in every tenant keeps each run idempotent; the
 * {@link #id()} (changelog path plus a hash of its text) keys the migrator's journal, so editing the
 * changelog makes the next run visit every tenant again.
 *
 * <p>Liquibase picks its {@code Database} from the connection's metadata: the libSQL driver reports
 * {@code SQLite}, so Liquibase's SQLite support applies (and the libSQL-specific {@code Database} of
 * {@code libsql4j-migrations-liquibase}, when it is on the class path and claims the connection).
 * The per-tenant "update summary" goes to the log instead of the console, where the migrator's
 * progress bar is.
 *
 * <p>Each tenant's connection must report a JDBC URL of its own ({@code DatabaseMetaData.getURL()}):
 * Liquibase remembers, per URL and changelog, that a database is up to date (its
 * {@code FastCheckService}), and would skip a fresh tenant that shares the URL of one already migrated.
 * {@link dev.libsql4j.tenancy.SqldAdminTenantDatabases} puts the namespace into the URL for this; Turso
 * databases have hosts of their own.
 */
public final class LiquibaseTenantMigration implements TenantMigration {

  private static final Logger LOG = LoggerFactory.getLogger(LiquibaseTenantMigration.class);

  private final String changelog;
  private final ResourceAccessor resources;
  private final String contexts;
  private final String id;

  /** The changelog at {@code changelogPath} on the context class loader's class path. */
  public LiquibaseTenantMigration(String changelogPath) {
    this(changelogPath, new ClassLoaderResourceAccessor(), null);
  }

  /**
   * The changelog at {@code changelogPath} read through {@code resources}, run with
   * {@code contextsOrNull} (Liquibase context expression).
   */
  public LiquibaseTenantMigration(String changelogPath, ResourceAccessor resources, String contextsOrNull) {
    this.changelog = Objects.requireNonNull(changelogPath, "changelogPath");
    this.resources = Objects.requireNonNull(resources, "resources");
    this.contexts = contextsOrNull;
    this.id = "liquibase:" + changelogPath + "@" + hashOf(changelogPath, resources)
        + (contextsOrNull == null ? "" : "[" + contextsOrNull + "]");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void migrate(TenantName tenant, Connection connection) throws Exception {
    Database database = DatabaseFactory.getInstance()
        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    try {
      Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(), new LoggerUIService()),
          () -> {
            CommandScope update = new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF);
            if (contexts != null) {
              update.addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, contexts);
            }
            update.execute();
          });
    } catch (Exception failure) {
      if (!causedBy(failure, LockException.class)) {
        try {
          releaseOurLock(database, connection);
        } catch (SQLException releaseFailure) {
          failure.addSuppressed(releaseFailure);   // no lock table yet, or the server is gone: keep the real cause
        }
      }
      throw failure;
    }
    // Also after a successful update: seen under heavy load with four tenants, a lock left held although
    // the update succeeded made the next changelog's run on that tenant wait five minutes and fail.
    if (releaseOurLock(database, connection)) {
      // Debug, not warn: it is routine (a third of 1,000 tenants), handled here, and nothing to act on.
      LOG.debug("Liquibase left the changelog lock of tenant {} held after its update; released it", tenant);
    }
    // The connection goes back to the caller's pool: Database.close() would close it for good.
  }

  /**
   * Frees the changelog lock this run took, if it is still held. Liquibase releases it in a
   * {@code finally} but only logs when that release itself fails (seen here under heavy load), and a
   * lock left behind would make the next run wait out Liquibase's five-minute lock timeout. The lock
   * can only be ours: had another process held it, the update would have failed with a
   * {@link LockException}, and this is not called for those. Costs one request.
   *
   * @return whether the lock was still held
   */
  private static boolean releaseOurLock(Database database, Connection connection) throws SQLException {
    String lockTable = database.escapeTableName(database.getLiquibaseCatalogName(),
        database.getLiquibaseSchemaName(), database.getDatabaseChangeLogLockTableName());
    if (!connection.getAutoCommit()) {
      connection.rollback();
    }
    int released;
    try (Statement release = connection.createStatement()) {
      released = release.executeUpdate("UPDATE " + lockTable
          + " SET LOCKED = 0, LOCKGRANTED = NULL, LOCKEDBY = NULL WHERE ID = 1 AND LOCKED <> 0");
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    return released > 0;
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The first 12 hex digits of the SHA-256 of the root changelog's text. */
  private static String hashOf(String path, ResourceAccessor resources) {
    try (InputStream in = resources.getExisting(path).openInputStream()) {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the changelog " + path + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "LiquibaseTenantMigration[" + id + "]";
  }
}
