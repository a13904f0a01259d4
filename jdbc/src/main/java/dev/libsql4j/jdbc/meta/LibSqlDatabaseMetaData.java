package dev.libsql4j.jdbc.meta;

import dev.libsql4j.jdbc.DriverVersion;
import dev.libsql4j.jdbc.LibSqlConnection;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@link DatabaseMetaData} of a libSQL connection, answering as sqlite-jdbc 3.54.1.0 does, so
 * that tools tested against sqlite-jdbc (Hibernate, Liquibase, jOOQ, Flyway) see the same labels,
 * orders, type names and values.
 *
 * <p>Catalog calls are answered with SQL sent over the connection: one request per call, joining
 * {@code sqlite_schema} with SQLite's pragma table-valued functions ({@code pragma_table_xinfo},
 * {@code pragma_foreign_key_list}, {@code pragma_index_list}, {@code pragma_index_xinfo}); calls
 * whose answer is fixed (type info, table types, the empty results for procedures, functions,
 * UDTs, privileges…) send nothing. The product version is the server's {@code sqlite_version()},
 * asked once per database.
 *
 * <p>Deliberate differences from sqlite-jdbc, each with its reason, are listed in
 * {@code docs/jdbc-compatibility.md}: this is a remote driver (its own name, URL with the auth
 * token masked, no local files), calls sqlite-jdbc refuses are answered, and several sqlite-jdbc
 * bugs are not reproduced (cross references, index order and sort direction, {@code unique} index
 * filter, exported keys, deferrability, constraint names, {@code DECIMAL} sizes, system tables).
 */
public class LibSqlDatabaseMetaData extends SqliteFacts {

  private final LibSqlConnection connection;

  /** Metadata of {@code connection}; nothing is sent until a call needs the server. */
  public LibSqlDatabaseMetaData(LibSqlConnection connection) {
    this.connection = connection;
  }

  // ------------------------------------------------------------------ the server and the driver

  @Override
  public Connection getConnection() {
    return connection;
  }

  @Override
  public String getDatabaseProductName() {
    return "SQLite";
  }

  /** The server's {@code sqlite_version()}, e.g. {@code 3.45.1}. */
  @Override
  public String getDatabaseProductVersion() throws SQLException {
    return sqliteVersion().text();
  }

  @Override
  public int getDatabaseMajorVersion() throws SQLException {
    return sqliteVersion().major();
  }

  @Override
  public int getDatabaseMinorVersion() throws SQLException {
    return sqliteVersion().minor();
  }

  @Override
  public String getDriverName() {
    return "libsql4j";
  }

  @Override
  public String getDriverVersion() {
    return DriverVersion.VERSION;
  }

  @Override
  public int getDriverMajorVersion() {
    return DriverVersion.MAJOR;
  }

  @Override
  public int getDriverMinorVersion() {
    return DriverVersion.MINOR;
  }

  @Override
  public int getJDBCMajorVersion() {
    return 4;
  }

  /** 4.3, the version this driver implements (sqlite-jdbc says 4.2). */
  @Override
  public int getJDBCMinorVersion() {
    return 3;
  }

  /** The connection's JDBC URL with the auth token masked: a token is never returned. */
  @Override
  public String getURL() {
    return connection.url();
  }

  /** Null: libSQL authenticates with tokens, not user names (sqlite-jdbc also says null). */
  @Override
  public String getUserName() {
    return null;
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    return connection.isReadOnly();
  }

  /** False: the database lives on a server (sqlite-jdbc, a file driver, says true). */
  @Override
  public boolean usesLocalFiles() {
    return false;
  }

  @Override
  public boolean usesLocalFilePerTable() {
    return false;
  }

  // ------------------------------------------------------------------ catalog queries

