package dev.libsql4j.liquibase.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Plans SQLite's "generalized ALTER TABLE" (https://www.sqlite.org/lang_altertable.html#otheralter)
 * for one table: the statements that create the edited table under a temporary name, copy every
 * row, drop the old table, rename the new one, and re-create the table's indexes and triggers and
 * the views and other triggers that refer to it, exactly as they were written.
 *
 * <p>The statements must run in one transaction with {@code PRAGMA foreign_keys} OFF (otherwise
 * {@code DROP TABLE} runs an implicit {@code DELETE} that fires {@code ON DELETE CASCADE} in the
 * child tables) and be followed by {@code PRAGMA foreign_key_check}; {@code LibSqlDatabase} does
 * both around the change set.
 */
public final class TableRebuild {

  /** Suffix of the temporary table; a name no application uses. */
  static final String NEW_TABLE_SUFFIX = "__libsql4j_rebuild";

  private final String table;
  private final List<SchemaObject> schema;
  private final List<String> copyableColumns;
  private final Long autoincrementSequence;

  private TableRebuild(String table, List<SchemaObject> schema, List<String> copyableColumns,
                       Long autoincrementSequence) {
    this.table = table;
    this.schema = schema;
    this.copyableColumns = copyableColumns;
    this.autoincrementSequence = autoincrementSequence;
  }

  /**
   * Reads what the rebuild of {@code table} needs from the database, on {@code connection} (in its
   * current transaction, so earlier changes of the same change set are seen).
   *
   * @throws RebuildException when the table does not exist
   */
  public static TableRebuild read(Connection connection, String table) throws SQLException {
    List<SchemaObject> schema = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
      while (rows.next()) {
        schema.add(new SchemaObject(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
    }
    SchemaObject definition = schema.stream()
        .filter(o -> o.is("table") && o.name().equalsIgnoreCase(table)).findFirst()
        .orElseThrow(() -> new RebuildException("table " + table + " does not exist"));
    List<String> columns = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid")) {
      statement.setString(1, definition.name());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    }
    return new TableRebuild(definition.name(), schema, columns, sequence(connection, schema, definition.name()));
  }

  /** The table's {@code AUTOINCREMENT} counter, so that ids of deleted rows stay unused. */
  private static Long sequence(Connection connection, List<SchemaObject> schema, String table) throws SQLException {
    if (schema.stream().noneMatch(o -> o.is("table") && o.sql() != null
        && CreateTableSql.code(o.sql()).stream().anyMatch(t -> t.isWord("AUTOINCREMENT")))) {
      return null;
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT seq FROM sqlite_sequence WHERE name = ?")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : null;
      }
    }
  }

  /** The table's definition as stored. */
  public CreateTableSql definition() {
    return CreateTableSql.parse(find("table", table).sql());
  }

  /** The SQLite version-independent statements that turn the table into {@code edit(definition())}. */
  public List<String> statements(UnaryOperator<CreateTableSql> edit) {
    CreateTableSql edited = edit.apply(definition());
    String temporary = table + NEW_TABLE_SUFFIX;
    Set<String> newColumns = new HashSet<>();
    edited.columnNames().forEach(c -> newColumns.add(c.toLowerCase(Locale.ROOT)));
    List<String> copied = copyableColumns.stream()
        .filter(c -> newColumns.contains(c.toLowerCase(Locale.ROOT))).map(Identifiers::quote).toList();

    List<SchemaObject> dependents = dependents();
    List<String> sql = new ArrayList<>();
    // Views and other tables' triggers that name the table would make the RENAME fail (SQLite
    // checks the whole schema), so they go first and come back last, in their original order.
    Set<String> views = new HashSet<>();
    dependents.stream().filter(o -> o.is("view")).forEach(v -> views.add(v.name().toLowerCase(Locale.ROOT)));
    for (int i = dependents.size() - 1; i >= 0; i--) {
      SchemaObject dependent = dependents.get(i);
      // A trigger of the table or of a view goes with it; other triggers are dropped by name.
      if (dependent.is("view")
          || !dependent.belongsTo(table) && !views.contains(dependent.table().toLowerCase(Locale.ROOT))) {
        sql.add("DROP " + dependent.type().toUpperCase(Locale.ROOT) + " " + Identifiers.quote(dependent.name()));
      }
    }
    sql.add(edited.toSql(temporary));
    String columnList = String.join(", ", copied);
    sql.add("INSERT INTO " + Identifiers.quote(temporary) + " (" + columnList + ") SELECT " + columnList
        + " FROM " + Identifiers.quote(table));
    sql.add("DROP TABLE " + Identifiers.quote(table));
    sql.add("ALTER TABLE " + Identifiers.quote(temporary) + " RENAME TO " + Identifiers.quote(table));
    if (autoincrementSequence != null) {
      sql.add("UPDATE sqlite_sequence SET seq = max(seq, " + autoincrementSequence + ") WHERE name = '"
          + table.replace("'", "''") + "'");
    }
    for (SchemaObject index : schema) {
      if (index.is("index") && index.belongsTo(table) && index.sql() != null) {
        sql.add(index.sql());
      }
    }
    for (SchemaObject dependent : dependents) {
      sql.add(dependent.sql());
    }
    return sql;
  }

  /**
   * Views (all of them: a view may read the table through another view) and the triggers that go
   * with the table or a view, or name the table.
   */
  private List<SchemaObject> dependents() {
    Set<String> views = new HashSet<>();
    schema.stream().filter(o -> o.is("view")).forEach(v -> views.add(v.name().toLowerCase(Locale.ROOT)));
    List<SchemaObject> dependents = new ArrayList<>();
    for (SchemaObject object : schema) {
      if (object.is("view")
          || object.is("trigger") && (object.belongsTo(table) || views.contains(object.table().toLowerCase(Locale.ROOT))
              || CreateTableSql.mentions(object.sql(), table))) {
        dependents.add(object);
      }
    }
    return dependents;
  }

  private SchemaObject find(String type, String name) {
    return schema.stream().filter(o -> o.is(type) && o.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new RebuildException(type + " " + name + " does not exist"));
  }
}
