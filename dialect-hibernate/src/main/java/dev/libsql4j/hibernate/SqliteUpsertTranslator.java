package dev.libsql4j.hibernate;

import java.util.List;
import java.util.stream.Stream;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.spi.SqlAstTranslatorWithUpsert;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.model.ast.ColumnValueBinding;
import org.hibernate.sql.model.internal.OptionalTableUpdate;

/**
 * Renders {@code StatelessSession.upsert} as one SQLite UPSERT (3.24):
 * {@code insert into t (id, a) values (?, ?) on conflict (id) do update set a = excluded.a}.
 * Hibernate's default for SQLite is an {@code update}, then an {@code insert} when it changed no
 * row: two statements, so two requests, and another client can insert the row in between.
 * Used only without optimistic-lock columns (see {@link LibSqlDialect}).
 */
final class SqliteUpsertTranslator extends SqlAstTranslatorWithUpsert<JdbcOperation> {

  SqliteUpsertTranslator(SessionFactoryImplementor factory, OptionalTableUpdate upsert) {
    super(factory, upsert);
  }

  @Override
  protected void renderUpsertStatement(OptionalTableUpdate upsert) {
    List<ColumnValueBinding> keys = upsert.getKeyBindings();
    List<ColumnValueBinding> values = upsert.getValueBindings();
    appendSql("insert into ");
    appendSql(upsert.getMutatingTable().getTableName());
    appendSql(" (");
    renderColumnNames(keys, values);
    appendSql(") values (");
    String separator = "";
    // the parameters in the order of the columns: Hibernate binds them in rendering order
    for (ColumnValueBinding binding : concat(keys, values)) {
      appendSql(separator);
      binding.getValueExpression().accept(this);
      separator = ", ";
    }
    appendSql(") on conflict (");
    renderColumnNames(keys, List.of());
    if (values.isEmpty()) {
      appendSql(") do nothing");
      return;
    }
    appendSql(") do update set ");
    separator = "";
    for (ColumnValueBinding binding : values) {
      String column = binding.getColumnReference().getColumnExpression();
      appendSql(separator + column + " = excluded." + column);
      separator = ", ";
    }
  }

  private void renderColumnNames(List<ColumnValueBinding> keys, List<ColumnValueBinding> values) {
    String separator = "";
    for (ColumnValueBinding binding : concat(keys, values)) {
      appendSql(separator);
      appendSql(binding.getColumnReference().getColumnExpression());
      separator = ", ";
    }
  }

  private static List<ColumnValueBinding> concat(List<ColumnValueBinding> keys, List<ColumnValueBinding> values) {
    return Stream.concat(keys.stream(), values.stream()).toList();
  }
}
