package dev.libsql4j.devserver.replication;

import dev.libsql4j.devserver.sql.Database;
import dev.libsql4j.devserver.sql.DatabaseImages;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replica's side of replication: one feed thread per namespace long-polls the primary for a newer
 * database image and applies it, after the configured lag, unless replication is paused.
 *
 * <p>{@link #pause()} is for tests that need a replica to stay behind: once it returns, no image is
 * applied until {@link #resume()}.
 */
public final class Replicator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Replicator.class);
  /** How long one long poll waits for a commit on the primary. */
  private static final Duration POLL = Duration.ofSeconds(10);
  /** Pause after a failed fetch (primary down or restarting). */
  private static final Duration RETRY = Duration.ofMillis(200);

  private final PrimaryClient primary;
  private final Duration lag;
  private final Map<String, Thread> feeds = new ConcurrentHashMap<>();
  /** Guarded by this. */
  private boolean paused;
  private volatile boolean closed;

  /**
   * @param primary the primary to follow
   * @param lag how long each new state waits before it is applied (zero: at once)
   */
  public Replicator(PrimaryClient primary, Duration lag) {
    this.primary = primary;
    this.lag = lag;
  }

  /** The primary. */
  public PrimaryClient primary() {
    return primary;
  }

  /** Whether the primary has namespace {@code name} (asked without waiting). */
  public boolean primaryHas(String name) throws IOException, InterruptedException {
    return !(primary.fetch(name, Long.MAX_VALUE, Duration.ZERO) instanceof PrimaryClient.Fetched.Missing);
  }

  /** Starts following the primary's namespace {@code name} into {@code replica}. */
  public void follow(String name, Database replica) {
    feeds.computeIfAbsent(name, n -> {
      Thread feed = new Thread(() -> feed(n, replica), "devserver-replication-" + n);
      feed.setDaemon(true);
      feed.start();
      return feed;
    });
  }

  /** Stops applying new states until {@link #resume()}; an apply in progress finishes first. */
  public synchronized void pause() {
    paused = true;
  }

  /** Applies new states again (the newest one first). */
  public synchronized void resume() {
    paused = false;
    notifyAll();
  }

  private void feed(String name, Database replica) {
    while (!closed) {
      try {
        PrimaryClient.Fetched fetched = primary.fetch(name, replica.index().value(), POLL);
        if (fetched instanceof PrimaryClient.Fetched.NewImage image) {
          if (!lag.isZero()) {
            Thread.sleep(lag.toMillis());
          }
          apply(replica, image.image());
        } else if (fetched instanceof PrimaryClient.Fetched.Missing) {
          Thread.sleep(RETRY.toMillis());
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException | SQLException | RuntimeException e) {
        if (closed) {
          return;
        }
        LOG.debug("Replication of {} from {} failed, retrying: {}", name, primary.url(), e.toString());
        try {
          Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  private synchronized void apply(Database replica, DatabaseImages.Image image)
      throws InterruptedException, SQLException, IOException {
    while (paused && !closed) {
      wait();
    }
    if (!closed && image.index() > replica.index().value()) {
      DatabaseImages.apply(replica, image);
    }
  }

  /** Stops every feed. */
  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      notifyAll();
    }
    feeds.values().forEach(Thread::interrupt);
  }
}
