package dev.libsql4j.spring.autoconfigure.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.SqldCluster;
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

  @BeforeEach
  void replicasHaveTheTable() throws InterruptedException {
    service.set(1, 0);
    service.set(2, 0);
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        if (service.sum(1, 2) == 0 && counters.findById(2L).isPresent() && counters.findById(2L).isPresent()) {
          break;
        }
      } catch (RuntimeException tableNotReplicatedYet) {
        Thread.sleep(50);
      }
    }
    reads.reset();
  }

  @Test
  void aReadPrimaryRepositoryReadsEveryWriteFromThePrimary() {
    int stale = 0;
    for (int i = 1; i <= 200; i++) {
      service.set(1, i);
      if (primaryCounters.findById(1L).orElseThrow().getValue() != i) {
        stale++;
      }
    }
    assertThat(stale).isZero();
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
    int stale = 0;
    for (int i = 1; i <= 50; i++) {
      service.set(2, i);
      if (counters.findFreshById(2L).orElseThrow().getValue() != i) {
        stale++;
      }
    }
    assertThat(stale).isZero();
    assertThat(reads.replica.sum()).isZero();
  }
}
