package dev.libsql4j.jdbc.routing;

import dev.libsql4j.jdbc.exec.RemoteDatabase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One server of a deployment as the router sees it: its {@link RemoteDatabase} (how to talk to it),
 * its role, the highest replication index it reported, and its health. A replica that failed is
 * skipped until its back-off expires (250 ms, doubling up to 5 s); then one read tries it again.
 * Thread-safe.
 */
public final class Node {

  private static final long FIRST_BACKOFF_NANOS = 250_000_000L;
  private static final long MAX_BACKOFF_NANOS = 5_000_000_000L;

  private final RemoteDatabase database;
  private final NodeRole role;
  private final String name;
  private final LongSupplier nanoTime;
  private final AtomicLong replicationIndex = new AtomicLong();
  private long failures;
  private long retryAt;

  Node(RemoteDatabase database, NodeRole role, LongSupplier nanoTime) {
    this.database = database;
    this.role = role;
    this.name = database.config().baseUrl().toString();
    this.nanoTime = nanoTime;
  }

  /** How to talk to this node. */
  public RemoteDatabase database() {
    return database;
  }

  /** Its role. */
  public NodeRole role() {
    return role;
  }

  /** Its base URL, for logs and metrics (never carries credentials). */
  public String name() {
    return name;
  }

  /** The highest replication index this node reported (0 when none). */
  public long replicationIndex() {
    return replicationIndex.get();
  }

  /** Remembers an index this node reported. */
  public void reported(Long index) {
    if (index != null) {
      replicationIndex.accumulateAndGet(index, Math::max);
    }
  }

  /** Whether the router may send work here now (not failed, or its back-off expired). */
  public synchronized boolean available() {
    return failures == 0 || nanoTime.getAsLong() - retryAt >= 0;
  }

  /** The node answered: it is healthy again. */
  public synchronized void succeeded() {
    failures = 0;
  }

  /** The node failed: skip it for a back-off that doubles with each consecutive failure. */
  public synchronized void failed() {
    failures++;
    long backoff = Math.min(MAX_BACKOFF_NANOS, FIRST_BACKOFF_NANOS << Math.min(failures - 1, 5));
    retryAt = nanoTime.getAsLong() + backoff;
  }

  @Override
  public String toString() {
    return role + " " + name;
  }
}
