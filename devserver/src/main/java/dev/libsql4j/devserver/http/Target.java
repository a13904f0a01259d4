package dev.libsql4j.devserver.http;

import dev.libsql4j.devserver.auth.Access;
import dev.libsql4j.devserver.sql.Database;

import dev.libsql4j.devserver.stream.StatementGuard;

/** What a request works on (its namespace and that namespace's database) and what it may do there. */
record Target(String namespace, Database database, Access access) {

  /** The guard that enforces {@link #access()} on statements. */
  StatementGuard guard() {
    return new StatementGuard(access, namespace);
  }
}
