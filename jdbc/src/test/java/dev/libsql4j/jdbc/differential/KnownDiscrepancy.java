package dev.libsql4j.jdbc.differential;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Open bugs: places where libsql4j differs from sqlite-jdbc without a documented reason. Unlike a
 * {@link Deviation}, each of these is to be fixed in the driver core.
 *
 * <p>Listing a case here keeps the build green while the fix is routed: the kit then asserts that
 * the case still differs and prints the difference. Once a fix lands, that assertion fails with a
 * message naming the entry, which must then be removed (so this list cannot silently outlive the
 * bugs). Delete an entry to turn its cases back into plain failing tests.
 */
enum KnownDiscrepancy {

  ;

  private final Set<String> cases;

  KnownDiscrepancy(String... cases) {
    this.cases = Set.of(cases);
  }

  /** The open discrepancies a case (the {@code what} of an assertion) shows. */
  static List<KnownDiscrepancy> in(String what) {
    return Arrays.stream(values()).filter(known -> known.cases.contains(what)).toList();
  }
}
