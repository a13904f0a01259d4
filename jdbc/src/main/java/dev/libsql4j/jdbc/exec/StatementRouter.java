package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.http.HranaException;
import dev.libsql4j.hrana.http.HranaStream;
import dev.libsql4j.jdbc.routing.Node;
import dev.libsql4j.jdbc.routing.NodeGroup;
import dev.libsql4j.jdbc.routing.NodeRole;
import dev.libsql4j.jdbc.routing.RoutingContext;
import dev.libsql4j.jdbc.routing.RoutingHint;
import dev.libsql4j.jdbc.routing.RoutingListener;
import dev.libsql4j.jdbc.routing.WorkKind;
import dev.libsql4j.jdbc.sql.ParsedSql;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the node for each unit of work of one session and reports who served it.
 *
 * <ul>
 *   <li>Reads (a single {@code SELECT}/{@code VALUES}/{@code EXPLAIN}) try the available replicas in
 *       round-robin order, then the primary; everything else goes to the primary. A
 *       {@link RoutingHint} on the thread can send reads to the primary and require a minimum
 *       replication index, which travels in the request so that the replica waits for it.</li>
 *   <li>A query led by the comment {@link dev.libsql4j.jdbc.routing.SqlHints#PRIMARY_COMMENT} goes
 *       to the primary, also when other comments come before it.</li>
 *   <li>A replica that fails with a node failure (refused connection, 5xx, overload, 404 while it
 *       starts) is skipped
 *       with a back-off and the next node serves the read: the failure never reaches the caller
 *       while another node can answer (reads certainly did not write). A replica that does not reach
 *       the required index within {@code replicaWaitMillis} hands the read to the next node.</li>
 *   <li>A replica's answer that reports a lower replication index than the read required is never
 *       returned: the primary serves the read instead (sqld 0.24 releases the reads waiting for an
 *       index when it shuts down and answers them from its stale copy; see
 *       {@link RoutingListener#onStaleReplicaAnswer}).</li>
 *   <li>The primary's replication index after every write is passed to the hint (read-your-writes)
 *       and to the group's {@link dev.libsql4j.jdbc.routing.ReplicationClock} (staleness bounds).</li>
 * </ul>
 * Without replicas every unit goes to the primary with exactly the requests it had before.
 */
final class StatementRouter {

  private static final Logger LOG = LoggerFactory.getLogger(StatementRouter.class);
  /**
   * Failures that say the node, not the request, is the problem: another node may serve the read.
   * NOT_FOUND included: a replica that is still starting answers 404 for its namespace (seen with
   * sqld right after a restart).
   */
  private static final Set<HranaException.Kind> NODE_FAILURES = EnumSet.of(HranaException.Kind.TRANSPORT,
      HranaException.Kind.SERVER, HranaException.Kind.OVERLOADED, HranaException.Kind.NOT_FOUND);

  private final RemoteDatabase database;
  private final NodeGroup nodes;
  private final RequestSender sender;
  private volatile RoutingListener listener;

  StatementRouter(RemoteDatabase database, RequestSender sender) {
    this.database = database;
    this.nodes = database.nodes();
    this.sender = sender;
  }

  void setListener(RoutingListener listener) {
    this.listener = listener;
  }

  /** Whether there are replicas, so that routing decisions matter. */
  boolean routing() {
    return nodes.hasReplicas();
  }

  /**
   * Whether {@code sql} only reads and may therefore run on a replica (only worked out when there
   * are replicas or a listener to tell).
   */
  boolean isRead(String sql) {
    if (sql == null || !routing() && listener == null) {
      return false;
    }
    ParsedSql parsed = database.preparedSql().scan(sql);
    return parsed.kind().isQuery() && parsed.statementCount() == 1;
  }

  /** Whether the thread's hint sends reads to the primary. */
  boolean readFromPrimary() {
    return RoutingContext.current().readFromPrimary();
  }

  /** The primary alone, without a required index, for work that may write. */
  Route primary() {
    return new Route(nodes.primaryOnly(), false, 0);
  }

  /**
   * The route of a unit running {@code sql}: a read goes to the replicas (then the primary) with the
   * index the thread's hint requires, at least {@code floor}; anything else to the primary.
   */
  Route route(String sql, long floor) {
    if (!isRead(sql)) {
      return primary();
    }
    RoutingHint hint = RoutingContext.current();
    if (hint.readFromPrimary() || database.preparedSql().scan(sql).primaryComment()) {
      return new Route(nodes.primaryOnly(), true, 0);
    }
    long required = Math.max(floor, hint.minReplicationIndex());
    Duration staleness = hint.maxStaleness();
    if (staleness != null) {
      required = Math.max(required, nodes.clock().indexAsOf(staleness));
    }
    return new Route(nodes.forRead(), true, required);
  }

  /** Where a primary-only exchange is finished (with the driver's usual resend rules). */
  @FunctionalInterface
  interface PrimaryExchange<T> {
    T run(HranaStream stream) throws SQLException;
  }

  /**
   * The replication index a replica's answer reports: empty when the answer has nothing to check
   * (an error, or a cursor whose index only comes after its rows); 0 for a result without an index.
   */
  @FunctionalInterface
  interface ReportedIndex<T> {
    OptionalLong of(T answer);
  }

  /**
   * Runs a unit on the nodes of {@code route} in turn: each replica gets one attempt (bounded by the
   * replica wait when it has not reported the required index yet); the primary, always last, runs
   * {@code onPrimary}. A replica's answer whose {@code reported} index is below the required one is
   * dropped, and the primary serves the unit.
   */
  <T> Served<T> send(Route route, Duration timeout, Exchange<T> onReplica, ReportedIndex<T> reported,
      PrimaryExchange<T> onPrimary) throws SQLException {
    List<Node> candidates = route.nodes();
    Node primary = candidates.get(candidates.size() - 1);
    for (Node node : candidates.subList(0, candidates.size() - 1)) {
      Duration wait = route.minIndex() > node.replicationIndex() ? nodes.replicaWait() : null;
      boolean waitBounds = wait != null && (timeout == null || wait.compareTo(timeout) < 0);
      T value;
      try {
        value = onReplica.run(node.database().client().openStream(), waitBounds ? wait : timeout);
      } catch (HranaException e) {
        if (sender.cancelled()) {
          throw sender.failure(e, false);
        }
        if (waitBounds && e.kind() == HranaException.Kind.TIMEOUT) {
          LOG.debug("{} did not reach replication index {} within {}; trying the next node",
              node, route.minIndex(), wait);
        } else if (NODE_FAILURES.contains(e.kind())) {
          node.failed();
          LOG.debug("{} failed ({}); skipping it for a while", node, e.kind());
        } else {
          throw sender.failure(e, false);
        }
        continue;
      }
      OptionalLong index = reported.of(value);
      if (index.isPresent() && index.getAsLong() < route.minIndex()) {
        staleAnswer(node, route.minIndex(), index.getAsLong());
        break;
      }
      node.succeeded();
      return new Served<>(node, value);
    }
    return new Served<>(primary, onPrimary.run(primary.database().client().openStream()));
  }

  /**
   * A replica answered below the required index although the request asked it to wait: it is not
   * trusted for a back-off, and the caller re-runs the read on the primary.
   */
  private void staleAnswer(Node node, long required, long reported) {
    node.failed();
    LOG.debug("{} answered at replication index {} a read that required {}; the primary serves it",
        node, reported, required);
    RoutingListener current = listener;
    if (current != null) {
      current.onStaleReplicaAnswer(node.name(), required, reported);
    }
  }

  /** Reports that {@code node} served a statement that reported {@code index}. */
  void served(Node node, WorkKind kind, Long index) {
    if (routing()) {
      node.reported(index);
      if (node.role() == NodeRole.PRIMARY && index != null) {
        nodes.clock().record(index);
      }
    }
    LOG.debug("{} served by {} (replication index {})", kind, node, index);
    RoutingListener current = listener;
    if (current != null) {
      current.onStatement(node.name(), node.role(), kind, index);
    }
  }

  /** Reports a write on the primary that reported {@code index}, for the thread's read-your-writes. */
  void wrote(Long index) {
    if (routing() && index != null) {
      nodes.clock().record(index);
      RoutingContext.current().wrote(index);
    }
  }

  /** The primary (node of every transaction with a BEGIN). */
  Node primaryNode() {
    return nodes.primary();
  }
}
