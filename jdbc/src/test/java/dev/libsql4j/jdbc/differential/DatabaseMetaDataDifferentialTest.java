package dev.libsql4j.jdbc.differential;

import static dev.libsql4j.jdbc.differential.Correction.dropFacts;
import static dev.libsql4j.jdbc.differential.Correction.eachFact;
import static dev.libsql4j.jdbc.differential.Correction.inRowsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.jdbc.DriverVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@link DatabaseMetaData} call on {@link RealisticSchema}: libsql4j must answer as
 * sqlite-jdbc does, or as sqlite-jdbc corrected by the documented {@link Deviation}s.
 */
class DatabaseMetaDataDifferentialTest extends DifferentialTest {

  /** Answers that differ on purpose; each has its own test below. */
  private static final Set<String> DEVIATING_SCALARS = Set.of(
      "getDatabaseProductVersion", "getDatabaseMajorVersion", "getDatabaseMinorVersion",
      "getDriverName", "getDriverVersion", "getDriverMajorVersion", "getDriverMinorVersion",
      "getJDBCMinorVersion", "getURL", "usesLocalFiles", "getResultSetHoldability",
      "supportsResultSetHoldability", "supportsOpenCursorsAcrossCommit",
      "supportsOpenCursorsAcrossRollback", "autoCommitFailureClosesAllResultSets",
      "generatedKeyAlwaysReturned", "getRowIdLifetime", "supportsStoredFunctionsUsingCallSyntax",
      "getConnection");

  private static final int[] INT_ARGUMENTS = {0, 1, 2, 4, 8, 1003, 1004, 1005, 1007, 1008};

  /** sqlite-jdbc says every foreign key is initially deferred. */
  private static final String SQLITE_JDBC_DEFERRABILITY = "DEFERRABILITY=5 (Integer)";

  @BeforeAll
  static void schema() throws Exception {
    both.execute(RealisticSchema.DDL);
  }

  // ------------------------------------------------------------------ scalar answers

  @Test
  void scalarAnswersAreSqliteJdbcs() throws Exception {
    both.assertSame("scalar answers", (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      for (Method method : sortedMethods()) {
        if (DEVIATING_SCALARS.contains(method.getName())
            || method.getReturnType() == ResultSet.class) {
          continue;
        }
        if (method.getParameterCount() == 0) {
          out.call(method.getName(), () -> invoke(method, meta));
        } else if (Arrays.equals(method.getParameterTypes(), new Class<?>[] {int.class})) {
          for (int argument : INT_ARGUMENTS) {
            out.call(method.getName() + "(" + argument + ")", () -> invoke(method, meta, argument));
          }
        } else if (Arrays.equals(method.getParameterTypes(),
            new Class<?>[] {int.class, int.class})) {
          for (int first : INT_ARGUMENTS) {
            for (int second : INT_ARGUMENTS) {
              out.call(method.getName() + "(" + first + ", " + second + ")",
                  () -> invoke(method, meta, first, second));
            }
          }
        }
      }
    });
  }

  // sqld-only: the deviation is sqld's own SQLite build; the devserver runs sqlite-jdbc's SQLite, the
  // very one the reference driver runs, so on it both report the same version.
  @Tag("sqld-only")
  @Test
  void versionIsTheServersSqlite() throws Exception {
    both.assertDeviation(Deviation.SQLITE_VERSION, (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.value("product version", meta.getDatabaseProductVersion());
      out.value("major", meta.getDatabaseMajorVersion());
      out.value("minor", meta.getDatabaseMinorVersion());
      out.value("sqlite_version()", sqliteVersion(connection));
    }, (sqlite, ours) -> {
      // each driver reports the SQLite it runs on, and agrees with sqlite_version()
      for (Observation observation : List.of(sqlite, ours)) {
        List<String> facts = observation.facts();
        String version = facts.get(3).replaceFirst("^sqlite_version\\(\\) = ", "");
        assertThat(facts.get(0)).isEqualTo("product version = " + version);
        String[] parts = version.replace(" (String)", "").split("\\.");
        assertThat(facts.get(1)).isEqualTo("major = " + parts[0] + " (Integer)");
        assertThat(facts.get(2)).isEqualTo("minor = " + parts[1] + " (Integer)");
      }
    });
  }

