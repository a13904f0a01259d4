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
}
