package dev.libsql4j.jdbc.routing;

/**
 * Told which node served each statement: the metrics hook of replica routing. Register one with
 * {@code LibSqlDataSource.setRoutingListener}. Called on the thread that ran the statement, after it
 * succeeded; keep it fast and never throw.
 */
@FunctionalInterface
public interface RoutingListener {

  /**
   * @param node the node's base URL (no credentials)
   * @param role the node's role
   * @param kind what the statement did
   * @param replicationIndex the replication index in the node's response, or null when it sent none
   */
  void onStatement(String node, NodeRole role, WorkKind kind, Long replicationIndex);

  /**
   * A replica answered a read with a lower replication index than the read required (it should have
   * waited: sqld 0.24 does not while it shuts down). The driver dropped that answer; the primary
   * serves the read, reported to {@link #onStatement} as usual. Reads only: nothing was written.
   *
   * @param replica the replica's base URL
   * @param requiredIndex the index the read required
   * @param reportedIndex the index in the replica's answer (0 when it reported none)
   */
  default void onStaleReplicaAnswer(String replica, long requiredIndex, long reportedIndex) {
  }
}
