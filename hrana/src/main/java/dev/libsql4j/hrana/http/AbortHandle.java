package dev.libsql4j.hrana.http;

/**
 * Lets another thread abort the exchange a stream has in flight: whoever starts an exchange
 * registers how to abort it, and clears it when the exchange is over. Aborting when nothing is in
 * flight does nothing.
 */
final class AbortHandle {

  private volatile Runnable abort;

  /** Registers how to abort the exchange that is starting. */
  void register(Runnable abort) {
    this.abort = abort;
  }

  /** Forgets the exchange that has ended. */
  void clear() {
    this.abort = null;
  }

  /** Aborts the exchange in flight, if any. Safe from any thread. */
  void abort() {
    Runnable current = abort;
    if (current != null) {
      current.run();
    }
  }
}
