package dev.libsql4j.liquibase.sqlgenerator;

import dev.libsql4j.liquibase.LibSqlDatabase;
import dev.libsql4j.liquibase.rebuild.CreateTableSql;
import liquibase.datatype.DataTypeFactory;
import liquibase.statement.core.ModifyDataTypeStatement;

/**
 * {@code modifyDataType}: a rebuild with the column's declared type replaced; the copy converts the
 * stored values by the new type's affinity, as SQLite does on insert.
 */
public class ModifyDataTypeGeneratorLibSql extends RebuildingGenerator<ModifyDataTypeStatement> {

  @Override
  protected String tableName(ModifyDataTypeStatement statement) {
    return statement.getTableName();
  }

  @Override
  protected CreateTableSql edit(ModifyDataTypeStatement statement, CreateTableSql definition, LibSqlDatabase database) {
    String type = DataTypeFactory.getInstance().fromDescription(statement.getNewDataType(), database)
        .toDatabaseDataType(database).toSql();
    return definition.withType(statement.getColumnName(), type);
  }
}
