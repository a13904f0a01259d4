package dev.libsql4j.devserver.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A database's {@code replication_index}: the number of its last commit, monotonic across restarts and
 * the same number on a primary and its replicas (a replica reports the index of the primary's state it
 * has applied). Null (reported as 0 internally) until the first commit, as in sqld.
 *
 * <p>A primary persists the counter in a small file next to the database, written before each commit
 * reaches SQLite: a crash between the two leaves a gap in the numbering, never a number used twice. The
 * file is not fsynced: like the WAL at {@code synchronous=NORMAL}, it survives the process being
 * killed.
 */
public final class ReplicationIndex implements AutoCloseable {

  private final FileChannel file;
  private final ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES);
  /** Guarded by this. */
  private long value;
  /** Guarded by this; wakes waiters for good. */
  private boolean closed;

  private ReplicationIndex(FileChannel file, long value) {
    this.file = file;
    this.value = value;
  }

  /** The counter persisted in {@code path} (created at 0 when missing). */
  public static ReplicationIndex persistent(Path path) {
    try {
      FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      ByteBuffer read = ByteBuffer.allocate(Long.BYTES);
      long value = channel.read(read, 0) == Long.BYTES ? read.flip().getLong() : 0;
      return new ReplicationIndex(channel, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the replication index " + path, e);
    }
  }

  /** A counter that only follows what it is told (a replica's: the primary's index it applied). */
  public static ReplicationIndex applied() {
    return new ReplicationIndex(null, 0);
  }

  /** The index as clients see it: null before the first commit. */
  public synchronized Long current() {
    return value == 0 ? null : value;
  }

  /** The index, 0 before the first commit. */
  public synchronized long value() {
    return value;
  }

  /** A commit is about to happen: takes the next number and persists it. */
  synchronized void next() {
    value++;
    if (file != null) {
      try {
        buffer.clear();
        buffer.putLong(value).flip();
        file.write(buffer, 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot persist the replication index", e);
      }
    }
    notifyAll();
  }

  /** A replica applied the primary's state at {@code index}. */
  public synchronized void advanceTo(long index) {
    if (index > value) {
      value = index;
      notifyAll();
    }
  }

  /**
   * Waits until the index is at least {@code wanted}; false when {@code timeout} passed first or the
   * database closed (no timeout when null, as sqld's replicas wait).
   */
  public synchronized boolean awaitAtLeast(long wanted, Duration timeout) throws InterruptedException {
    long deadline = timeout == null ? 0 : System.nanoTime() + timeout.toNanos();
    while (value < wanted) {
      if (closed) {
        return false;
      }
      if (timeout == null) {
        wait();
      } else {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
    return true;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (file != null) {
      try {
        file.close();
      } catch (IOException ignored) {
        // Every value written is already in the OS's hands.
      }
    }
    notifyAll();
  }
}
