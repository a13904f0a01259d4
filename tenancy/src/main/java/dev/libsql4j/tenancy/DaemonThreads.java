package dev.libsql4j.tenancy;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the threads of this module ({@code prefix-1}, {@code prefix-2}, …) so that thread dumps and
 * the thread-count measurements show whose they are, and makes them daemons so that a forgotten
 * {@code close()} never keeps a JVM alive.
 */
public final class DaemonThreads {

  private DaemonThreads() {
  }

  /** A factory of daemon threads called {@code prefix-N}. */
  public static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
