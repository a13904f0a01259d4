package dev.libsql4j.liquibase.sqlgenerator;

import liquibase.datatype.DataTypeFactory;
import liquibase.statement.core.ModifyDataTypeStatement;

/**
 * {@code modifyDataType}: a rebuild with the column's declared type replaced; the copy converts the
 * stored values by the new type's affinity, as SQLite does on insert.
 */
public class ModifyDataTypeGeneratorLibSql extends RebuildingGenerator<ModifyDataTypeStatement> {

  public ModifyDataTypeGeneratorLibSql() {
    super(ModifyDataTypeStatement::getTableName,
        (statement, definition, database) -> definition.withType(statement.getColumnName(),
            DataTypeFactory.getInstance().fromDescription(statement.getNewDataType(), database)
                .toDatabaseDataType(database).toSql()));
  }
}
