package dev.libsql4j.hibernate;

import org.hibernate.MappingException;
import org.hibernate.community.dialect.identity.SQLiteIdentityColumnSupport;

/**
 * SQLite's identity columns ({@code integer} primary keys, aliases of the rowid) whose values come
 * back with the insert itself: through the driver's generated keys (the response's
 * {@code last_insert_rowid}) or {@code INSERT … RETURNING}. Never through a separate
 * {@code select last_insert_rowid()}: over HTTP each autocommit statement runs on a new server
 * connection, where that function answers 0 or another client's id.
 */
final class LibSqlIdentityColumnSupport extends SQLiteIdentityColumnSupport {

  static final LibSqlIdentityColumnSupport LIBSQL_INSTANCE = new LibSqlIdentityColumnSupport();

  private LibSqlIdentityColumnSupport() {
  }

  @Override
  public String getIdentitySelectString(String table, String column, int type) {
    throw new MappingException("libSQL cannot select the last identity in a separate statement (it may run on "
        + "another server connection): keep hibernate.jdbc.use_get_generated_keys=true (the default with "
        + "LibSqlDialect) so that the id of " + table + "." + column + " comes back with the insert");
  }
}
