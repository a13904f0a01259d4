package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hibernate.model.Tag;
import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.ProxiedCluster;
import dev.libsql4j.testing.SqldCluster;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernateHints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LibSqlHints#PRIMARY} on a real sqld primary with a replica, each behind a counting proxy: a
 * query with the hint is read from the primary, the same query without it from the replica, one
 * request each; also when Hibernate writes its own SQL comments ({@code hibernate.use_sql_comments}),
 * which come before the hint's.
 */
class PrimaryHintTest {

  private static final String BY_LABEL = "from Tag where label = :label";

  private static ProxiedCluster nodes;
  private static CountingProxy primary;
  private static CountingProxy replica;
  private static LibSqlDataSource dataSource;
  private static SessionFactory orm;
  private static SessionFactory commentingOrm;
  private static final List<String> served = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws InterruptedException {
    nodes = ProxiedCluster.start(SqldCluster.builder().replicas(1));
    primary = nodes.primary();
    replica = nodes.replicas().get(0);
    dataSource = new LibSqlDataSource(nodes.jdbcUrl());
    dataSource.setRoutingListener((node, role, kind, index) -> served.add(role + " " + kind));
    orm = Orm.sessionFactory(dataSource, Map.of("hibernate.hbm2ddl.auto", "create"), List.of(Tag.class));
    commentingOrm = Orm.sessionFactory(dataSource, Map.of("hibernate.use_sql_comments", true), List.of(Tag.class));
    orm.inTransaction(session -> session.persist(new Tag("fresh")));
    ProxiedCluster.awaitReplicated("the replica has the tag", () -> countOnReplica() == 1);
  }

  /** The tags the replica has (through the routing data source: reads without hints go there). */
  private static long countOnReplica() {
    try {
      return orm.fromSession(session -> session.createSelectionQuery("select count(*) from Tag", Long.class)
          .getSingleResult());
    } catch (RuntimeException tableNotReplicatedYet) {
      return -1;
    }
  }

  @AfterAll
  static void stop() {
    commentingOrm.close();
    orm.close();
    dataSource.close();
    nodes.close();
  }

  @BeforeEach
  void resetCounts() {
    served.clear();
    nodes.resetCounts();
  }

  private static Tag find(SessionFactory factory, boolean onPrimary) {
    return factory.fromSession(session -> {
      var query = session.createSelectionQuery(BY_LABEL, Tag.class).setParameter("label", "fresh");
      if (onPrimary) {
        query.setHint(HibernateHints.HINT_QUERY_DATABASE, LibSqlHints.PRIMARY);
      }
      return query.getSingleResult();
    });
  }

  @Test
  void aQueryWithThePrimaryHintIsReadFromThePrimary() {
    assertThat(find(orm, true).label).isEqualTo("fresh");
    assertThat(served).containsExactly("PRIMARY READ");
    assertThat(primary.requests("/pipeline")).isEqualTo(1);
    assertThat(replica.requests()).isZero();
  }

  @Test
  void theSameQueryWithoutTheHintIsReadFromTheReplica() {
    assertThat(find(orm, false).label).isEqualTo("fresh");
    assertThat(served).containsExactly("REPLICA READ");
    assertThat(replica.requests("/pipeline")).isEqualTo(1);
    assertThat(primary.requests()).isZero();
  }

  @Test
  void theHintHoldsWhenHibernateCommentsItsSql() {
    Tag tag = commentingOrm.fromSession(session -> session.createSelectionQuery(BY_LABEL, Tag.class)
        .setParameter("label", "fresh")
        .setComment("tag by label")
        .setHint(HibernateHints.HINT_QUERY_DATABASE, LibSqlHints.PRIMARY)
        .getSingleResult());
    assertThat(tag.label).isEqualTo("fresh");
    assertThat(served).containsExactly("PRIMARY READ");
    assertThat(primary.requests("/pipeline")).isEqualTo(1);
    assertThat(replica.requests()).isZero();
  }
}
