package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hibernate.model.Setting;
import dev.libsql4j.testing.CountingProxy;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code StatelessSession.upsert} on real sqld: one SQLite UPSERT statement, one request. */
class UpsertTest {

  private static SqldBackend sqld;
  private static SessionFactory orm;
  private static CountingProxy proxy;

  @BeforeAll
  static void start() {
    sqld = SqldBackend.start();
    orm = Orm.sessionFactory(sqld.dataSource(), Map.of("hibernate.hbm2ddl.auto", "create-drop"),
        List.of(Setting.class));
    proxy = sqld.proxy();
  }

  @AfterAll
  static void stop() {
    try {
      orm.close();
    } finally {
      sqld.close();
    }
  }

  @Test
  void upsertInsertsThenUpdatesTheSameIdInOneRequestEach() {
    proxy.reset();
    orm.inStatelessSession(session -> session.upsert(new Setting("theme", "dark")));
    int insertRequests = proxy.requests();

    proxy.reset();
    orm.inStatelessSession(session -> session.upsert(new Setting("theme", "light")));
    int updateRequests = proxy.requests();

    Setting loaded = orm.fromSession(session -> session.find(Setting.class, "theme"));
    long rows = orm.fromSession(session -> session.createSelectionQuery("select count(*) from Setting", Long.class)
        .getSingleResult());
    assertThat(loaded.value).isEqualTo("light");
    assertThat(rows).isEqualTo(1);
    assertThat(insertRequests).as("requests of the inserting upsert").isEqualTo(1);
    assertThat(updateRequests).as("requests of the updating upsert").isEqualTo(1);
  }
}
