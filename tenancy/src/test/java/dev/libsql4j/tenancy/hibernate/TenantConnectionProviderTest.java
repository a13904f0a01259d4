package dev.libsql4j.tenancy.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hibernate.LibSqlDialect;
import dev.libsql4j.tenancy.NoTenantSelectedException;
import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantContext;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.TenantNotFoundException;
import dev.libsql4j.tenancy.Tenants;
import dev.libsql4j.tenancy.liquibase.LiquibaseTenantMigration;
import dev.libsql4j.testing.SqldExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hibernate 7.2 with {@link LibSqlDialect} in DATABASE multi-tenancy on a real sqld with namespaces:
 * every tenant a namespace, connections from {@link TenantDataSources} (at most 5 pools), each tenant
 * migrated with Liquibase on its first use.
 */
class TenantConnectionProviderTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withNamespaces();

  private static final int MAX_POOLS = 5;
  private static final TenantName METADATA = TenantName.of("hibernate-metadata");
  private static SqldAdminTenantDatabases databases;
  private static TenantDataSources tenants;
  private static SessionFactory sessions;

  @BeforeAll
  static void hibernateOverTenants() {
    databases = Tenants.of(SQLD.node());
    tenants = TenantDataSources.builder(databases)
        .maxPools(MAX_POOLS)
        .migrateOnFirstUse(new LiquibaseTenantMigration("db/tenant-changelog.xml"))
        .build();
    tenants.create(METADATA);
    sessions = new HibernatePersistenceConfiguration("tenancy-hibernate-test")
        .managedClasses(Customer.class)
        .properties(Map.of(
            "hibernate.dialect", LibSqlDialect.class.getName(),
            MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
            new TenantConnectionProvider(tenants, tenants.dataSource(METADATA)),
            MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantContextIdentifierResolver()))
        .createEntityManagerFactory();
  }

  @AfterAll
  static void close() {
    sessions.close();
    tenants.close();
    databases.close();
  }

  @Test
  void sessionsOfTwoTenantsInterleavedOnOneThreadSeeOnlyTheirOwnRows() {
    TenantName red = create("red");
    TenantName blue = create("blue");
    try (Session redSession = open(red); Session blueSession = open(blue)) {
      redSession.getTransaction().begin();
      blueSession.getTransaction().begin();
      redSession.persist(new Customer("red-1"));
      blueSession.persist(new Customer("blue-1"));
      redSession.flush();
      assertThat(names(blueSession)).containsExactly("blue-1");
      redSession.getTransaction().commit();
      blueSession.getTransaction().commit();

      assertThat(names(redSession)).containsExactly("red-1");
      assertThat(names(blueSession)).containsExactly("blue-1");
    }
    // The same through TenantContext and the resolver, nested.
    TenantContext.run(red, () -> {
      assertThat(inCurrentTenant()).containsExactly("red-1");
      TenantContext.run(blue, () -> assertThat(inCurrentTenant()).containsExactly("blue-1"));
      assertThat(inCurrentTenant()).containsExactly("red-1");
    });
  }

  @Test
  void tenantsOnSeveralThreadsAtOnceSeeOnlyTheirOwnRows() throws Exception {
    List<TenantName> group = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      group.add(create("threads-" + i));
    }
    int threads = 8;   // two threads per tenant
    CyclicBarrier together = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> seen = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        TenantName tenant = group.get(t % group.size());
        String row = tenant + "/thread-" + t;
        seen.add(pool.submit(() -> TenantContext.call(tenant, () -> {
          together.await(30, TimeUnit.SECONDS);
          sessions.inTransaction(session -> session.persist(new Customer(row)));
          together.await(30, TimeUnit.SECONDS);   // every tenant has written before anyone reads
          return inCurrentTenant();
        })));
      }
      for (int t = 0; t < threads; t++) {
        TenantName tenant = group.get(t % group.size());
        assertThat(seen.get(t).get(60, TimeUnit.SECONDS))
            .as("rows seen by a thread of %s", tenant)
            .containsExactlyInAnyOrder(tenant + "/thread-" + (t % group.size()),
                tenant + "/thread-" + (t % group.size() + group.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thirtyTenantsNeverHoldMoreThanFivePools() {
    List<TenantName> thirty = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      thirty.add(create("bound-" + i));
    }
    long openedBefore = tenants.poolsOpened();
    for (int round = 0; round < 2; round++) {
      for (TenantName tenant : thirty) {
        TenantContext.run(tenant, () -> sessions.inTransaction(s -> s.persist(new Customer(tenant.value()))));
        assertThat(tenants.openPools()).isLessThanOrEqualTo(MAX_POOLS);
      }
    }
    for (TenantName tenant : thirty) {
      assertThat(TenantContext.call(tenant, TenantConnectionProviderTest::inCurrentTenant))
          .containsExactly(tenant.value(), tenant.value());
      assertThat(tenants.openPools()).isLessThanOrEqualTo(MAX_POOLS);
    }
    // Every tenant's pool was opened, closed for others, and opened again: the bound did the work.
    assertThat(tenants.poolsOpened() - openedBefore).isGreaterThanOrEqualTo(90);
  }

  @Test
  void aDeletedTenantIsTenantNotFound() {
    TenantName gone = create("gone");
    TenantContext.run(gone, () -> sessions.inTransaction(s -> s.persist(new Customer("soon gone"))));

    tenants.delete(gone);

    assertThatThrownBy(() -> TenantContext.run(gone, TenantConnectionProviderTest::inCurrentTenant))
        .isInstanceOf(TenantNotFoundException.class)
        .hasMessage("Tenant 'gone' not found: its database does not exist (deleted, or never created with "
            + "TenantDatabases.create)");
  }

  @Test
  void aTenantThatWasNeverCreatedIsTenantNotFound() {
    // Its first-use migration meets the server's 404 for the namespace.
    assertThatThrownBy(() -> TenantContext.run("never-created", TenantConnectionProviderTest::inCurrentTenant))
        .isInstanceOf(TenantNotFoundException.class)
        .hasMessageContaining("Tenant 'never-created' not found");
  }

  @Test
  void aTenantIdBreakingTheNamingRuleIsRefusedBeforeAnyRequest() {
    long opened = tenants.poolsOpened();
    assertThatThrownBy(() -> {
      try (Session session = sessions.withOptions().tenantIdentifier("Acme_Corp").openSession()) {
        names(session);
      }
    }).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Tenant name 'Acme_Corp' may only contain lowercase letters a-z, digits and dashes");
    assertThat(tenants.poolsOpened()).isEqualTo(opened);
  }

  @Test
  void aSessionWithoutATenantOpensButCannotQuery() {
    try (Session session = sessions.openSession()) {
      assertThat(session.getTenantIdentifierValue()).isEqualTo(TenantContextIdentifierResolver.NO_TENANT);
      assertThatThrownBy(() -> names(session))
          .isInstanceOf(NoTenantSelectedException.class)
          .hasMessageStartingWith("This Hibernate session has no tenant: run the work inside "
              + "TenantContext.run(tenant, work)");
    }
  }

  private static TenantName create(String name) {
    TenantName tenant = TenantName.of(name);
    tenants.create(tenant);
    return tenant;
  }

  private static Session open(TenantName tenant) {
    return sessions.withOptions().tenantIdentifier(tenant.value()).openSession();
  }

  private static List<String> inCurrentTenant() {
    return sessions.fromTransaction(TenantConnectionProviderTest::names);
  }

  private static List<String> names(Session session) {
    return session.createSelectionQuery("select c.name from Customer c order by c.id", String.class).getResultList();
  }
}
