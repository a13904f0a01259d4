package dev.libsql4j.jooq;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.lint.SourceFile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A running libSQL database reached over {@code jdbc:libsql:}. Its DDL, as stored in
 * {@code sqlite_schema}, is linted against the target version before code is generated (a schema
 * that runs on the server may still use features an older deployment target lacks).
 */
final class LiveSchema extends ConnectedSchema {

  private final LibSqlDataSource dataSource;

  private LiveSchema(LibSqlDataSource dataSource, Connection connection) {
    super(connection);
    this.dataSource = dataSource;
  }

  static LiveSchema open(CodegenSettings settings, SchemaLint lint) {
    LibSqlDataSource dataSource = new LibSqlDataSource(settings.url());
    if (settings.authToken() != null) {
      dataSource.setAuthToken(settings.authToken());
    }
    try {
      Connection connection = dataSource.getConnection();
      LiveSchema schema = new LiveSchema(dataSource, connection);
      try {
        lint.check(schema.storedDdl());
        return schema;
      } catch (RuntimeException | SQLException e) {
        schema.close();
        throw e;
      }
    } catch (SQLException e) {
      dataSource.close();
      // The driver's messages name the endpoint but never carry the token.
      throw new SchemaSourceException("Cannot read the schema of the libSQL database: " + e.getMessage(), e);
    }
  }

  /** One source per schema object, named {@code sqlite_schema[name]} for the lint's messages. */
  private List<SourceFile> storedDdl() throws SQLException {
    List<SourceFile> ddl = new ArrayList<>();
    try (Statement statement = connection().createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"
                 + " ORDER BY rowid")) {
      while (rows.next()) {
        ddl.add(SourceFile.of("sqlite_schema[" + rows.getString(1) + "]", rows.getString(2)));
      }
    }
    return ddl;
  }

  @Override
  void release() {
    dataSource.close();
  }
}
