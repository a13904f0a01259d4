package dev.libsql4j.hibernate;

import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.internal.StandardTableExporter;

/**
 * {@code CREATE TABLE} with the table's foreign keys inside it, and {@code DROP TABLE} that works
 * while foreign keys are enforced.
 *
 * <p>SQLite cannot add a foreign key to an existing table ({@code ALTER TABLE … ADD CONSTRAINT}), so
 * Hibernate's community dialect creates none at all and the database never checks references. sqld
 * enforces foreign keys on every connection, so declaring them in {@code CREATE TABLE} gives real
 * referential integrity. SQLite accepts a reference to a table that does not exist yet, so the order
 * in which Hibernate creates the tables does not matter.
 *
 * <p>Dropping a table that other tables' rows still reference fails while foreign keys are on
 * (the drop deletes its rows first), and Hibernate drops tables in model order, not in dependency
 * order. Each drop therefore runs with foreign keys switched off for that statement and back on
 * after it ({@code PRAGMA foreign_keys} applies outside transactions, where schema tools run).
 */
final class InlineForeignKeyTableExporter extends StandardTableExporter {

  InlineForeignKeyTableExporter(Dialect dialect) {
    super(dialect);
  }

  @Override
  protected void applyTableCheck(Table table, StringBuilder buf) {
    super.applyTableCheck(table, buf);
    for (ForeignKey foreignKey : table.getForeignKeyCollection()) {
      if (foreignKey.isCreationEnabled() && foreignKey.isPhysicalConstraint()) {
        buf.append(", ").append(definition(foreignKey));
      }
    }
  }

  @Override
  public String[] getSqlDropStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
    String[] drop = super.getSqlDropStrings(table, metadata, context);
    String[] guarded = new String[drop.length + 2];
    guarded[0] = "pragma foreign_keys = off";
    System.arraycopy(drop, 0, guarded, 1, drop.length);
    guarded[guarded.length - 1] = "pragma foreign_keys = on";
    return guarded;
  }

  private String definition(ForeignKey foreignKey) {
    Table target = foreignKey.getReferencedTable();
    List<Column> targetColumns = foreignKey.isReferenceToPrimaryKey()
        ? target.getPrimaryKey().getColumns() : foreignKey.getReferencedColumns();
    StringBuilder sql = new StringBuilder();
    if (foreignKey.getName() != null) {
      sql.append("constraint ").append(dialect.quote(foreignKey.getName())).append(' ');
    }
    sql.append("foreign key (").append(names(foreignKey.getColumns())).append(") references ")
        .append(target.getQuotedName(dialect)).append(" (").append(names(targetColumns)).append(')');
    var onDelete = foreignKey.getOnDeleteAction();
    if (onDelete != null && onDelete != org.hibernate.annotations.OnDeleteAction.NO_ACTION) {
      sql.append(" on delete ").append(onDelete.toSqlString());
    }
    return sql.toString();
  }

  private String names(List<Column> columns) {
    return columns.stream().map(column -> column.getQuotedName(dialect)).collect(Collectors.joining(", "));
  }
}
