package dev.libsql4j.jooq;

import java.util.List;
import java.util.stream.LongStream;

/** {@code from..to} inclusive, as a list, for expected pages. */
final class LongRange {

  private LongRange() {
  }

  static List<Long> of(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }
}
