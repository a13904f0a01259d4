package dev.libsql4j.hibernate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.hibernate.HibernateException;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.boot.model.relational.QualifiedNameParser;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.config.spi.StandardConverters;
import org.hibernate.engine.jdbc.internal.FormatStyle;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.GeneratorCreationContext;
import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.PersistentIdentifierGenerator;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.Optimizer;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.jdbc.AbstractReturningWork;

/**
 * Hibernate's {@link TableGenerator} (same table, columns, segment, initial value, increment,
 * optimizer and {@code hibernate.id.generator.stored_last_used}) with each block of ids fetched in
 * ONE request: an autocommit {@code UPDATE … SET v = v + ? WHERE segment = ? RETURNING v} on a
 * connection of its own, atomic in SQLite, instead of Hibernate's select + update + commit
 * transaction (3 requests over HTTP).
 *
 * <p>The stock generator stays the owner of the mapping: it is configured by Hibernate as usual and
 * exports the table and its first row; this class only replaces how a block is fetched. When the
 * segment's row does not exist yet it is inserted with the value the stock generator would leave
 * (a second request, once per segment); a concurrent insert of the same row makes it retry the
 * update. Installed by {@link OneRequestTableIds} when the server has {@code RETURNING}.
 */
final class OneRequestTableGenerator implements PersistentIdentifierGenerator {

  private final TableGenerator stock;
  private final boolean storeLastUsedValue;
  private final String updateSql;
  private final String insertSql;

  /**
   * Wraps {@code stock}, which Hibernate has configured from the entity's mapping and which has
   * already registered its table (and the row's init command) with the schema.
   */
  OneRequestTableGenerator(TableGenerator stock, GeneratorCreationContext creationContext) {
    this.stock = stock;
    this.storeLastUsedValue = creationContext.getServiceRegistry().requireService(ConfigurationService.class)
        .getSetting(MappingSettings.TABLE_GENERATOR_STORE_LAST_USED, StandardConverters.BOOLEAN, true);
    String table = creationContext.getSqlStringGenerationContext().format(physicalTableName(creationContext));
    String value = stock.getValueColumnName();
    String segment = stock.getSegmentColumnName();
    this.updateSql = "update " + table + " set " + value + " = " + value + " + ? where " + segment + " = ? returning "
        + value;
    this.insertSql = "insert into " + table + " (" + segment + ", " + value + ") values (?, ?)";
  }

  /** The name (after the physical naming strategy) of the table the stock generator registered. */
  private QualifiedName physicalTableName(GeneratorCreationContext creationContext) {
    QualifiedName logical = QualifiedNameParser.INSTANCE.parse(stock.getTableName());
    Database database = creationContext.getDatabase();
    return database.locateNamespace(logical.getCatalogName(), logical.getSchemaName())
        .locateTable(logical.getObjectName()).getQualifiedTableName();
  }

  @Override
  public Optimizer getOptimizer() {
    return stock.getOptimizer();
  }

  @Override
  public Object generate(SharedSessionContractImplementor session, Object object) {
    return getOptimizer().generate(new AccessCallback() {
      @Override
      public IntegralDataTypeHolder getNextValue() {
        // not transacted: the one statement is its own (autocommit) transaction
        return session.getTransactionCoordinator().createIsolationDelegate().delegateWork(new BlockFetch(session),
            false);
      }

      @Override
      public String getTenantIdentifier() {
        return session.getTenantIdentifier();
      }
    });
  }

  /** Fetches one block on the isolated connection: the value the stock generator would return. */
  private final class BlockFetch extends AbstractReturningWork<IntegralDataTypeHolder> {

    private final SharedSessionContractImplementor session;

    BlockFetch(SharedSessionContractImplementor session) {
      this.session = session;
    }

    @Override
    public IntegralDataTypeHolder execute(Connection connection) throws SQLException {
      // the stock generator adds the increment (pooled, pooled-lo) or 1 (none, hilo) to the table
      long step = getOptimizer().applyIncrementSizeToSourceValues() ? stock.getIncrementSize() : 1;
      long previous;
      while (true) {
        Long updated = addToRow(connection, step);
        if (updated != null) {
          previous = updated - step;
          break;
        }
        long initial = storeLastUsedValue ? stock.getInitialValue() - 1L : stock.getInitialValue();
        if (insertRow(connection, initial + step)) {
          previous = initial;
          break;
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit(); // a pool that hands out connections without autocommit
      }
      IntegralDataTypeHolder value = IdentifierGeneratorHelper.getIntegralDataTypeHolder(
          stock.getIdentifierType().getReturnedClass());
      value.initialize(previous);
      return storeLastUsedValue ? value.increment() : value;
    }

    /** The segment's new value, or null when the segment has no row. */
    private Long addToRow(Connection connection, long step) throws SQLException {
      try (PreparedStatement update = prepare(connection, updateSql)) {
        update.setLong(1, step);
        update.setString(2, stock.getSegmentValue());
        try (ResultSet row = update.executeQuery()) {
          if (!row.next()) {
            return null;
          }
          long value = row.getLong(1);
          if (row.wasNull()) {
            throw new HibernateException(String.format("%s for %s '%s' is null", stock.getValueColumnName(),
                stock.getSegmentColumnName(), stock.getSegmentValue()));
          }
          return value;
        }
      }
    }

    /** Inserts the segment's row; false when another session inserted it first. */
    private boolean insertRow(Connection connection, long value) throws SQLException {
      try (PreparedStatement insert = prepare(connection, insertSql)) {
        insert.setString(1, stock.getSegmentValue());
        insert.setLong(2, value);
        insert.executeUpdate();
        return true;
      } catch (SQLIntegrityConstraintViolationException concurrentInsert) {
        return false;
      }
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
      session.getFactory().getJdbcServices().getSqlStatementLogger().logStatement(sql,
          FormatStyle.BASIC.getFormatter());
      return connection.prepareStatement(sql);
    }
  }
}
