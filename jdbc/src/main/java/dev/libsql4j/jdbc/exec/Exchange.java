package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaStream;
import java.time.Duration;

/** One attempt of a routed unit of work on a new stream of some node. */
@FunctionalInterface
interface Exchange<T> {
  T run(HranaStream stream, Duration timeout) throws HranaException;
}