  @Test
  void identityIsLibsql4js() throws Exception {
    both.assertDeviation(Deviation.DRIVER_IDENTITY, (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.value("driver name", meta.getDriverName());
      out.value("driver version", meta.getDriverVersion());
      out.value("driver major.minor", meta.getDriverMajorVersion() + "." + meta.getDriverMinorVersion());
      out.value("JDBC", meta.getJDBCMajorVersion() + "." + meta.getJDBCMinorVersion());
      out.value("url", meta.getURL());
      out.value("usesLocalFiles", meta.usesLocalFiles());
      out.value("connection is the caller's", meta.getConnection() == connection);
    }, (sqlite, ours) -> {
      assertThat(sqlite.facts()).contains("driver name = SQLite JDBC (String)",
          "driver version = 3.54.1.0 (String)", "driver major.minor = 3.54 (String)",
          "JDBC = 4.2 (String)", "usesLocalFiles = true (Boolean)",
          "connection is the caller's = true (Boolean)");
      assertThat(ours.facts()).containsExactly("driver name = libsql4j (String)",
          "driver version = " + DriverVersion.VERSION + " (String)",
          "driver major.minor = " + DriverVersion.MAJOR + "." + DriverVersion.MINOR + " (String)",
          "JDBC = 4.3 (String)", "url = jdbc:libsql:" + SQLD.node().httpUrl() + " (String)",
          "usesLocalFiles = false (Boolean)", "connection is the caller's = true (Boolean)");
    });
  }

  @Test
  void resultsHoldOverCommitAsTheConnectionSays() throws Exception {
    both.assertDeviation(Deviation.HOLDABILITY, (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.value("connection holdability", connection.getHoldability());
      out.value("getResultSetHoldability", meta.getResultSetHoldability());
      out.value("supports HOLD", meta.supportsResultSetHoldability(ResultSet.HOLD_CURSORS_OVER_COMMIT));
      out.value("supports CLOSE", meta.supportsResultSetHoldability(ResultSet.CLOSE_CURSORS_AT_COMMIT));
      out.value("cursors across commit", meta.supportsOpenCursorsAcrossCommit());
      out.value("cursors across rollback", meta.supportsOpenCursorsAcrossRollback());
    }, (sqlite, ours) -> {
      assertThat(sqlite.facts()).containsExactly("connection holdability = 2 (Integer)",
          "getResultSetHoldability = 2 (Integer)", "supports HOLD = false (Boolean)",
          "supports CLOSE = true (Boolean)", "cursors across commit = false (Boolean)",
          "cursors across rollback = false (Boolean)");
      assertThat(ours.facts()).containsExactly("connection holdability = 1 (Integer)",
          "getResultSetHoldability = 1 (Integer)", "supports HOLD = true (Boolean)",
          "supports CLOSE = false (Boolean)", "cursors across commit = true (Boolean)",
          "cursors across rollback = true (Boolean)");
    });
  }

