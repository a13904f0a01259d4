package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hibernate.model.Address;
import dev.libsql4j.hibernate.model.Customer;
import dev.libsql4j.hibernate.model.Setting;
import dev.libsql4j.hibernate.model.Tag;
import dev.libsql4j.hibernate.model.Ticket;
import dev.libsql4j.testing.CountingProxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP requests per Hibernate operation, counted by a proxy in front of real sqld. */
class RoundTripTest {

  private static final int ENTITIES = 1_000;
  private static final int BATCH_SIZE = 50;

  private static SqldBackend sqld;
  private static SessionFactory orm;
  private static CountingProxy proxy;

  @BeforeAll
  static void start() {
    sqld = SqldBackend.start();
    orm = Orm.model(sqld.dataSource(), Map.of("hibernate.jdbc.batch_size", BATCH_SIZE,
        "hibernate.order_inserts", true, "hibernate.order_updates", true));
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

  @BeforeEach
  void resetCount() {
    proxy.reset();
  }

  @Test
  void identityInsertsTakeOneRequestEachWithTheIdInTheAnswer() {
    int inserts = 10;
    List<Long> ids = new ArrayList<>();
    orm.inTransaction(session -> {
      for (int i = 0; i < inserts; i++) {
        Customer customer = new Customer("identity" + i + "@example.com", "c" + i, new Address("s", "c"));
        int before = proxy.requests();
        session.persist(customer);
        assertThat(proxy.requests() - before).as("requests of persist #%d", i).isEqualTo(1);
        ids.add(customer.id);
      }
      proxy.reset();
    });
    assertThat(proxy.requests()).as("commit").isEqualTo(1);
    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().isSorted();
  }

  @Test
  void thousandUuidEntitiesInBatchesOfFiftyTakeTwentyOneRequests() {
    orm.inTransaction(session -> {
      for (int i = 0; i < ENTITIES; i++) {
        session.persist(new Tag("uuid-" + i));
      }
    });
    // 20 executeBatch requests (BEGIN rides with the first) + COMMIT
    assertThat(proxy.requests()).isEqualTo(ENTITIES / BATCH_SIZE + 1);
  }

  @Test
  void thousandTableIdEntitiesInBatchesOfFiftyTakeOneRequestPerIdBlock() {
    orm.inTransaction(session -> {
      for (int i = 0; i < ENTITIES; i++) {
        session.persist(new Ticket("ticket " + i));
      }
    });
    // Each block of 50 ids is one autocommit UPDATE … RETURNING on another connection; the pooled
    // optimizer reads 21 blocks for 1,000 ids. Then 20 batches (BEGIN rides with the first) and
    // the commit: 42, within the 45.
    int idBlocks = ENTITIES / BATCH_SIZE + 1;
    assertThat(proxy.requests()).isEqualTo(idBlocks + ENTITIES / BATCH_SIZE + 1).isLessThanOrEqualTo(45);
  }

  @Test
  void loadingAnEntityByIdTakesOneRequest() {
    Customer saved = orm.fromTransaction(session -> {
      Customer customer = new Customer("load@example.com", "loaded", new Address("s", "c"));
      session.persist(customer);
      return customer;
    });
    proxy.reset();
    Customer loaded = orm.fromSession(session -> session.find(Customer.class, saved.id));
    assertThat(loaded.name).isEqualTo("loaded");
    assertThat(proxy.requests()).isEqualTo(1);
  }

  @Test
  void upsertIsOneRequestWhetherItInsertsOrUpdates() {
    // one SQLite UPSERT (SqliteUpsertTranslator); Hibernate's default would be update, then insert
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
