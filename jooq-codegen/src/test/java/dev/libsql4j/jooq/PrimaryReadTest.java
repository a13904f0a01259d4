package dev.libsql4j.jooq;

import static dev.libsql4j.jooq.shop.Tables.CATEGORY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jooq.shop.tables.records.CategoryRecord;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.ProxiedCluster;
import dev.libsql4j.testing.SqldCluster;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LibSqlJooq#onPrimary} on a real sqld primary with a replica, each behind a counting proxy:
 * its queries are read from the primary, the same queries through the plain {@code DSLContext} from
 * the replica, one request each.
 */
class PrimaryReadTest {

  private static ProxiedCluster nodes;
  private static CountingProxy primary;
  private static CountingProxy replica;
  private static LibSqlDataSource dataSource;
  private static DSLContext db;
  private static final List<String> served = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void schemaAndData() throws Exception {
    nodes = ProxiedCluster.start(SqldCluster.builder().replicas(1));
    primary = nodes.primary();
    replica = nodes.replicas().get(0);
    dataSource = new LibSqlDataSource(nodes.jdbcUrl());
    dataSource.setRoutingListener((node, role, kind, index) -> served.add(role + " " + kind));
    ShopSchema.load(dataSource);
    db = LibSqlJooq.using(dataSource);
    db.insertInto(CATEGORY, CATEGORY.ID, CATEGORY.NAME, CATEGORY.SLUG).values(1, "Books", "books").execute();
    ProxiedCluster.awaitReplicated("the replica has the category", () -> categoriesOnReplica() == 1);
  }

  /** The categories a replica read sees (reads without a hint go to the replica). */
  private static int categoriesOnReplica() {
    try {
      return db.fetchCount(CATEGORY);
    } catch (RuntimeException tableNotReplicatedYet) {
      return -1;
    }
  }

  @AfterAll
  static void close() {
    dataSource.close();
    nodes.close();
  }

  @BeforeEach
  void resetCounts() {
    served.clear();
    nodes.resetCounts();
  }

  @Test
  void queriesOfTheOnPrimaryContextAreReadFromThePrimary() {
    CategoryRecord books = LibSqlJooq.onPrimary(db).selectFrom(CATEGORY).where(CATEGORY.ID.eq(1)).fetchOne();
    assertThat(books.getName()).isEqualTo("Books");
    assertThat(served).containsExactly("PRIMARY READ");
    assertThat(primary.requests("/pipeline")).isEqualTo(1);
    assertThat(replica.requests()).isZero();
  }

  @Test
  void theSameQueryThroughThePlainContextIsReadFromTheReplica() {
    CategoryRecord books = db.selectFrom(CATEGORY).where(CATEGORY.ID.eq(1)).fetchOne();
    assertThat(books.getName()).isEqualTo("Books");
    assertThat(served).containsExactly("REPLICA READ");
    assertThat(replica.requests("/pipeline")).isEqualTo(1);
    assertThat(primary.requests()).isZero();
  }

  @Test
  void aQueryBuiltBeforehandIsReadFromThePrimaryWhenFetchedThroughIt() {
    ResultQuery<CategoryRecord> query = db.selectFrom(CATEGORY).where(CATEGORY.SLUG.eq("books"));
    assertThat(LibSqlJooq.onPrimary(db).fetch(query)).hasSize(1);
    assertThat(query.fetch()).hasSize(1);
    assertThat(served).containsExactly("PRIMARY READ", "REPLICA READ");
    assertThat(primary.requests("/pipeline")).isEqualTo(1);
    assertThat(replica.requests("/pipeline")).isEqualTo(1);
  }
}
