package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hibernate.model.Address;
import dev.libsql4j.hibernate.model.BankTransfer;
import dev.libsql4j.hibernate.model.CardPayment;
import dev.libsql4j.hibernate.model.Customer;
import dev.libsql4j.hibernate.model.Level;
import dev.libsql4j.hibernate.model.OrderStatus;
import dev.libsql4j.hibernate.model.Payment;
import dev.libsql4j.hibernate.model.PurchaseOrder;
import dev.libsql4j.hibernate.model.Sample;
import dev.libsql4j.hibernate.model.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One JPA model (one-to-many, many-to-many, an embeddable, joined inheritance, {@code @Version},
 * every common type) exercised the same way on two backends: {@link LibSqlDialect} on real sqld
 * through libsql4j, and Hibernate's community {@code SQLiteDialect} on sqlite-jdbc. Both must give
 * the expected results, except where a backend declares a {@link CommunityGap}: there the test
 * asserts that the result really differs, and says why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JpaModelContract {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private SessionFactory orm;

  /** Starts the backend and returns a session factory on it, the schema created. */
  abstract SessionFactory start();

  /** Stops the backend (the session factory is closed before). */
  abstract void stop();

  /** The gaps this backend shows. */
  abstract Set<CommunityGap> gaps();

  @BeforeAll
  void open() {
    orm = start();
  }

  @AfterAll
  void close() {
    try {
      if (orm != null) {
        orm.close();
      }
    } finally {
      stop();
    }
  }

  SessionFactory orm() {
    return orm;
  }

  // ------------------------------------------------------------------ types

  @Test
  void everyTypeRoundTrips() throws Throwable {
    Sample sample = Sample.withTimesAndReference();
    sample.amount = new BigDecimal("1234567890.12345");
    sample.level = Level.HIGH;
    sample.bytes = new byte[] {0, -1, 127, -128, 10};
    sample.flag = true;
    sample.bigNumber = Long.MAX_VALUE;
    sample.ratio = 0.1;
    sample.text = "ünïcødé ✓ 'quoted' \"double\"";
    sample.attributes = Map.of("count", 3, "names", List.of("a", "b"), "nested", Map.of("on", true));
    orm.inTransaction(session -> session.persist(sample));

    Sample loaded = orm.fromTransaction(session -> session.find(Sample.class, sample.id));

    expect(CommunityGap.TIMESTAMPS_IN_MILLISECONDS, () -> assertThat(loaded.instant).isEqualTo(sample.instant));
    assertThat(loaded.offsetDateTime.toInstant()).isEqualTo(sample.offsetDateTime.toInstant());
    assertThat(loaded.localDate).isEqualTo(sample.localDate);
    assertThat(loaded.localTime).isEqualTo(sample.localTime);
    expect(CommunityGap.TIMESTAMPS_IN_MILLISECONDS,
        () -> assertThat(loaded.localDateTime).isEqualTo(sample.localDateTime));
    assertThat(loaded.reference).isEqualTo(sample.reference);
    assertThat(loaded.amount).isEqualByComparingTo(sample.amount);
    assertThat(loaded.level).isEqualTo(Level.HIGH);
    assertThat(loaded.bytes).containsExactly(sample.bytes);
    assertThat(loaded.flag).isTrue();
    assertThat(loaded.bigNumber).isEqualTo(Long.MAX_VALUE);
    assertThat(loaded.ratio).isEqualTo(0.1);
    assertThat(loaded.text).isEqualTo(sample.text);
    assertThat(loaded.attributes).isEqualTo(sample.attributes);
  }

  @Test
  void aDecimalBeyondFifteenDigitsIsRefusedNotRounded() throws Throwable {
    Sample sample = new Sample();
    sample.amount = new BigDecimal("12345678901234567890.1234567890");

    expect(CommunityGap.DECIMAL_DIGITS_LOST_SILENTLY, () -> assertThatThrownBy(
            () -> orm.inTransaction(session -> session.persist(sample)))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause().hasMessageContaining("15 significant digits"));
  }

  @Test
  void aDecimalComesBackWithItsColumnsScale() throws Throwable {
    Sample sample = new Sample();
    sample.amount = new BigDecimal("12.30");
    sample.price = new BigDecimal("5");
    orm.inTransaction(session -> session.persist(sample));

    Sample loaded = orm.fromTransaction(session -> session.find(Sample.class, sample.id));

    expect(CommunityGap.DECIMAL_SCALE_LOST, () -> {
      assertThat(loaded.amount).hasToString("12.3000000000");
      assertThat(loaded.price).hasToString("5.00");
    });
  }

  @Test
  void aDecimalWrittenByOthersComesBackWithItsColumnsScale() throws Throwable {
    String integral = unique("integral");
    String real = unique("real");
    orm.inTransaction(session -> {
      for (String marker : List.of(integral, real)) {
        Sample sample = new Sample();
        sample.text = marker;
        session.persist(sample);
      }
    });
    orm.inTransaction(session -> {
      session.createNativeMutationQuery("update Sample set price = 7, amount = 2 where text = :marker")
          .setParameter("marker", integral).executeUpdate();
      session.createNativeMutationQuery("update Sample set price = 0.1, amount = 2.5 where text = :marker")
          .setParameter("marker", real).executeUpdate();
    });

    List<Object[]> loaded = orm.fromTransaction(session -> session.createSelectionQuery(
            "select s.price, s.amount from Sample s where s.text in (:markers) order by s.price", Object[].class)
        .setParameter("markers", List.of(integral, real))
        .getResultList());

    expect(CommunityGap.DECIMAL_SCALE_LOST, () -> assertThat(loaded)
        .extracting(row -> row[0].toString() + " " + row[1])
        .containsExactly("0.10 2.5000000000", "7.00 2.0000000000"));
  }

  // ------------------------------------------------------------------ associations

  @Test
  void oneToManyAndManyToManyLoadTogether() {
    String email = unique("assoc");
    orm.inTransaction(session -> {
      Tag urgent = new Tag(unique("urgent"));
      Tag gift = new Tag(unique("gift"));
      session.persist(urgent);
      session.persist(gift);
      Customer customer = new Customer(email, "Ada", new Address("1 Loop Rd", "Cupertino"));
      for (int i = 3; i >= 1; i--) {
        PurchaseOrder order = customer.addOrder(new PurchaseOrder(i, new BigDecimal("10.50"), OrderStatus.NEW, Instant.EPOCH));
        order.tags.add(urgent);
        if (i == 2) {
          order.tags.add(gift);
        }
      }
      session.persist(customer);
    });

    Customer loaded = orm.fromTransaction(session -> session.createSelectionQuery(
            "select c from Customer c join fetch c.orders where c.email = :email", Customer.class)
        .setParameter("email", email)
        .getSingleResult());
    List<Integer> tagsPerOrder = orm.fromTransaction(session -> session.createSelectionQuery(
            "select size(o.tags) from PurchaseOrder o where o.customer.email = :email order by o.number", Integer.class)
        .setParameter("email", email)
        .getResultList());

    assertThat(loaded.orders).extracting(order -> order.number).containsExactly(1, 2, 3);
    assertThat(tagsPerOrder).containsExactly(1, 2, 1);
    assertThat(loaded.address.city).isEqualTo("Cupertino");
  }

  @Test
  void embeddablesAreQueryable() {
    String city = unique("city");
    orm.inTransaction(session -> {
      session.persist(new Customer(unique("emb"), "in", new Address("2 Main St", city)));
      session.persist(new Customer(unique("emb"), "out", new Address("2 Main St", "elsewhere")));
    });

    List<String> names = orm.fromTransaction(session -> session.createSelectionQuery(
            "select c.name from Customer c where c.address.city = :city", String.class)
        .setParameter("city", city)
        .getResultList());

    assertThat(names).containsExactly("in");
  }

  @Test
  void joinedInheritanceIsPolymorphicAndBulkDeletable() {
    orm.inTransaction(session -> {
      session.persist(new CardPayment(new BigDecimal("5.00"), "4242"));
      session.persist(new CardPayment(new BigDecimal("500.00"), "1881"));
      session.persist(new BankTransfer(new BigDecimal("7.00"), "DE89 3704"));
    });

    List<Payment> payments = orm.fromTransaction(session -> session.createSelectionQuery(
        "from Payment p order by p.amount", Payment.class).getResultList());
    assertThat(payments).hasExactlyElementsOfTypes(CardPayment.class, BankTransfer.class, CardPayment.class);
    assertThat(((BankTransfer) payments.get(1)).iban).isEqualTo("DE89 3704");

    int deleted = orm.fromTransaction(session -> session.createMutationQuery(
        "delete from Payment p where p.amount < 100").executeUpdate());
    assertThat(deleted).isEqualTo(2);
    long cards = orm.fromTransaction(session -> session.createSelectionQuery(
        "select count(*) from CardPayment", Long.class).getSingleResult());
    assertThat(cards).isEqualTo(1);
  }

  // ------------------------------------------------------------------ optimistic locking

  @Test
  void versionDetectsAConcurrentUpdate() {
    Customer saved = persistCustomer(unique("version"));
    Customer stale = orm.fromTransaction(session -> session.find(Customer.class, saved.id));
    orm.inTransaction(session -> session.find(Customer.class, saved.id).name = "theirs");

    stale.name = "mine";
    assertThatThrownBy(() -> orm.inTransaction(session -> session.merge(stale)))
        .isInstanceOf(jakarta.persistence.OptimisticLockException.class);

    Customer current = orm.fromTransaction(session -> session.find(Customer.class, saved.id));
    assertThat(current.name).isEqualTo("theirs");
    assertThat(current.version).isEqualTo(saved.version + 1);
  }

  // ------------------------------------------------------------------ queries

  @Test
  void pagesAreOrderedSlices() {
    Customer customer = persistCustomerWithOrders(unique("pages"), 25);

    List<Integer> page = orm.fromTransaction(session -> session.createSelectionQuery(
            "select o.number from PurchaseOrder o where o.customer.id = :id order by o.number", Integer.class)
        .setParameter("id", customer.id)
        .setFirstResult(20)
        .setMaxResults(10)
        .getResultList());

    assertThat(page).containsExactly(20, 21, 22, 23, 24);
  }

  @Test
  void constructorAndTupleProjections() {
    Customer customer = persistCustomerWithOrders(unique("projection"), 4);

    OrderSummary summary = orm.fromTransaction(session -> session.createSelectionQuery(
            "select new dev.libsql4j.hibernate.OrderSummary(c.name, count(o), sum(o.total)) "
                + "from Customer c join c.orders o where c.id = :id group by c.name", OrderSummary.class)
        .setParameter("id", customer.id)
        .getSingleResult());
    assertThat(summary.customer()).isEqualTo(customer.name);
    assertThat(summary.orders()).isEqualTo(4);
    assertThat(summary.total()).isEqualByComparingTo("42.00");

    List<Object[]> byStatus = orm.fromTransaction(session -> session.createSelectionQuery(
            "select o.status, count(o) from PurchaseOrder o where o.customer.id = :id group by o.status order by o.status",
            Object[].class)
        .setParameter("id", customer.id)
        .getResultList());
    assertThat(byStatus).extracting(row -> row[0]).containsExactly(OrderStatus.NEW, OrderStatus.PAID);
    assertThat(byStatus).extracting(row -> row[1]).containsExactly(2L, 2L);
  }

  @Test
  void nativeQueriesReturnScalarsAndEntities() {
    Customer customer = persistCustomer(unique("native"));

    Object[] row = orm.fromTransaction(session -> (Object[]) session.createNativeQuery(
            "select email, name from Customer where id = :id", Object[].class)
        .setParameter("id", customer.id)
        .getSingleResult());
    assertThat(row).containsExactly(customer.email, customer.name);

    Customer entity = orm.fromTransaction(session -> session.createNativeQuery(
            "select * from Customer where email = :email", Customer.class)
        .setParameter("email", customer.email)
        .getSingleResult());
    assertThat(entity.id).isEqualTo(customer.id);
    assertThat(entity.address.street).isEqualTo(customer.address.street);
  }

  // ------------------------------------------------------------------ errors

  /**
   * Runs {@code assertion}; on a backend with {@code gap}, asserts instead that it fails, so the
   * test names the gap and notices when it closes.
   */
  void expect(CommunityGap gap, org.assertj.core.api.ThrowableAssert.ThrowingCallable assertion) throws Throwable {
    if (gaps().contains(gap)) {
      assertThatThrownBy(assertion).as(gap.description).isInstanceOf(AssertionError.class);
    } else {
      assertion.call();
    }
  }

  @Test
  void aDuplicateUniqueValueIsAUniqueViolation() throws Throwable {
    String email = unique("dup");
    persistCustomer(email);

    assertConstraintViolation(session -> session.persist(new Customer(email, "again", null)),
        ConstraintKind.UNIQUE, "Customer.email");
  }

  @Test
  void aMissingRequiredValueIsANotNullViolation() throws Throwable {
    assertConstraintViolation(session -> session.createNativeMutationQuery(
            "insert into Customer (email, name, version) values (null, 'x', 0)").executeUpdate(),
        ConstraintKind.NOT_NULL, "Customer.email");
  }

  @Test
  void anEnumValueOutsideTheEnumIsACheckViolation() throws Throwable {
    Customer customer = persistCustomerWithOrders(unique("check"), 1);

    assertConstraintViolation(session -> session.createNativeMutationQuery(
            "update PurchaseOrder set status = 'LOST' where customer_id = :id")
        .setParameter("id", customer.id).executeUpdate(),
        ConstraintKind.CHECK, null);
  }

  @Test
  void deletingAReferencedRowIsAForeignKeyViolation() throws Throwable {
    Customer customer = persistCustomerWithOrders(unique("fk"), 1);

    expect(CommunityGap.NO_FOREIGN_KEYS, () -> assertThatThrownBy(() -> orm.inTransaction(session -> session
            .createNativeMutationQuery("delete from Customer where id = :id")
            .setParameter("id", customer.id).executeUpdate()))
        .isInstanceOfSatisfying(ConstraintViolationException.class,
            violation -> assertThat(violation.getKind()).isEqualTo(ConstraintKind.FOREIGN_KEY)));

    // Where the delete went through, the orphaned order would join the next customer that reuses the id.
    orm.inTransaction(session -> session.createNativeMutationQuery("delete from PurchaseOrder where customer_id = :id")
        .setParameter("id", customer.id).executeUpdate());
  }

  // ------------------------------------------------------------------ helpers

  private void assertConstraintViolation(Consumer<org.hibernate.Session> work, ConstraintKind kind, String name)
      throws Throwable {
    expect(CommunityGap.CONSTRAINT_KIND_UNKNOWN, () -> assertThatThrownBy(() -> orm.inTransaction(work::accept))
        .isInstanceOfSatisfying(ConstraintViolationException.class, violation -> {
          assertThat(violation.getKind()).isEqualTo(kind);
          if (name != null) {
            assertThat(violation.getConstraintName()).isEqualTo(name);
          }
        }));
  }

  private Customer persistCustomer(String email) {
    Customer customer = new Customer(email, "name of " + email, new Address("3 High St", "Springfield"));
    orm.inTransaction(session -> session.persist(customer));
    return customer;
  }

  /** A customer with orders numbered from 0, totals 9, 10, 11, … and statuses NEW, PAID, NEW, … */
  private Customer persistCustomerWithOrders(String email, int orders) {
    Customer customer = new Customer(email, "buyer " + email, new Address("4 Elm St", "Shelbyville"));
    for (int i = 0; i < orders; i++) {
      customer.addOrder(new PurchaseOrder(i, BigDecimal.valueOf(900 + i * 100L, 2),
          i % 2 == 0 ? OrderStatus.NEW : OrderStatus.PAID, Instant.EPOCH.plusSeconds(i)));
    }
    orm.inTransaction(session -> session.persist(customer));
    return customer;
  }

  private static String unique(String prefix) {
    return prefix + "-" + UNIQUE.incrementAndGet() + "@example.com";
  }
}
