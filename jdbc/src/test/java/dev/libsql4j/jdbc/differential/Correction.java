package dev.libsql4j.jdbc.differential;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * How one documented {@link Deviation} turns sqlite-jdbc's facts into libsql4j's: the test then
 * asserts that libsql4j observes exactly sqlite-jdbc's facts with every correction applied, so
 * everything the corrections do not touch must still agree.
 *
 * @param deviation the documented difference
 * @param correct rewrites sqlite-jdbc's facts
 */
record Correction(Deviation deviation, UnaryOperator<List<String>> correct) {

  /** A correction that rewrites single facts, e.g. one value in a row. */
  static Correction eachFact(Deviation deviation, UnaryOperator<String> fix) {
    return new Correction(deviation, facts -> facts.stream().map(fix).toList());
  }

  /** A correction that drops the facts sqlite-jdbc reports and libsql4j does not. */
  static Correction dropFacts(Deviation deviation, Predicate<String> dropped) {
    return new Correction(deviation, facts -> facts.stream().filter(dropped.negate()).toList());
  }

  /**
   * A fact fix for one value in the rows that contain {@code rowMarker} (e.g.
   * {@code "FKCOLUMN_NAME=reviewer (String)"}); other facts stay as they are.
   */
  static UnaryOperator<String> inRowsWith(String rowMarker, String from, String to) {
    return fact -> fact.contains(rowMarker) ? fact.replace(from, to) : fact;
  }
}
