package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.spring.autoconfigure.app.NotesApplication;
import dev.libsql4j.testing.SqldExtension;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Boot application configured by {@code application.yml} alone ({@code spring.datasource.url} and
 * {@code libsql.auth-token}) runs on a real sqld that requires a JWT.
 */
@SpringBootTest(classes = NotesApplication.class)
class ApplicationYamlTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  @DynamicPropertySource
  static void sqld(DynamicPropertyRegistry registry) {
    registry.add("sqld.url", () -> "jdbc:libsql:" + SQLD.node().httpUrl());
    registry.add("sqld.token", () -> SQLD.jwt().fullAccessToken());
  }

  @Autowired
  DataSource dataSource;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theDataSourceIsTheLibSqlPool() {
    assertThat(dataSource).isInstanceOf(LibSqlPooledDataSource.class);
  }

  @Test
  void jdbcTemplateRoundTrip() {
    jdbc.execute("CREATE TABLE IF NOT EXISTS yaml_note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
    jdbc.update("INSERT INTO yaml_note (text) VALUES (?)", "from application.yml");
    assertThat(jdbc.queryForList("SELECT text FROM yaml_note", String.class)).contains("from application.yml");
  }
}
