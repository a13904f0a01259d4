package dev.libsql4j.devserver.stream;

import dev.libsql4j.devserver.error.ProtocolException;
import dev.libsql4j.devserver.sql.Database;
import dev.libsql4j.devserver.sql.SqliteSession;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open HTTP streams of the server and their batons, with sqld's rules: a baton is single-use, a
 * stream idle for longer than the idle timeout is expired (its transaction rolled back, its connection
 * closed) and leaves a tombstone so that its baton answers {@code STREAM_EXPIRED} for a while, and the
 * number of open streams is capped (a new stream waits briefly for a slot, then gets HTTP 429).
 *
 * <p>Usage per request: {@link #open} or {@link #take}, run the requests, then {@link #issueBaton}
 * (unless closed) and {@link #release}, or {@link #discard} after a protocol error.
 */
public final class StreamRegistry implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamRegistry.class);
  private static final int MAX_TOMBSTONES = 10_000;

  private final long idleNanos;
  private final long tombstoneNanos;
  private final Duration slotWait;
  private final Semaphore slots;
  private final Map<String, ServerStream> streams = new HashMap<>();
  /** Expired stream ids and when their tombstone ends, oldest first. */
  private final LinkedHashMap<String, Long> tombstones = new LinkedHashMap<>();
  private final ScheduledExecutorService reaper;

  /**
   * @param idleTimeout how long a stream may stay unused (sqld: 10 s)
   * @param tombstone how long an expired stream's baton answers {@code STREAM_EXPIRED} (sqld: 300 s)
   * @param maxStreams how many streams may be open at once (sqld: 128)
   * @param slotWait how long opening a stream waits for a free slot (sqld: 1 s)
   */
  public StreamRegistry(Duration idleTimeout, Duration tombstone, int maxStreams, Duration slotWait) {
    this.idleNanos = idleTimeout.toNanos();
    this.tombstoneNanos = tombstone.toNanos();
    this.slotWait = slotWait;
    this.slots = new Semaphore(maxStreams, true);
    this.reaper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "devserver-stream-reaper");
      thread.setDaemon(true);
      return thread;
    });
    long period = Math.max(10, Math.min(1000, idleTimeout.toMillis() / 4));
    reaper.scheduleWithFixedDelay(this::expireIdle, period, period, TimeUnit.MILLISECONDS);
  }

  /** Opens a new stream on {@code database}; the caller holds it until {@link #release}. */
  public ServerStream open(Database database) throws ProtocolException {
    try {
      if (!slots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ProtocolException(429, "TOO_MANY_STREAMS", "Timed out while opening database connection");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProtocolException(503, "SHUTTING_DOWN", "Interrupted while opening database connection");
    }
    SqliteSession session;
    try {
      session = new SqliteSession(database);
    } catch (SQLException e) {
      slots.release();
      throw new ProtocolException(500, "INTERNAL", "Cannot open the database: " + e.getMessage());
    }
    ServerStream stream = new ServerStream(Baton.random(), database, session);
    stream.busy.acquireUninterruptibly();
    synchronized (this) {
      stream.lastUsedNanos = System.nanoTime();
      streams.put(stream.id(), stream);
    }
    return stream;
  }

  /**
   * Takes the stream a baton names, consuming the baton, and waits until no other request runs on it
   * (a cursor may still be sending its body).
   */
  public ServerStream take(String batonText, Database database) throws ProtocolException {
    ServerStream stream;
    synchronized (this) {
      Baton baton = Baton.parse(batonText);
      stream = baton == null ? null : streams.get(baton.streamId());
      if (stream == null || stream.database() != database) {
        if (baton != null && tombstones.containsKey(baton.streamId())) {
          throw ProtocolException.badRequest("STREAM_EXPIRED", "The stream has expired due to inactivity");
        }
        throw ProtocolException.badRequest("PROTO_BATON_INVALID", "Received an invalid baton");
      }
      if (!baton.token().equals(stream.token)) {
        throw ProtocolException.badRequest("PROTO_BATON_REUSED",
            "Received a baton that has already been used");
      }
      stream.token = null;
      stream.lastUsedNanos = System.nanoTime();
    }
    stream.busy.acquireUninterruptibly();
    return stream;
  }

  /** Issues the baton for the next request on {@code stream}, invalidating any earlier one. */
  public synchronized String issueBaton(ServerStream stream) {
    stream.token = Baton.random();
    return new Baton(stream.id(), stream.token).encode();
  }

  /** Ends the current request on {@code stream}; its idle time starts now. */
  public void release(ServerStream stream) {
    synchronized (this) {
      stream.lastUsedNanos = System.nanoTime();
    }
    stream.busy.release();
  }

  /** Closes a stream the current request holds: rolls back, frees its connection and slot. */
  public void discard(ServerStream stream) {
    boolean removed;
    synchronized (this) {
      removed = streams.remove(stream.id(), stream);
      stream.token = null;
    }
    stream.session().close();
    stream.busy.release();
    if (removed) {
      slots.release();
    }
  }

  /** How many streams are open. */
  public synchronized int openStreams() {
    return streams.size();
  }

  /** Expires idle streams and forgets old tombstones; runs on the reaper thread. */
  void expireIdle() {
    try {
      long now = System.nanoTime();
      List<ServerStream> expired = new ArrayList<>();
      synchronized (this) {
        for (Iterator<ServerStream> it = streams.values().iterator(); it.hasNext(); ) {
          ServerStream stream = it.next();
          if (now - stream.lastUsedNanos > idleNanos && stream.busy.tryAcquire()) {
            it.remove();
            stream.token = null;
            expired.add(stream);
            tombstones.put(stream.id(), now + tombstoneNanos);
          }
        }
        tombstones.values().removeIf(until -> until - now < 0);
        for (Iterator<String> it = tombstones.keySet().iterator();
             tombstones.size() > MAX_TOMBSTONES && it.hasNext(); ) {
          it.next();
          it.remove();
        }
      }
      for (ServerStream stream : expired) {
        stream.session().close();
        slots.release();
      }
    } catch (RuntimeException e) {
      LOG.warn("Expiring idle streams failed", e);
    }
  }

  /** Closes every stream (rolling back their transactions) and stops expiring. */
  @Override
  public void close() {
    reaper.shutdownNow();
    List<ServerStream> all;
    synchronized (this) {
      all = new ArrayList<>(streams.values());
      streams.clear();
    }
    for (ServerStream stream : all) {
      stream.session().close();
    }
  }
}
