package dev.libsql4j.jdbc.differential;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A piece of workload run once on each driver: it uses the connection and records what it sees
 * in the observation. It must be deterministic, so that the two observations can be compared.
 */
@FunctionalInterface
interface Probe {
  void run(Connection connection, Observation out) throws SQLException;
}
