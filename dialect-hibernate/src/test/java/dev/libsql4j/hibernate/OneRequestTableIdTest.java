package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hibernate.model.Ticket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.TableGenerator;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteDataSource;

/**
 * TABLE ids on sqld: one request per block, the stock generator's ids, no overlap between
 * concurrent session factories.
 */
class OneRequestTableIdTest {

  private static final List<Class<?>> TICKETS = List.of(Ticket.class);

  @AutoClose
  private static final SqldBackend sqld = SqldBackend.start();

  @Test
  void anIdBlockTakesOneRequestWhereTheStockGeneratorReadsTheTable(@TempDir Path directory) {
    int ids = 200;
    long stockTableReads;
    try (SessionFactory stock = tickets(sqliteJdbc(directory), Map.of())) {
      persistTickets(stock, ids);
      stockTableReads = ((TableGenerator) generator(stock)).getTableAccessCount();
    }
    try (SessionFactory orm = tickets(sqld, Map.of())) {
      assertThat(generator(orm)).isInstanceOf(OneRequestTableGenerator.class);
      sqld.proxy().reset();
      List<Integer> requestsPerPersist = new ArrayList<>();
      orm.inTransaction(session -> {
        for (int i = 0; i < ids; i++) {
          int before = sqld.proxy().requests();
          session.persist(new Ticket("t" + i));
          requestsPerPersist.add(sqld.proxy().requests() - before);
        }
      });
      assertThat(requestsPerPersist).allMatch(requests -> requests <= 1);
      assertThat(requestsPerPersist.stream().mapToLong(Integer::longValue).sum()).as("block fetches")
          .isEqualTo(stockTableReads).isBetween((long) ids / 50, (long) ids / 50 + 1);
    }
  }

  /** Hibernate settings that change what the table holds or which ids a block gives. */
  static Stream<Map<String, Object>> generatorSettings() {
    return Stream.of(Map.of(),
        Map.of(MappingSettings.TABLE_GENERATOR_STORE_LAST_USED, false),
        Map.of(MappingSettings.PREFERRED_POOLED_OPTIMIZER, "pooled-lo"));
  }

  @ParameterizedTest
  @MethodSource("generatorSettings")
  void theIdsAreTheStockGeneratorsOnSqliteJdbc(Map<String, Object> settings, @TempDir Path directory) {
    List<Long> stockIds;
    try (SessionFactory stock = tickets(sqliteJdbc(directory), settings)) {
      assertThat(generator(stock)).isExactlyInstanceOf(TableGenerator.class);
      stockIds = idsAcrossATableReset(stock);
    }
    try (SessionFactory oneRequest = tickets(sqld, settings)) {
      assertThat(generator(oneRequest)).isInstanceOf(OneRequestTableGenerator.class);
      assertThat(idsAcrossATableReset(oneRequest)).isEqualTo(stockIds);
    }
  }

  @Test
  void twoSessionFactoriesAllocatingConcurrentlyNeverShareAnId() throws Exception {
    int transactions = 10;
    int perTransaction = 100;
    // short write transactions (batched inserts): a transaction holding SQLite's write lock
    // longer than sqld's 5 s timeout while the other factory's id fetch waits is rolled back
    Map<String, Object> batched = Map.of("hibernate.jdbc.batch_size", 50);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (SessionFactory first = tickets(sqld, batched);
        SessionFactory second = tickets(sqld, Map.of("hibernate.jdbc.batch_size", 50, "hibernate.hbm2ddl.auto", "none"))) {
      List<Future<List<Long>>> runs = new ArrayList<>();
      for (SessionFactory orm : List.of(first, second)) {
        Callable<List<Long>> run = () -> {
          List<Long> ids = new ArrayList<>();
          for (int t = 0; t < transactions; t++) {
            ids.addAll(persistTickets(orm, perTransaction));
          }
          return ids;
        };
        runs.add(threads.submit(run));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> run : runs) {
        all.addAll(run.get());
      }
      assertThat(all).hasSize(2 * transactions * perTransaction).doesNotHaveDuplicates();
      long stored = first.fromTransaction(session ->
          session.createSelectionQuery("select count(*) from Ticket", Long.class).getSingleResult());
      assertThat(stored).isEqualTo(all.size());
    } finally {
      threads.shutdownNow();
    }
  }

  /** 70 ids, the generator's row (and the tickets) deleted, 70 more: covers inserting the row. */
  private static List<Long> idsAcrossATableReset(SessionFactory orm) {
    List<Long> ids = new ArrayList<>(persistTickets(orm, 70));
    orm.inTransaction(session -> {
      session.createNativeMutationQuery("delete from Ticket").executeUpdate();
      session.createNativeMutationQuery("delete from ticket_ids").executeUpdate();
    });
    ids.addAll(persistTickets(orm, 70));
    return ids;
  }

  private static List<Long> persistTickets(SessionFactory orm, int count) {
    return orm.fromTransaction(session -> {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Ticket ticket = new Ticket("t" + i);
        session.persist(ticket);
        ids.add(ticket.id);
      }
      return ids;
    });
  }

  /** Hibernate's stock TableGenerator runs here (the community SQLiteDialect). */
  private static SQLiteDataSource sqliteJdbc(Path directory) {
    SQLiteDataSource sqliteJdbc = new SQLiteDataSource();
    sqliteJdbc.setUrl("jdbc:sqlite:" + directory.resolve("stock.db"));
    return sqliteJdbc;
  }

  private static SessionFactory tickets(SqldBackend backend, Map<String, Object> settings) {
    return tickets(backend.dataSource(), settings);
  }

  private static SessionFactory tickets(DataSource dataSource, Map<String, Object> settings) {
    Map<String, Object> all = new HashMap<>(settings);
    all.putIfAbsent("hibernate.hbm2ddl.auto", "create-drop");
    return Orm.sessionFactory(dataSource, all, TICKETS);
  }

  private static Generator generator(SessionFactory orm) {
    return orm.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
        .getEntityDescriptor(Ticket.class).getGenerator();
  }
}
