package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hibernate.model.Address;
import dev.libsql4j.hibernate.model.Customer;
import dev.libsql4j.jdbc.LibSqlDataSource;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.LockMode;
import org.hibernate.SessionFactory;
import org.hibernate.UnsupportedLockAttemptException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pessimistic locks on real sqld: honoured by the driver's {@code BEGIN IMMEDIATE} transaction,
 * refused with {@link UnsupportedLockAttemptException} wherever they would not hold.
 */
class PessimisticLockTest {

  private static SqldBackend sqld;
  private static SessionFactory orm;
  private static LibSqlDataSource deferredDataSource;
  private static SessionFactory deferredOrm;

  @BeforeAll
  static void start() {
    sqld = SqldBackend.start();
    orm = Orm.model(sqld.dataSource(), Map.of());
    deferredDataSource = sqld.dataSource("?transactionMode=deferred");
    deferredOrm = Orm.model(deferredDataSource, Map.of("hibernate.hbm2ddl.auto", "none"));
  }

  @AfterAll
  static void stop() {
    try {
      deferredOrm.close();
      orm.close();
      deferredDataSource.close();
    } finally {
      sqld.close();
    }
  }

  @Test
  void aLockedReadMakesAConcurrentWriterWaitForTheCommit() throws Exception {
    Customer customer = persistCustomer("lock-wait@example.com");
    CountDownLatch locked = new CountDownLatch(1);
    CompletableFuture<Void> other = new CompletableFuture<>();

    orm.inTransaction(session -> {
      Customer mine = session.find(Customer.class, customer.id, LockModeType.PESSIMISTIC_WRITE);
      CompletableFuture.runAsync(() -> {
        try {
          locked.await();
          orm.inTransaction(second -> second.find(Customer.class, customer.id, LockModeType.PESSIMISTIC_WRITE).name += "+B");
          other.complete(null);
        } catch (Throwable e) {
          other.completeExceptionally(e);
        }
      });
      locked.countDown();
      // The other transaction cannot start its BEGIN IMMEDIATE while this one holds the lock.
      assertThat(other).failsWithin(300, TimeUnit.MILLISECONDS).withThrowableThat()
          .isInstanceOf(java.util.concurrent.TimeoutException.class);
      mine.name += "+A";
    });
    other.get(20, TimeUnit.SECONDS);

    Customer result = orm.fromTransaction(session -> session.find(Customer.class, customer.id));
    assertThat(result.name).isEqualTo("start+A+B");
  }

  @Test
  void aLockedReadCostsNoExtraRequest() {
    Customer customer = persistCustomer("lock-cost@example.com");
    sqld.proxy().reset();

    orm.inTransaction(session -> {
      session.find(Customer.class, customer.id, LockModeType.PESSIMISTIC_WRITE);
      assertThat(sqld.proxy().requests()).as("BEGIN IMMEDIATE + select").isEqualTo(1);
    });
    assertThat(sqld.proxy().requests()).as("and the commit").isEqualTo(2);
  }

  @Test
  void lockingALoadedEntityIsAcceptedInAnImmediateTransaction() {
    Customer customer = persistCustomer("lock-loaded@example.com");

    orm.inTransaction(session -> {
      Customer loaded = session.find(Customer.class, customer.id);
      session.lock(loaded, LockMode.PESSIMISTIC_WRITE);
      assertThat(session.getCurrentLockMode(loaded)).isEqualTo(LockMode.PESSIMISTIC_WRITE);
    });
  }

  @Test
  void aLockWithoutATransactionIsRefusedByHibernate() {
    Customer customer = persistCustomer("lock-autocommit@example.com");

    // Hibernate checks this before the dialect; the dialect's own check would say "autocommit".
    assertThatThrownBy(() -> orm.inSession(session ->
        session.find(Customer.class, customer.id, LockModeType.PESSIMISTIC_WRITE)))
        .isInstanceOf(jakarta.persistence.TransactionRequiredException.class);
  }

  @Test
  void aLockInAReadOnlyTransactionIsRefused() {
    Customer customer = persistCustomer("lock-readonly@example.com");

    assertRefused(() -> orm.inTransaction(session -> {
      session.doWork(connection -> connection.setReadOnly(true));
      session.find(Customer.class, customer.id, LockModeType.PESSIMISTIC_READ);
    }), "read-only");
  }

  @Test
  void aLockInADeferredTransactionIsRefused() {
    Customer customer = persistCustomer("lock-deferred@example.com");

    assertRefused(() -> deferredOrm.inTransaction(session ->
        session.find(Customer.class, customer.id, LockModeType.PESSIMISTIC_WRITE)), "transactionMode=immediate");
    assertRefused(() -> deferredOrm.inTransaction(session ->
        session.lock(session.find(Customer.class, customer.id), LockMode.PESSIMISTIC_WRITE)), "transactionMode=immediate");
  }

  private static void assertRefused(ThrowingCallable work, String reason) {
    assertThatThrownBy(work).satisfiesAnyOf(
        refusal -> assertThat(refusal).isInstanceOf(UnsupportedLockAttemptException.class).hasMessageContaining(reason),
        wrapped -> assertThat(wrapped).hasCauseInstanceOf(UnsupportedLockAttemptException.class)
            .cause().hasMessageContaining(reason));
  }

  private static Customer persistCustomer(String email) {
    Customer customer = new Customer(email, "start", new Address("1 Lock St", "Locksley"));
    orm.inTransaction(session -> session.persist(customer));
    return customer;
  }
}
