package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DatabaseMetaDataDialectResolutionInfoAdapter;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Which dialect Hibernate picks, and the version it learns from the server. */
class DialectResolutionTest {

  private static SqldBackend sqld;

  @BeforeAll
  static void start() {
    sqld = SqldBackend.start();
  }

  @AfterAll
  static void stop() {
    sqld.close();
  }

  @Test
  void libSqlConnectionsGetTheLibSqlDialectWithTheServersSqliteVersion() throws SQLException {
    String serverVersion;
    try (Connection connection = sqld.dataSource().getConnection()) {
      serverVersion = connection.getMetaData().getDatabaseProductVersion();
    }
    try (SessionFactory orm = Orm.sessionFactory(sqld.dataSource(), Map.of(), List.of())) {
      Dialect dialect = dialect(orm);
      assertThat(dialect).isExactlyInstanceOf(LibSqlDialect.class);
      assertThat(dialect.getVersion()).isEqualTo(ServerVersion.parse(serverVersion));
      assertThat(dialect.supportsInsertReturning()).as("sqld's SQLite is past 3.35").isTrue();
    }
  }

  @Test
  void theResolverAnswersNothingForSqliteJdbc(@TempDir Path directory) throws SQLException {
    SQLiteDataSource sqlite = new SQLiteDataSource();
    sqlite.setUrl("jdbc:sqlite:" + directory.resolve("r.db"));
    try (Connection connection = sqlite.getConnection()) {
      var info = new DatabaseMetaDataDialectResolutionInfoAdapter(connection.getMetaData());
      assertThat(new LibSqlDialectResolver().resolveDialect(info)).isNull();
    }
  }

  @Test
  void theShortNameSelectsTheDialect() {
    try (SessionFactory orm = Orm.sessionFactory(sqld.dataSource(), Map.of("hibernate.dialect", "libsql"), List.of())) {
      assertThat(dialect(orm)).isExactlyInstanceOf(LibSqlDialect.class);
    }
  }

  @Test
  void versionsAreParsedWithTheirPatchLevel() {
    assertThat(ServerVersion.parse("3.45.1")).isEqualTo(DatabaseVersion.make(3, 45, 1));
    assertThat(ServerVersion.parse("3.46")).isEqualTo(DatabaseVersion.make(3, 46, 0));
    assertThat(ServerVersion.parse("unknown")).isNull();
    assertThat(new LibSqlDialect(DatabaseVersion.make(3, 34)).supportsInsertReturning()).isFalse();
  }

  private static Dialect dialect(SessionFactory orm) {
    return orm.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
  }
}
