package dev.libsql4j.hrana.http;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets another thread abort the exchange a stream has in flight: whoever starts an exchange
 * registers how to abort it, and clears it when the exchange is over. Aborting when nothing is in
 * flight does nothing.
 *
 * <p>A blocking {@code HttpClient.send()} is aborted by interrupting the thread that waits in it (the
 * JDK cancels the exchange when that wait is interrupted). The interrupt this handle sends is its
 * own business: {@link #clear()} consumes it, so it never leaks into the caller's later work, while
 * an interrupt from anyone else is left alone.
 */
final class AbortHandle {

  private final ReentrantLock lock = new ReentrantLock();
  private Runnable abort;
  private boolean interruptSent;

  /** Registers how to abort the exchange that is starting. */
  void register(Runnable abort) {
    lock.lock();
    try {
      this.abort = abort;
      this.interruptSent = false;
    } finally {
      lock.unlock();
    }
  }

  /** Registers the calling thread, which is about to block in an exchange, to be interrupted. */
  void registerCurrentThread() {
    Thread waiting = Thread.currentThread();
    register(() -> {
      interruptSent = true;
      waiting.interrupt();
    });
  }

  /** True when {@link #abort()} interrupted the registered thread; call before {@link #clear()}. */
  boolean interruptSent() {
    lock.lock();
    try {
      return interruptSent;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Forgets the exchange that has ended. Called by the thread that registered itself, it also
   * consumes the interrupt this handle sent, if any.
   */
  void clear() {
    boolean consume;
    lock.lock();
    try {
      abort = null;
      consume = interruptSent;
      interruptSent = false;
    } finally {
      lock.unlock();
    }
    if (consume) {
      Thread.interrupted();
    }
  }

  /** Aborts the exchange in flight, if any. Safe from any thread. */
  void abort() {
    lock.lock();
    try {
      if (abort != null) {
        abort.run();
      }
    } finally {
      lock.unlock();
    }
  }
}
