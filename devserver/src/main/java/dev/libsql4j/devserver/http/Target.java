package dev.libsql4j.devserver.http;

import dev.libsql4j.devserver.auth.Access;
import dev.libsql4j.devserver.sql.Database;

/** What a request works on (its namespace's database) and what it may do there. */
record Target(Database database, Access access) {}
