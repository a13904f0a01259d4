package dev.libsql4j.jdbc.differential;

import java.util.List;

/**
 * Splits the facts {@link Getters} records into those of the date/time getters and all others,
 * for the {@link Deviation#DATES_AS_TEXT} checks: everything but dates must still agree.
 */
final class DateGetterFacts {

  private DateGetterFacts() {}

  /** The getDate, getTime and getTimestamp facts. */
  static List<String> of(Observation observation) {
    return observation.facts().stream().filter(DateGetterFacts::isDateGetter).toList();
  }

  /** Every other fact. */
  static List<String> without(Observation observation) {
    return observation.facts().stream().filter(fact -> !isDateGetter(fact)).toList();
  }

  private static boolean isDateGetter(String fact) {
    return fact.matches("\\S+ get(Date|Time|Timestamp) .*");
  }
}