  @Test
  void callsSqliteJdbcRefusesAreAnswered() throws Exception {
    both.assertDeviation(Deviation.UNSUPPORTED_CALLS_ANSWERED, (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.call("autoCommitFailureClosesAllResultSets", meta::autoCommitFailureClosesAllResultSets);
      out.call("generatedKeyAlwaysReturned", meta::generatedKeyAlwaysReturned);
      out.call("getRowIdLifetime", meta::getRowIdLifetime);
      out.call("supportsStoredFunctionsUsingCallSyntax",
          meta::supportsStoredFunctionsUsingCallSyntax);
      rowsOrThrows(out, "getFunctions", () -> meta.getFunctions(null, null, "%"));
      rowsOrThrows(out, "getFunctionColumns", () -> meta.getFunctionColumns(null, null, "%", "%"));
      rowsOrThrows(out, "getPseudoColumns", () -> meta.getPseudoColumns(null, null, "%", "%"));
      rowsOrThrows(out, "getClientInfoProperties", meta::getClientInfoProperties);
      rowsOrThrows(out, "getSchemas(null, null)", () -> meta.getSchemas(null, null));
    }, (sqlite, ours) -> {
      assertThat(sqlite.facts()).allMatch(fact -> fact.endsWith(" throws SQLException"));
      assertThat(ours.facts()).containsExactly(
          "autoCommitFailureClosesAllResultSets = false (Boolean)",
          "generatedKeyAlwaysReturned = false (Boolean)",
          "getRowIdLifetime = " + RowIdLifetime.ROWID_UNSUPPORTED + " (java.sql.RowIdLifetime)",
          "supportsStoredFunctionsUsingCallSyntax = false (Boolean)",
          "getFunctions columns [FUNCTION_CAT, FUNCTION_SCHEM, FUNCTION_NAME, REMARKS, "
              + "FUNCTION_TYPE, SPECIFIC_NAME]",
          "getFunctionColumns columns [FUNCTION_CAT, FUNCTION_SCHEM, FUNCTION_NAME, COLUMN_NAME, "
              + "COLUMN_TYPE, DATA_TYPE, TYPE_NAME, PRECISION, LENGTH, SCALE, RADIX, NULLABLE, "
              + "REMARKS, CHAR_OCTET_LENGTH, ORDINAL_POSITION, IS_NULLABLE, SPECIFIC_NAME]",
          "getPseudoColumns columns [TABLE_CAT, TABLE_SCHEM, TABLE_NAME, COLUMN_NAME, DATA_TYPE, "
              + "COLUMN_SIZE, DECIMAL_DIGITS, NUM_PREC_RADIX, COLUMN_USAGE, REMARKS, "
              + "CHAR_OCTET_LENGTH, IS_NULLABLE]",
          "getClientInfoProperties columns [NAME, MAX_LEN, DEFAULT_VALUE, DESCRIPTION]",
          "getSchemas(null, null) columns [TABLE_SCHEM, TABLE_CATALOG]");
    });
  }

  // ------------------------------------------------------------------ fixed result sets

  @Test
  void fixedResultSetsAreSqliteJdbcs() throws Exception {
    both.assertSame("fixed result sets", (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.rows("getTableTypes", meta.getTableTypes());
      out.rows("getTypeInfo", meta.getTypeInfo());
      out.rows("getSchemas", meta.getSchemas());
      out.rows("getCatalogs", meta.getCatalogs());
      out.rows("getProcedures", meta.getProcedures(null, null, "%"));
      out.rows("getProcedureColumns", meta.getProcedureColumns(null, null, "%", "%"));
      out.rows("getUDTs", meta.getUDTs(null, null, "%", null));
      out.rows("getSuperTypes", meta.getSuperTypes(null, null, "%"));
      out.rows("getSuperTables", meta.getSuperTables(null, null, "%"));
      out.rows("getAttributes", meta.getAttributes(null, null, "%", "%"));
      out.rows("getBestRowIdentifier", meta.getBestRowIdentifier(null, null, "book", 0, true));
      out.rows("getVersionColumns", meta.getVersionColumns(null, null, "book"));
      out.rows("getColumnPrivileges", meta.getColumnPrivileges(null, null, "book", "%"));
      out.rows("getTablePrivileges", meta.getTablePrivileges(null, null, "book"));
    });
  }

