package dev.libsql4j.jooq;

import dev.libsql4j.jdbc.LibSqlDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/** The sample schema of the tests (src/test/resources/shop): eleven migrations, or a changelog running them. */
final class ShopSchema {

  static final String MIGRATIONS = "src/test/resources/shop/migrations";
  static final String CHANGELOG = "src/test/resources/shop/changelog.xml";

  private ShopSchema() {
  }

  /** Applies the migrations, in order, to the database behind {@code dataSource}. */
  static void load(LibSqlDataSource dataSource) throws Exception {
    Path base = Path.of("").toAbsolutePath();
    try (Connection connection = dataSource.getConnection()) {
      ScriptMigrations.read(List.of(base.resolve(MIGRATIONS)), base)
          .forEach(script -> ScriptMigrations.execute(connection, script));
    }
  }
}
