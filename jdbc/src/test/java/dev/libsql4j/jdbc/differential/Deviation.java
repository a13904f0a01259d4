package dev.libsql4j.jdbc.differential;

/**
 * The deliberate differences from sqlite-jdbc 3.54.1.0, one constant per row of
 * {@code docs/jdbc-compatibility.md} (the row's first cell is the constant's name). A test that
 * observes one asserts it with {@link TwoConnections#assertDeviation}, naming the constant.
 */
enum Deviation {
  /** The server's SQLite (sqld 0.24: 3.45.1) is not the one sqlite-jdbc bundles (3.54.1). */
  SQLITE_VERSION,
  /** Driver name and version, JDBC 4.3, URL, local files: this is a remote libSQL driver. */
  DRIVER_IDENTITY,
  /** Result sets hold over commit, as the connection says (sqlite-jdbc: close at commit). */
  HOLDABILITY,
  /**
   * Dates and times are written as ISO-8601 text, and every ISO-8601 text form is read back
   * (sqlite-jdbc writes epoch milliseconds and its default reader rejects most text forms).
   */
  DATES_AS_TEXT,
  /** A BigDecimal that is an exact integer is bound as an INTEGER (sqlite-jdbc: always TEXT). */
  BIGDECIMAL_AS_INTEGER,
  /** getBoolean is true for every non-zero number (sqlite-jdbc: when its low 32 bits are not 0). */
  NONZERO_IS_TRUE,
  /** getBigDecimal reads a number with spaces around it, as SQLite does (sqlite-jdbc throws). */
  PADDED_NUMBER_TEXT,
  /** DDL and PRAGMA report 0 updated rows (sqlite-jdbc repeats an earlier statement's count). */
  UPDATE_COUNT_OF_DDL,
  /** PreparedStatement.executeUpdate of a statement returning rows counts its changes (sqlite-jdbc throws). */
  PREPARED_UPDATE_WITH_ROWS,
  /** Result columns carry no origin over Hrana: no table name, unknown nullability. */
  RESULT_COLUMN_ORIGIN,
  /** getParameterType/TypeName answer OTHER (sqlite-jdbc throws). */
  PARAMETER_TYPE_ANSWERED,
  /** Calls sqlite-jdbc refuses with SQLFeatureNotSupportedException are answered. */
  UNSUPPORTED_CALLS_ANSWERED,
  /** Metadata result columns are typed as JDBC defines them, not by their first value. */
  METADATA_RESULT_COLUMN_TYPES,
  /** SYSTEM TABLE / GLOBAL TEMPORARY list tables only, not automatic indexes. */
  SYSTEM_TABLES_ARE_TABLES,
  /** COLUMN_SIZE of DECIMAL(p,s) is p, not p+s. */
  DECIMAL_COLUMN_SIZE,
  /** A missing table has no keys (sqlite-jdbc throws "Table not found"). */
  MISSING_TABLE_HAS_NO_KEYS,
  /**
   * {@code REFERENCES t} without columns resolves to t's primary-key columns in order, and keys
   * that reference a table without a primary key are exported too.
   */
  IMPLICIT_REFERENCED_COLUMNS,
  /** getCrossReference answers with the foreign keys between the two tables. */
  CROSS_REFERENCE,
  /** DEFERRABILITY is read from the declaration, not always "initially deferred". */
  FOREIGN_KEY_DEFERRABILITY,
  /** Constraint names are read token by token, column-level names included. */
  CONSTRAINT_NAMES,
  /** getIndexInfo honours unique=true. */
  INDEX_INFO_UNIQUE_ONLY,
  /** getIndexInfo is ordered by NON_UNIQUE, INDEX_NAME, ORDINAL_POSITION as JDBC specifies. */
  INDEX_INFO_ORDER,
  /** ASC_OR_DESC is "A" or "D", not null. */
  INDEX_INFO_SORT_ORDER
}
