package dev.libsql4j.jdbc.routing;

import dev.libsql4j.jdbc.config.DriverConfig;
import dev.libsql4j.jdbc.exec.RemoteDatabase;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The primary and the replicas of one database, and the choice among them: replica-eligible work
 * gets the available replicas in round-robin order, then the primary as the last resort; other work
 * gets the primary only. Without replicas every plan is the primary alone, so the driver behaves
 * exactly as without routing. Thread-safe.
 */
public final class NodeGroup {

  private final Node primary;
  private final List<Node> replicas;
  private final AtomicInteger next = new AtomicInteger();
  private final ReplicationClock clock = new ReplicationClock();
  private final Duration replicaWait;

  /**
   * @param primary the primary's database (its configuration lists the replicas)
   * @param open creates the database of one replica from its configuration
   */
  public NodeGroup(RemoteDatabase primary, Function<DriverConfig, RemoteDatabase> open) {
    DriverConfig config = primary.config();
    this.primary = new Node(primary, NodeRole.PRIMARY, System::nanoTime);
    List<Node> nodes = new ArrayList<>();
    for (URI url : config.replicas()) {
      nodes.add(new Node(open.apply(config.forReplica(url)), NodeRole.REPLICA, System::nanoTime));
    }
    this.replicas = List.copyOf(nodes);
    this.replicaWait = config.replicaWait();
  }

  /** The primary. */
  public Node primary() {
    return primary;
  }

  /** The replicas, in configuration order. */
  public List<Node> replicas() {
    return replicas;
  }

  /** Whether there are replicas to route to. */
  public boolean hasReplicas() {
    return !replicas.isEmpty();
  }

  /** When the primary reported which index (for staleness bounds). */
  public ReplicationClock clock() {
    return clock;
  }

  /** How long a replica may wait for a required index before the primary serves the read. */
  public Duration replicaWait() {
    return replicaWait;
  }

  /** The primary alone. */
  public List<Node> primaryOnly() {
    return List.of(primary);
  }

  /**
   * The nodes to try for a read, in order: available replicas starting at the next in round-robin
   * order, then the primary. When every replica is backing off, the primary alone.
   */
  public List<Node> forRead() {
    int size = replicas.size();
    List<Node> order = new ArrayList<>(size + 1);
    int start = Math.floorMod(next.getAndIncrement(), size);
    for (int i = 0; i < size; i++) {
      Node replica = replicas.get((start + i) % size);
      if (replica.available()) {
        order.add(replica);
      }
    }
    order.add(primary);
    return order;
  }

  /** Closes the replicas' databases (the primary's belongs to its owner). */
  public void closeReplicas() {
    replicas.forEach(replica -> replica.database().close());
  }
}
