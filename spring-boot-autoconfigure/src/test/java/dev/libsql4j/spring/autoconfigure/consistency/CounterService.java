package dev.libsql4j.spring.autoconfigure.consistency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes in read-write transactions, reads in read-only ones. */
@Service
public class CounterService {

  private final Counters counters;

  CounterService(Counters counters) {
    this.counters = counters;
  }

  @Transactional
  public void set(long id, int value) {
    Counter counter = counters.findById(id).orElseGet(() -> new Counter(id, value));
    counter.setValue(value);
    counters.save(counter);
  }

  /** Two reads in one read-only transaction. */
  @Transactional(readOnly = true)
  public int sum(long first, long second) {
    return counters.findById(first).map(Counter::getValue).orElse(0)
        + counters.findById(second).map(Counter::getValue).orElse(0);
  }
}
