package dev.libsql4j.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Foreign keys off for exactly one transaction, on real sqld through a request-counting proxy:
 * the setting reaches the transaction (it rides ahead of BEGIN on the transaction's stream), the
 * check sees violations, and foreign keys are on again afterwards; one request each.
 */
class ForeignKeySuspensionTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  @Test
  void foreignKeysAreOffInsideTheNextTransactionAndOnAfterIt() throws Exception {
    try (CountingProxy proxy = CountingProxy.start(SQLD.node().httpUrl());
         LibSqlDataSource dataSource = new LibSqlDataSource("jdbc:libsql:" + proxy.url());
         Connection c = dataSource.getConnection()) {
      Db.run(c, "CREATE TABLE p (id INTEGER PRIMARY KEY)",
          "CREATE TABLE k (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE CASCADE)",
          "INSERT INTO p VALUES (1)", "INSERT INTO k VALUES (1, 1)");
      c.setAutoCommit(false);
      ForeignKeySuspension suspension = new ForeignKeySuspension();
      proxy.reset();

      suspension.suspend(c);
      assertThat(proxy.requests()).isEqualTo(1);

      // The transaction's first request carries the setting, then BEGIN: no cascade, no check.
      Db.run(c, "DELETE FROM p WHERE id = 1");
      assertThat(proxy.requests()).isEqualTo(2);
      assertThat(Db.rows(c, "PRAGMA foreign_keys")).containsExactly("0");
      assertThat(Db.rows(c, "SELECT count(*) FROM k")).containsExactly("1");

      proxy.reset();
      assertThatThrownBy(() -> suspension.check(c))
          .isInstanceOf(ForeignKeyViolationException.class).hasMessageContaining("k rowid 1 -> p");
      assertThat(proxy.requests()).isEqualTo(1);

      c.rollback();
      proxy.reset();
      suspension.restore(c);
      assertThat(proxy.requests()).isEqualTo(1);
      assertThat(suspension.isSuspended()).isFalse();

      // The rolled-back delete is undone, and the next transaction enforces and cascades again.
      Db.run(c, "DELETE FROM p WHERE id = 1");
      assertThat(Db.rows(c, "SELECT count(*) FROM k")).containsExactly("0");
      c.commit();
    }
  }
}