  @Override
  public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern,
      String[] types) throws SQLException {
    return new TableCatalog(connection).tables(tableNamePattern, types);
  }

  @Override
  public ResultSet getTableTypes() {
    return TableCatalog.tableTypes();
  }

  @Override
  public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
      String columnNamePattern) throws SQLException {
    return new ColumnCatalog(connection).columns(tableNamePattern, columnNamePattern);
  }

  @Override
  public ResultSet getPrimaryKeys(String catalog, String schema, String table)
      throws SQLException {
    return new PrimaryKeyCatalog(connection).primaryKeys(table);
  }

  @Override
  public ResultSet getImportedKeys(String catalog, String schema, String table)
      throws SQLException {
    return new ForeignKeyCatalog(connection).importedKeys(catalog, schema, table);
  }

  @Override
  public ResultSet getExportedKeys(String catalog, String schema, String table)
      throws SQLException {
    return new ForeignKeyCatalog(connection).exportedKeys(catalog, schema, table);
  }

  /**
   * The foreign keys of {@code foreignTable} that reference {@code parentTable}; a null table
   * stands for any. sqlite-jdbc returns no rows when both tables are given.
   */
  @Override
  public ResultSet getCrossReference(String parentCatalog, String parentSchema,
      String parentTable, String foreignCatalog, String foreignSchema, String foreignTable)
      throws SQLException {
    return new ForeignKeyCatalog(connection)
        .crossReference(parentCatalog, parentSchema, parentTable, foreignTable);
  }

  @Override
  public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique,
      boolean approximate) throws SQLException {
    return new IndexCatalog(connection).indexInfo(table, unique);
  }

  @Override
  public ResultSet getTypeInfo() {
    return TypeInfo.all();
  }

  // ------------------------------------------------------------------ always empty results

  /** Empty: SQLite has no schemas in the JDBC sense (attached databases are not listed). */
  @Override
  public ResultSet getSchemas() {
    return MetaShapes.SCHEMAS.empty();
  }

  @Override
  public ResultSet getSchemas(String catalog, String schemaPattern) {
    return MetaShapes.SCHEMAS.empty();
  }

  @Override
  public ResultSet getCatalogs() {
    return MetaShapes.CATALOGS.empty();
  }

  @Override
  public ResultSet getProcedures(String catalog, String schemaPattern,
      String procedureNamePattern) {
    return MetaShapes.PROCEDURES.empty();
  }

  @Override
  public ResultSet getProcedureColumns(String catalog, String schemaPattern,
      String procedureNamePattern, String columnNamePattern) {
    return MetaShapes.PROCEDURE_COLUMNS.empty();
  }

  @Override
  public ResultSet getFunctions(String catalog, String schemaPattern,
      String functionNamePattern) {
    return MetaShapes.FUNCTIONS.empty();
  }

  @Override
  public ResultSet getFunctionColumns(String catalog, String schemaPattern,
      String functionNamePattern, String columnNamePattern) {
    return MetaShapes.FUNCTION_COLUMNS.empty();
  }

  @Override
  public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern,
      int[] types) {
    return MetaShapes.UDTS.empty();
  }

  @Override
  public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) {
    return MetaShapes.SUPER_TYPES.empty();
  }

  @Override
  public ResultSet getSuperTables(String catalog, String schemaPattern,
      String tableNamePattern) {
    return MetaShapes.SUPER_TABLES.empty();
  }

  @Override
  public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
      String attributeNamePattern) {
    return MetaShapes.ATTRIBUTES.empty();
  }

  @Override
  public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope,
      boolean nullable) {
    return MetaShapes.ROW_IDENTIFIERS.empty();
  }

  @Override
  public ResultSet getVersionColumns(String catalog, String schema, String table) {
    return MetaShapes.ROW_IDENTIFIERS.empty();
  }

  @Override
  public ResultSet getColumnPrivileges(String catalog, String schema, String table,
      String columnNamePattern) {
    return MetaShapes.COLUMN_PRIVILEGES.empty();
  }

  @Override
  public ResultSet getTablePrivileges(String catalog, String schemaPattern,
      String tableNamePattern) {
    return MetaShapes.TABLE_PRIVILEGES.empty();
  }

  @Override
  public ResultSet getPseudoColumns(String catalog, String schemaPattern,
      String tableNamePattern, String columnNamePattern) {
    return MetaShapes.PSEUDO_COLUMNS.empty();
  }

  @Override
  public ResultSet getClientInfoProperties() {
    return MetaShapes.CLIENT_INFO_PROPERTIES.empty();
  }

  // ------------------------------------------------------------------ features by SQLite version

  /** {@code ALTER TABLE … DROP COLUMN} exists since SQLite 3.35. */
  @Override
  public boolean supportsAlterTableWithDropColumn() throws SQLException {
    return sqliteVersion().atLeast(3, 35);
  }

  /** {@code RIGHT} and {@code FULL OUTER JOIN} exist since SQLite 3.39. */
  @Override
  public boolean supportsFullOuterJoins() throws SQLException {
    return sqliteVersion().atLeast(3, 39);
  }

  /** The server's SQLite version; the connection asks once per database and keeps it. */
  private SqliteVersion sqliteVersion() throws SQLException {
    return SqliteVersion.parse(connection.sqliteVersion());
  }
}
