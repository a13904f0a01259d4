package dev.libsql4j.hrana.ws;

import java.util.BitSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands out the smallest free non-negative id and takes ids back, so that ids stay small and are
 * never in use twice (request, stream, cursor and SQL ids of one socket are int32 and must be
 * unique among the live ones). Thread-safe.
 */
final class IdPool {

  private final ReentrantLock lock = new ReentrantLock();
  private final BitSet used = new BitSet();

  /** A free id, now in use. */
  int allocate() {
    lock.lock();
    try {
      int id = used.nextClearBit(0);
      used.set(id);
      return id;
    } finally {
      lock.unlock();
    }
  }

  /** Makes {@code id} free again. */
  void release(int id) {
    lock.lock();
    try {
      used.clear(id);
    } finally {
      lock.unlock();
    }
  }

  /** How many ids are in use. */
  int inUse() {
    lock.lock();
    try {
      return used.cardinality();
    } finally {
      lock.unlock();
    }
  }
}
