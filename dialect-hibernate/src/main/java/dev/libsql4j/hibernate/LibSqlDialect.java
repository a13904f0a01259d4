package dev.libsql4j.hibernate;

import dev.libsql4j.jdbc.routing.SqlHints;
import java.sql.Types;
import java.util.List;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.identity.IdentityColumnSupport;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.exception.spi.ViolatedConstraintNameExtractor;
import org.hibernate.mapping.Table;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.entity.mutation.EntityMutationTarget;
import org.hibernate.query.sqm.mutation.internal.inline.InlineMutationStrategy;
import org.hibernate.query.sqm.mutation.spi.SqmMultiTableMutationStrategy;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.sql.model.MutationOperation;
import org.hibernate.sql.model.internal.OptionalTableUpdate;
import org.hibernate.tool.schema.spi.Exporter;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * The Hibernate ORM dialect for libSQL / Turso over the libsql4j JDBC driver ({@code jdbc:libsql:}).
 *
 * <p>It is Hibernate's community {@link SQLiteDialect} (functions, date arithmetic, pagination, DDL
 * types) with what a remote, stateless libSQL server needs instead of a local file:
 * <ul>
 *   <li>identities come back with the insert (generated keys from the same response, or
 *       {@code INSERT … RETURNING}), never from a separate {@code select last_insert_rowid()};</li>
 *   <li>pessimistic locks are honoured by the driver's {@code BEGIN IMMEDIATE} transaction or refused
 *       with an exception, never ignored ({@link WriteTransactionLocking});</li>
 *   <li>constraint errors become {@code ConstraintViolationException}s of the right kind;</li>
 *   <li>multi-table bulk mutations select the ids inline instead of using helper tables;</li>
 *   <li>features follow the server's {@code sqlite_version()} ({@link SqliteFeatures});</li>
 *   <li>the query hint {@link LibSqlHints#PRIMARY} reads that query from the primary when the data
 *       source has replicas.</li>
 * </ul>
 *
 * <p>Hibernate picks it by itself for {@code jdbc:libsql:} connections ({@link LibSqlDialectResolver});
 * to name it, set {@code hibernate.dialect=dev.libsql4j.hibernate.LibSqlDialect} (or {@code libsql}).
 * See the module's README for type storage, DDL and locking.
 */
public class LibSqlDialect extends SQLiteDialect {

  /** The SQLite that libSQL (and sqld 0.24) is built on; assumed when no server was asked. */
  static final DatabaseVersion DEFAULT_VERSION = DatabaseVersion.make(3, 45, 1);

  private final SqliteFeatures features;
  private final InlineForeignKeyTableExporter tableExporter = new InlineForeignKeyTableExporter(this);

  /** A dialect for a libSQL server of {@link #DEFAULT_VERSION}. */
  public LibSqlDialect() {
    this(DEFAULT_VERSION);
  }

  /** A dialect for a server running the given SQLite version. */
  public LibSqlDialect(DatabaseVersion version) {
    super(version);
    this.features = new SqliteFeatures(version);
  }

  /** A dialect for the server behind {@code info} (Hibernate's constructor for resolved dialects). */
  public LibSqlDialect(DialectResolutionInfo info) {
    this(ServerVersion.of(info, DEFAULT_VERSION));
    registerKeywords(info);
  }

  // ------------------------------------------------------------------ generated values

  /** What the server's SQLite can do (e.g. for {@link OneRequestTableIds}). */
  SqliteFeatures features() {
    return features;
  }

  /** The driver returns generated keys from the insert's own response (0 extra requests). */
  @Override
  public boolean getDefaultUseGetGeneratedKeys() {
    return true;
  }

  @Override
  public boolean supportsInsertReturning() {
    return features.returning();
  }

  /** Keys by column name: the driver appends {@code RETURNING "col"} to the insert. */
  @Override
  public boolean supportsInsertReturningGeneratedKeys() {
    return features.returning();
  }

  @Override
  public IdentityColumnSupport getIdentityColumnSupport() {
    return LibSqlIdentityColumnSupport.LIBSQL_INSTANCE;
  }

  // ------------------------------------------------------------------ types

  @Override
  public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
    super.contributeTypes(typeContributions, serviceRegistry);
    JdbcTypeRegistry jdbcTypes = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
    jdbcTypes.addDescriptor(new LosslessDecimalJdbcType(Types.DECIMAL));
    jdbcTypes.addDescriptor(new LosslessDecimalJdbcType(Types.NUMERIC));
  }

  // ------------------------------------------------------------------ DDL

  /** Foreign keys are declared inside {@code CREATE TABLE}: SQLite cannot add them later. */
  @Override
  public Exporter<Table> getTableExporter() {
    return tableExporter;
  }

  // ------------------------------------------------------------------ locking

  @Override
  public LockingSupport getLockingSupport() {
    return WriteTransactionLocking.INSTANCE;
  }

  // ------------------------------------------------------------------ errors

  @Override
  public SQLExceptionConversionDelegate buildSQLExceptionConversionDelegate() {
    SQLExceptionConversionDelegate sqlite = super.buildSQLExceptionConversionDelegate();
    return (sqlException, message, sql) -> {
      var constraint = ConstraintViolations.INSTANCE.convert(sqlException, message, sql);
      return constraint != null ? constraint : sqlite.convert(sqlException, message, sql);
    };
  }

  @Override
  public ViolatedConstraintNameExtractor getViolatedConstraintNameExtractor() {
    return ConstraintViolations.INSTANCE;
  }

  // ------------------------------------------------------------------ queries

  /**
   * Bulk {@code update}/{@code delete} on entities spread over several tables (joined
   * inheritance) selects the matching ids, then changes each table with an {@code in} list:
   * no helper tables in the schema, and no temporary tables, which would not survive between
   * the stateless server connections of autocommit statements.
   */
  @Override
  public SqmMultiTableMutationStrategy getFallbackSqmMutationStrategy(
      EntityMappingType entityDescriptor, RuntimeModelCreationContext runtimeModelCreationContext) {
    return new InlineMutationStrategy(this);
  }

  /** SQLite's integers are all 64-bit: an {@code integer} identity column holds a {@code Long}. */
  @Override
  public boolean equivalentTypes(int typeCode1, int typeCode2) {
    return super.equivalentTypes(typeCode1, typeCode2) || isIntegral(typeCode1) && isIntegral(typeCode2);
  }

  private static boolean isIntegral(int typeCode) {
    return typeCode == Types.TINYINT || typeCode == Types.SMALLINT || typeCode == Types.INTEGER
        || typeCode == Types.BIGINT;
  }

  @Override
  public boolean supportsWindowFunctions() {
    return features.windowFunctions();
  }

  @Override
  public boolean supportsNullPrecedence() {
    return features.nullsOrdering();
  }

  @Override
  public boolean supportsFilterClause() {
    return features.aggregateFilter();
  }

  /**
   * {@code StatelessSession.upsert} as one SQLite UPSERT statement ({@link SqliteUpsertTranslator});
   * with a {@code @Version} column (or on SQLite before 3.24) Hibernate's update-then-insert.
   */
  @Override
  public MutationOperation createOptionalTableUpdateOperation(EntityMutationTarget target,
      OptionalTableUpdate upsert, SessionFactoryImplementor factory) {
    if (features.upsert() && upsert.getNumberOfOptimisticLockBindings() == 0) {
      return new SqliteUpsertTranslator(factory, upsert).createMergeOperation(upsert);
    }
    return super.createOptionalTableUpdateOperation(target, upsert, factory);
  }

  // ------------------------------------------------------------------ routing

  /**
   * The database hint {@link LibSqlHints#PRIMARY} becomes the comment the driver routes to the
   * primary by, in front of the query; other hints are ignored (SQLite has none).
   */
  @Override
  public String getQueryHintString(String query, List<String> hints) {
    return hints.contains(LibSqlHints.PRIMARY) ? SqlHints.onPrimary(query) : query;
  }
}
