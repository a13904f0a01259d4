package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.community.dialect.SQLiteDialect;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/**
 * The same model on sqlite-jdbc (a temporary file) with Hibernate's community {@code SQLiteDialect}:
 * the reference the libSQL results are compared with, and the record of where it falls short.
 */
class SqliteJdbcModelTest extends JpaModelContract {

  private Path directory;

  @Override
  SessionFactory start() {
    try {
      directory = Files.createTempDirectory("libsql4j-sqlite");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + directory.resolve("model.db"));
    return Orm.model(dataSource, Map.of());
  }

  @Override
  void stop() {
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  Set<CommunityGap> gaps() {
    return EnumSet.allOf(CommunityGap.class);
  }

  @Test
  void hibernateResolvedItsOwnSqliteDialect() {
    assertThat(orm().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getJdbcServices().getDialect()).isExactlyInstanceOf(SQLiteDialect.class);
  }
}
