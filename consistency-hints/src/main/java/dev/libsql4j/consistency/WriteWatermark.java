package dev.libsql4j.consistency;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one read-your-writes scope (a thread, a transaction, a request) remembers of its writes: the
 * highest replication index the primary reported, and when the last write happened (for the sticky
 * window). Thread-safe: a request scope may span threads.
 */
public final class WriteWatermark {

  private final AtomicLong index = new AtomicLong();
  private final Duration stickyWindow;
  private volatile long lastWrite;
  private volatile boolean wroteOnce;

  /** @param stickyWindow how long reads stay on the primary after a write, or null to carry the index */
  public WriteWatermark(Duration stickyWindow) {
    this.stickyWindow = stickyWindow;
  }

  /** Records a write that the primary reported with {@code replicationIndex}. */
  public void wrote(long replicationIndex) {
    index.accumulateAndGet(replicationIndex, Math::max);
    lastWrite = System.nanoTime();
    wroteOnce = true;
  }

  /** The highest replication index written in this scope (0 when nothing was written). */
  public long index() {
    return index.get();
  }

  /** Whether reads must stay on the primary: a sticky window is set and the last write is that recent. */
  public boolean sticky() {
    return stickyWindow != null && wroteOnce && System.nanoTime() - lastWrite < stickyWindow.toNanos();
  }
}
