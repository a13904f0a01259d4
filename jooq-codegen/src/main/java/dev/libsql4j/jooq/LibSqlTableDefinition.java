package dev.libsql4j.jooq;

import static org.jooq.impl.DSL.inline;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.TableOptions.TableType;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.DefaultColumnDefinition;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.sqlite.SQLiteTableDefinition;

/**
 * jOOQ's SQLite table, with the identity SQLite really has: a column that aliases the rowid
 * ({@code INTEGER PRIMARY KEY}, with or without {@code AUTOINCREMENT}) is filled in by SQLite and
 * is therefore an identity. jOOQ OSS only recognises {@code AUTOINCREMENT} columns or tables that
 * already have rows in {@code sqlite_sequence}, so the same schema would generate different code
 * from an empty and a filled database.
 */
final class LibSqlTableDefinition extends SQLiteTableDefinition {

  LibSqlTableDefinition(SchemaDefinition schema, String name, TableType tableType, String source) {
    super(schema, name, "", tableType, source);
  }

  @Override
  public List<ColumnDefinition> getElements0() throws SQLException {
    List<ColumnDefinition> columns = super.getElements0();
    Optional<String> alias = rowidAlias();
    if (alias.isEmpty()) {
      return columns;
    }
    return columns.stream()
        .map(column -> column.getName().equals(alias.get()) && !column.isIdentity() ? asIdentity(column) : column)
        .collect(Collectors.toCollection(ArrayList::new)); // jOOQ sorts the list in place
  }

  private ColumnDefinition asIdentity(ColumnDefinition column) {
    return new DefaultColumnDefinition(this, column.getName(), column.getPosition(), column.getDefinedType(), true,
        column.getComment());
  }

  /**
   * The rowid alias, asked of SQLite rather than parsed from the DDL: a table's only primary-key
   * column is the rowid exactly when SQLite built no separate index for the key (a
   * {@code WITHOUT ROWID} table, {@code INT PRIMARY KEY} or {@code INTEGER PRIMARY KEY DESC} get one).
   */
  private Optional<String> rowidAlias() {
    if (isView()) {
      return Optional.empty();
    }
    return create().resultQuery(
            "SELECT name FROM pragma_table_info({0}) WHERE pk > 0"
                + " AND (SELECT count(*) FROM pragma_table_info({0}) WHERE pk > 0) = 1"
                + " AND NOT EXISTS (SELECT 1 FROM pragma_index_list({0}) WHERE origin = 'pk')",
            inline(getName()))
        .fetchOptional(0, String.class);
  }
}
