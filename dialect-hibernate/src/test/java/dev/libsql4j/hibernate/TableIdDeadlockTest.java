package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hibernate.model.Address;
import dev.libsql4j.hibernate.model.Customer;
import dev.libsql4j.hibernate.model.Ticket;
import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limit the README warns about: Hibernate fetches TABLE ids in a transaction of its own on a
 * second connection, which needs SQLite's single write lock while the session's transaction holds
 * it. sqld breaks the wait after its transaction timeout by rolling back the session's transaction:
 * a loud failure (after about 5 s), never wrong ids.
 */
class TableIdDeadlockTest {

  private static SqldBackend sqld;
  private static SessionFactory orm;

  @BeforeAll
  static void start() {
    sqld = SqldBackend.start();
    orm = Orm.model(sqld.dataSource(), Map.of());
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
  void aTableIdFetchedAfterTheTransactionsFirstStatementRollsTheTransactionBack() {
    Customer customer = new Customer("deadlock@example.com", "d", new Address("s", "c"));
    orm.inTransaction(session -> session.persist(customer));

    assertThatThrownBy(() -> orm.inTransaction(session -> {
      session.find(Customer.class, customer.id).name = "changed";
      session.persist(new Ticket("needs an id block"));
    }))
        .hasRootCauseInstanceOf(SQLTransactionRollbackException.class)
        .rootCause().hasMessageContaining("TRANSACTION_TIMEOUT");

    String name = orm.fromTransaction(session -> session.find(Customer.class, customer.id).name);
    assertThat(name).as("the session's transaction was rolled back").isEqualTo("d");
  }
}
