package dev.libsql4j.spring.autoconfigure.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.SqldCluster;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot application on a real sqld primary with two replicas ({@code libsql.replicas}), a
 * Spring Data JPA repository annotated {@code @ReadPrimary} and a service with
 * {@code @Transactional(readOnly = true)}. Read-your-writes is off, so that only the annotations
 * decide where reads go.
 */
@SpringBootTest(classes = ConsistencyTestApplication.class)
class ConsistencyAutoConfigurationTest {

  private static final SqldCluster CLUSTER = SqldCluster.start(2);

  @Autowired
  private PrimaryCounters primaryCounters;
  @Autowired
  private Counters counters;
  @Autowired
  private CounterService service;
  @Autowired
  private ConsistencyTestApplication.ReadCounts reads;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:libsql:" + CLUSTER.primary().httpUrl());
    registry.add("libsql.replicas", () -> CLUSTER.replicas().stream()
        .map(node -> node.httpUrl().toString()).collect(Collectors.joining(",")));
    registry.add("libsql.consistency.read-your-writes", () -> "none");
    registry.add("spring.jpa.database-platform", () -> "org.hibernate.community.dialect.SQLiteDialect");
    registry.add("spring.jpa.hibernate.ddl-auto", () -> "create");
    registry.add("spring.jpa.properties.hibernate.use_sql_comments", () -> "true");
  }

  @AfterAll
  static void stopCluster() {
    CLUSTER.close();
  }

  /** Both rows at 0, on the primary and (waited for) on the replicas, and the read counts at 0. */
  @BeforeEach
  void resetRows() throws InterruptedException {
    service.set(1, 0);
    service.set(2, 0);
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!replicasHaveTheRows() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    reads.reset();
  }

  private boolean replicasHaveTheRows() {
    try {
      return counters.findById(1L).isPresent() && counters.findById(2L).isPresent() && service.sum(1, 2) == 0;
    } catch (RuntimeException tableNotReplicatedYet) {
      return false;
    }
  }

  /** Sets the counter {@code pairs} times, reading it back each time; returns how many reads were stale. */
  private int staleReads(long id, int pairs, Function<Long, Optional<Counter>> read) {
    int stale = 0;
    for (int i = 1; i <= pairs; i++) {
      service.set(id, i);
      if (read.apply(id).orElseThrow().getValue() != i) {
        stale++;
      }
    }
    return stale;
  }

  @Test
  void aReadPrimaryRepositoryReadsEveryWriteFromThePrimary() {
    assertThat(staleReads(1, 200, primaryCounters::findById)).isZero();
    assertThat(reads.primary.sum()).isGreaterThanOrEqualTo(200);
    assertThat(reads.replica.sum()).isZero();
  }

  @Test
  void readOnlyTransactionsAndUnannotatedRepositoriesReadFromReplicas() {
    for (int i = 0; i < 20; i++) {
      assertThat(service.sum(1, 2)).isGreaterThanOrEqualTo(0);
      assertThat(counters.findById(1L)).isPresent();
    }
    // 20 transactions of two reads, and 20 repository reads (Spring Data's own read-only transactions).
    assertThat(reads.replica.sum()).isEqualTo(60);
    assertThat(reads.primary.sum()).isZero();
  }

  @Test
  void aHibernateQueryCommentedLibsqlPrimaryReadsFromThePrimary() {
    assertThat(staleReads(2, 50, counters::findFreshById)).isZero();
    assertThat(reads.replica.sum()).isZero();
  }
}