  @Test
  void metadataResultColumnsAreTypedAsJdbcSays() throws Exception {
    both.assertDeviation(Deviation.METADATA_RESULT_COLUMN_TYPES, (connection, out) -> {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, "book", null)) {
        ResultSetMetaData meta = tables.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          out.value(meta.getColumnLabel(i), meta.getColumnTypeName(i) + "/" + meta.getColumnType(i));
        }
      }
    }, (sqlite, ours) -> {
      assertThat(sqlite.facts()).contains("TABLE_CAT = NUMERIC/2 (String)",
          "TABLE_NAME = TEXT/12 (String)");
      assertThat(ours.facts()).allMatch(fact -> fact.endsWith(" = TEXT/12 (String)"));
    });
  }

  // ------------------------------------------------------------------ tables and columns

  @ParameterizedTest(name = "getTables(null, null, \"{0}\", types)")
  @ValueSource(strings = {"%", "b%", "B%", "s_lf_ref", "self\\_ref", "strict\\_%", "Mixed Case",
      "v_books", "nope"})
  void tablesAndViewsMatch(String pattern) throws Exception {
    both.assertSame("getTables " + pattern, (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.rows("TABLE, VIEW", meta.getTables(null, null, pattern, new String[] {"TABLE", "VIEW"}));
      out.rows("table", meta.getTables("any", "main", pattern, new String[] {"table"}));
      out.rows("VIEW", meta.getTables(null, null, pattern, new String[] {"VIEW"}));
    });
  }

  @Test
  void systemTablesAreTablesOnly() throws Exception {
    both.assertCorrected("getTables(null, null, null, null)", (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.rows("all types", meta.getTables(null, null, null, null));
      out.rows("empty types", meta.getTables(null, null, "%", new String[0]));
      out.rows("SYSTEM TABLE", meta.getTables(null, null, "%", new String[] {"SYSTEM TABLE"}));
    }, dropFacts(Deviation.SYSTEM_TABLES_ARE_TABLES,
        fact -> fact.contains("TABLE_NAME=sqlite_autoindex_")));
  }

  @Test
  void columnsOfAllTablesMatch() throws Exception {
    both.assertCorrected("getColumns(null, null, %, null)", (connection, out) ->
            out.rows("columns", connection.getMetaData().getColumns(null, null, "%", null)),
        eachFact(Deviation.DECIMAL_COLUMN_SIZE, fact -> fact.replace(
            "TYPE_NAME=DECIMAL (String) COLUMN_SIZE=12 (Integer)",
            "TYPE_NAME=DECIMAL (String) COLUMN_SIZE=10 (Integer)")));
  }

  @ParameterizedTest(name = "getColumns(null, null, \"{0}\", \"{1}\")")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "author     | NAME", "%          | n%", "Mixed Case | %", "sqlite_sequence | %",
      "v_books    | NULL", "gen        | %", "s%        | %\\_%", "nope       | %",
      "author     | ''"})
  void columnsByPatternMatch(String tablePattern, String columnPattern) throws Exception {
    both.assertSame("getColumns " + tablePattern + " " + columnPattern, (connection, out) ->
        out.rows("columns", connection.getMetaData()
            .getColumns(null, null, tablePattern, columnPattern)));
  }

  // ------------------------------------------------------------------ keys

  @ParameterizedTest(name = "getPrimaryKeys({0})")
  @ValueSource(strings = {"author", "book", "BOOK", "review", "kv", "strict_t", "gen",
      "Mixed Case", "self_ref", "tag", "loan", "v_books", "sqlite_schema"})
  void primaryKeysMatch(String table) throws Exception {
    both.assertSame("getPrimaryKeys " + table, (connection, out) ->
        out.rows("primary keys", connection.getMetaData().getPrimaryKeys(null, null, table)));
  }

  @Test
  void namedColumnPrimaryKeyHasItsName() throws Exception {
    both.assertCorrected("getPrimaryKeys(shipment)", (connection, out) ->
            out.rows("primary keys", connection.getMetaData().getPrimaryKeys(null, null, "shipment")),
        eachFact(Deviation.CONSTRAINT_NAMES,
            fact -> fact.replace("PK_NAME=null", "PK_NAME=pk_shipment (String)")));
  }

  @Test
  void missingTableHasNoKeys() throws Exception {
    both.assertDeviation(Deviation.MISSING_TABLE_HAS_NO_KEYS, (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      rowsOrThrows(out, "getPrimaryKeys", () -> meta.getPrimaryKeys(null, null, "nope"));
      rowsOrThrows(out, "getExportedKeys", () -> meta.getExportedKeys(null, null, "nope"));
    }, (sqlite, ours) -> {
      assertThat(sqlite.facts()).containsExactly("getPrimaryKeys throws SQLException",
          "getExportedKeys throws SQLException");
      assertThat(ours.facts()).hasSize(2).allMatch(fact -> fact.contains(" columns ["));
    });
  }

  @Test
  void tableArgumentIsRequired() throws Exception {
    both.assertSame("null table", (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      rowsOrThrows(out, "getPrimaryKeys", () -> meta.getPrimaryKeys(null, null, null));
      rowsOrThrows(out, "getImportedKeys", () -> meta.getImportedKeys(null, null, null));
      rowsOrThrows(out, "getExportedKeys", () -> meta.getExportedKeys(null, null, " "));
    });
  }

  @ParameterizedTest(name = "getImportedKeys({0})")
  @ValueSource(strings = {"author", "kv", "strict_t", "gen", "Mixed Case", "notype", "tag",
      "v_books", "nope", "sqlite_sequence"})
  void tablesWithoutForeignKeysImportNothing(String table) throws Exception {
    both.assertSame("getImportedKeys " + table, (connection, out) ->
        out.rows("imported", connection.getMetaData().getImportedKeys("cat", "schem", table)));
  }

  @ParameterizedTest(name = "getImportedKeys({0})")
  @ValueSource(strings = {"book", "BOOK", "review", "self_ref", "tagging"})
  void importedKeysMatch(String table) throws Exception {
    both.assertCorrected("getImportedKeys " + table, (connection, out) ->
            out.rows("imported", connection.getMetaData().getImportedKeys(null, null, table)),
        notDeferrable());
  }

  @Test
  void importedKeysOfShipment() throws Exception {
    both.assertCorrected("getImportedKeys(shipment)", (connection, out) ->
            out.rows("imported", connection.getMetaData().getImportedKeys(null, null, "shipment")),
        shipmentDeferrability(),
        eachFact(Deviation.CONSTRAINT_NAMES,
            inRowsWith("FKCOLUMN_NAME=reviewer (String)", "FK_NAME= (String)",
                "FK_NAME=fk_reviewer (String)")),
        eachFact(Deviation.IMPLICIT_REFERENCED_COLUMNS,
            inRowsWith("FKCOLUMN_NAME=book_edition (String)", "PKCOLUMN_NAME=isbn (String)",
                "PKCOLUMN_NAME=edition (String)")));
  }

  @Test
  void importedKeyNamesStayWithTheirKeys() throws Exception {
    both.assertCorrected("getImportedKeys(loan)", (connection, out) ->
            out.rows("imported", connection.getMetaData().getImportedKeys(null, null, "loan")),
        notDeferrable(), loanNames());
  }

  @ParameterizedTest(name = "getExportedKeys({0})")
  @ValueSource(strings = {"kv", "strict_t", "gen", "Mixed Case", "notype", "shipment", "tagging",
      "loan", "v_books"})
  void tablesNobodyReferencesExportNothing(String table) throws Exception {
    both.assertSame("getExportedKeys " + table, (connection, out) ->
        out.rows("exported", connection.getMetaData().getExportedKeys("cat", "schem", table)));
  }

  @Test
  void exportedKeysOfAuthor() throws Exception {
    both.assertCorrected("getExportedKeys(author)", (connection, out) ->
            out.rows("exported", connection.getMetaData().getExportedKeys(null, null, "AUTHOR")),
        notDeferrable(), loanNames(), implicitReference("self_ref", "other", "id"));
  }

  @Test
  void exportedKeysOfBook() throws Exception {
    both.assertCorrected("getExportedKeys(book)", (connection, out) ->
            out.rows("exported", connection.getMetaData().getExportedKeys(null, null, "book")),
        shipmentDeferrability(), notDeferrable(),
        implicitReference("shipment", "book_isbn", "isbn"),
        implicitReference("shipment", "book_edition", "edition"));
  }

  @Test
  void exportedKeysOfReview() throws Exception {
    both.assertCorrected("getExportedKeys(review)", (connection, out) ->
            out.rows("exported", connection.getMetaData().getExportedKeys(null, null, "review")),
        eachFact(Deviation.CONSTRAINT_NAMES,
            fact -> fact.replace("FK_NAME= (String)", "FK_NAME=fk_reviewer (String)")));
  }

  @Test
  void exportedKeysOfSelfReference() throws Exception {
    both.assertCorrected("getExportedKeys(self_ref)", (connection, out) ->
            out.rows("exported", connection.getMetaData().getExportedKeys(null, null, "self_ref")),
        notDeferrable(), implicitReference("self_ref", "parent", "id"));
  }

  @Test
  void tableWithoutPrimaryKeyExportsItsReferences() throws Exception {
    both.assertDeviation(Deviation.IMPLICIT_REFERENCED_COLUMNS, (connection, out) ->
        out.rows("exported", connection.getMetaData().getExportedKeys(null, null, "tag")),
        (sqlite, ours) -> {
          assertThat(sqlite.facts()).hasSize(1);
          assertThat(ours.facts()).hasSize(2);
          assertThat(ours.facts().get(1)).contains("PKTABLE_NAME=tag (String)",
              "PKCOLUMN_NAME=name (String)", "FKTABLE_NAME=tagging (String)",
              "FKCOLUMN_NAME=tag_name (String)", "DEFERRABILITY=7 (Integer)");
        });
  }

  @Test
  void crossReferenceListsTheKeysBetweenTwoTables() throws Exception {
    both.assertDeviation(Deviation.CROSS_REFERENCE, (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.rows("cross", meta.getCrossReference(null, null, "author", null, null, "book"));
      out.rows("exported", meta.getExportedKeys(null, null, "author"));
    }, (sqlite, ours) -> {
      assertThat(sqlite.facts()).filteredOn(fact -> fact.startsWith("cross row:")).isEmpty();
      List<String> bookRowsOfExported = ours.facts().stream()
          .filter(fact -> fact.startsWith("exported row:"))
          .filter(fact -> fact.contains("FKTABLE_NAME=book (String)"))
          .map(fact -> fact.replaceFirst("^exported", "cross"))
          .toList();
      assertThat(bookRowsOfExported).hasSize(2);
      assertThat(ours.facts()).filteredOn(fact -> fact.startsWith("cross row:"))
          .containsExactlyElementsOf(bookRowsOfExported);
    });
  }

  // ------------------------------------------------------------------ indexes

  @ParameterizedTest(name = "getIndexInfo({0})")
  @ValueSource(strings = {"kv", "tag", "review"})
  void singleIndexTablesMatchButForSortOrder(String table) throws Exception {
    both.assertCorrected("getIndexInfo " + table, (connection, out) ->
            out.rows("indexes", connection.getMetaData().getIndexInfo(null, null, table, false,
                false)),
        ascending());
  }

  @ParameterizedTest(name = "getIndexInfo({0})")
  @ValueSource(strings = {"strict_t", "gen", "self_ref", "shipment", "v_books", "nope"})
  void tablesWithoutIndexesHaveNone(String table) throws Exception {
    both.assertSame("getIndexInfo " + table, (connection, out) ->
        out.rows("indexes", connection.getMetaData().getIndexInfo(null, null, table, true, true)));
  }

  @Test
  void indexesAreOrderedAsJdbcSays() throws Exception {
    both.assertCorrected("getIndexInfo(book|author)", (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.rows("book", meta.getIndexInfo(null, null, "book", false, false));
      out.rows("author", meta.getIndexInfo(null, null, "author", false, false));
    }, ascending(), new Correction(Deviation.INDEX_INFO_ORDER, facts -> sortRowsOfEachResult(
        facts, Comparator.comparing((String fact) -> field(fact, "NON_UNIQUE"))
            .thenComparing(fact -> field(fact, "INDEX_NAME"))
            .thenComparing(fact -> field(fact, "ORDINAL_POSITION")))));
  }

  @Test
  void uniqueOnlyMeansUniqueOnly() throws Exception {
    both.assertCorrected("getIndexInfo(review|author, unique)", (connection, out) -> {
      DatabaseMetaData meta = connection.getMetaData();
      out.rows("review", meta.getIndexInfo(null, null, "review", true, false));
      out.rows("author", meta.getIndexInfo(null, null, "author", true, false));
    }, ascending(), dropFacts(Deviation.INDEX_INFO_UNIQUE_ONLY,
        fact -> fact.contains("NON_UNIQUE=1 (Integer)")));
  }

  // ------------------------------------------------------------------ corrections

  /** sqlite-jdbc's "initially deferred" is "not deferrable" for keys declared without DEFERRABLE. */
  private static Correction notDeferrable() {
    return eachFact(Deviation.FOREIGN_KEY_DEFERRABILITY,
        fact -> fact.replace(SQLITE_JDBC_DEFERRABILITY, "DEFERRABILITY=7 (Integer)"));
  }

  /** shipment.reviewer is DEFERRABLE INITIALLY DEFERRED, its key to book INITIALLY IMMEDIATE. */
  private static Correction shipmentDeferrability() {
    return eachFact(Deviation.FOREIGN_KEY_DEFERRABILITY, fact -> fact.contains("FKCOLUMN_NAME=book_")
        ? fact.replace(SQLITE_JDBC_DEFERRABILITY, "DEFERRABILITY=6 (Integer)") : fact);
  }

  /** sqlite-jdbc gives loan's one constraint name to the other, unnamed key. */
  private static Correction loanNames() {
    return eachFact(Deviation.CONSTRAINT_NAMES, fact -> {
      if (fact.contains("FKTABLE_NAME=loan (String) FKCOLUMN_NAME=b (String)")) {
        return fact.replace("FK_NAME=fk_loan_a (String)", "FK_NAME= (String)");
      }
      if (fact.contains("FKTABLE_NAME=loan (String) FKCOLUMN_NAME=a (String)")) {
        return fact.replace("FK_NAME= (String)", "FK_NAME=fk_loan_a (String)");
      }
      return fact;
    });
  }

  /** sqlite-jdbc leaves the referenced column of {@code REFERENCES t} (no columns) empty. */
  private static Correction implicitReference(String table, String column, String referenced) {
    return eachFact(Deviation.IMPLICIT_REFERENCED_COLUMNS, inRowsWith(
        "FKTABLE_NAME=" + table + " (String) FKCOLUMN_NAME=" + column + " (String)",
        "PKCOLUMN_NAME= (String)", "PKCOLUMN_NAME=" + referenced + " (String)"));
  }

  /** ASC_OR_DESC is "A", or "D" for the one descending column of the schema. */
  private static Correction ascending() {
    UnaryOperator<String> fix = fact -> fact.replace("ASC_OR_DESC=null",
        fact.contains("INDEX_NAME=ux_book_title (String)")
            && fact.contains("COLUMN_NAME=edition (String)")
            ? "ASC_OR_DESC=D (String)" : "ASC_OR_DESC=A (String)");
    return eachFact(Deviation.INDEX_INFO_SORT_ORDER, fix);
  }

  /** Sorts the row facts of each recorded result among themselves; results keep their order. */
  private static List<String> sortRowsOfEachResult(List<String> facts, Comparator<String> order) {
    List<String> sorted = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (String fact : facts) {
      if (fact.contains(" row:")) {
        rows.add(fact);
      } else {
        rows.sort(order);
        sorted.addAll(rows);
        rows.clear();
        sorted.add(fact);
      }
    }
    rows.sort(order);
    sorted.addAll(rows);
    return sorted;
  }

  private static String field(String fact, String column) {
    Matcher matcher = Pattern.compile(" " + column + "=(\\S*)").matcher(fact);
    return matcher.find() ? matcher.group(1) : "";
  }

  // ------------------------------------------------------------------ helpers

  /** A metadata call that may be refused. */
  @FunctionalInterface
  private interface MetaCall {
    ResultSet call() throws SQLException;
  }

  private static void rowsOrThrows(Observation out, String label, MetaCall call) {
    try {
      out.rows(label, call.call());
    } catch (SQLException e) {
      out.fact(label + " throws SQLException");
    }
  }

  private static List<Method> sortedMethods() {
    return Arrays.stream(DatabaseMetaData.class.getMethods())
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static Object invoke(Method method, DatabaseMetaData meta, Object... args)
      throws SQLException {
    try {
      return method.invoke(meta, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sqliteVersion(java.sql.Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT sqlite_version()")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
