package dev.libsql4j.hrana.http;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admits one call at a time on a {@link HranaStream}, whatever its transport: requests on a stream
 * are strictly serial, so a second call while one is in progress (or while a cursor keeps the stream
 * busy) is a caller's bug and fails at once instead of interleaving on the server connection.
 * Thread-safe; streams of both transports hold one each.
 */
public final class StreamCallGate {

  private final AtomicBoolean busy = new AtomicBoolean();

  /**
   * Marks the stream busy.
   *
   * @throws IllegalStateException when a call or a cursor is in progress on the stream
   */
  public void enter() {
    if (!busy.compareAndSet(false, true)) {
      throw new IllegalStateException("the stream is busy: requests on a stream are strictly serial");
    }
  }

  /** Marks the stream free again: the call returned, or its cursor was closed. */
  public void leave() {
    busy.set(false);
  }
}
