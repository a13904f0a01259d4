package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.spring.autoconfigure.app.Note;
import dev.libsql4j.spring.autoconfigure.app.NoteRepository;
import dev.libsql4j.spring.autoconfigure.app.NotesApplication;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Boot application configured by {@code application.yml} alone ({@code spring.datasource.url},
 * {@code libsql.auth-token}, {@code ddl-auto}) runs JPA and Spring Data on a real sqld that requires
 * a JWT, with the dialect set to {@code LibSqlDialect}, in the fewest requests (counted by a proxy in
 * front of sqld).
 */
@SpringBootTest(classes = NotesApplication.class)
@DirtiesContext // closes the pool after this class (its close sends nothing, so the order with sqld's stop is free)
class ApplicationYamlTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  private static CountingProxy proxy;

  @DynamicPropertySource
  static void sqld(DynamicPropertyRegistry registry) {
    registry.add("sqld.url", () -> "jdbc:libsql:" + proxy().url());
    registry.add("sqld.token", () -> SQLD.jwt().fullAccessToken());
  }

  private static synchronized CountingProxy proxy() {
    if (proxy == null) {
      proxy = CountingProxy.start(SQLD.node().httpUrl());
    }
    return proxy;
  }

  @AfterAll
  static void stopProxy() {
    proxy.close();
  }

  @Autowired
  DataSource dataSource;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NoteRepository notes;

  @Autowired
  EntityManagerFactory entityManagerFactory;

  @BeforeEach
  void warmAndReset() {
    notes.count(); // the pool's first use costs Hikari's one-time isValid check
    proxy().reset();
  }

  @Test
  void theDataSourceIsTheLibSqlPoolAndTheDialectIsLibSql() {
    assertThat(dataSource).isInstanceOf(LibSqlPooledDataSource.class);
    assertThat(entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
        .getClass().getName()).isEqualTo("dev.libsql4j.hibernate.LibSqlDialect");
  }

  @Test
  void repositoryRoundTrip() {
    Note saved = notes.save(new Note("from application.yml"));

    assertThat(saved.getId()).isNotNull();
    assertThat(notes.findById(saved.getId())).map(Note::getText).contains("from application.yml");
    assertThat(notes.findByTextContaining("application.yml")).extracting(Note::getId).contains(saved.getId());
  }

  @Test
  void savingAnEntityCostsTwoRequests() {
    notes.save(new Note("counted"));

    assertThat(proxy().requests("/v3/pipeline")).as("BEGIN + INSERT … RETURNING, then COMMIT").isEqualTo(2);
  }

  @Test
  void findingAnEntityByIdCostsTwoRequests() {
    Long id = notes.save(new Note("read back")).getId();
    proxy().reset();

    assertThat(notes.findById(id)).isPresent();

    assertThat(proxy().requests("/v3/pipeline")).as("BEGIN READONLY + SELECT, then COMMIT").isEqualTo(2);
  }

  @Test
  void jdbcTemplateQueryCostsOneRequest() {
    assertThat(jdbc.queryForObject("SELECT count(*) FROM note", Long.class)).isNotNegative();

    assertThat(proxy().requests()).isEqualTo(1);
  }
}
