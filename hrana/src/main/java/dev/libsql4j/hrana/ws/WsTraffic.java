package dev.libsql4j.hrana.ws;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the messages a {@link HranaWsClient} sent, by type ({@code hello}, {@code open_stream},
 * {@code execute}, {@code batch}, {@code store_sql}, …), and the sockets it opened. A WebSocket has
 * no HTTP requests to count: these counters are how tests and benchmarks see what an operation
 * cost on the wire. Thread-safe.
 */
public final class WsTraffic {

  private final Map<String, LongAdder> sent = new ConcurrentHashMap<>();
  private final LongAdder sockets = new LongAdder();

  void sent(String type) {
    sent.computeIfAbsent(type, t -> new LongAdder()).increment();
  }

  void socketOpened() {
    sockets.increment();
  }

  /** Messages of {@code type} sent so far. */
  public long count(String type) {
    LongAdder adder = sent.get(type);
    return adder == null ? 0 : adder.sum();
  }

  /** Request messages sent so far (every type but {@code hello}). */
  public long requests() {
    long total = 0;
    for (Map.Entry<String, LongAdder> entry : sent.entrySet()) {
      if (!entry.getKey().equals("hello")) {
        total += entry.getValue().sum();
      }
    }
    return total;
  }

  /** WebSockets opened so far (reconnects included). */
  public long socketsOpened() {
    return sockets.sum();
  }

  /** The counts by type, sorted by type: for messages when a test fails. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    sent.forEach((type, adder) -> copy.put(type, adder.sum()));
    return copy;
  }

  @Override
  public String toString() {
    return "WsTraffic" + snapshot() + ", sockets=" + socketsOpened();
  }
}
