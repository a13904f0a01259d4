package dev.libsql4j.jdbc.differential;

import dev.libsql4j.testing.SqldExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the differential tests: each test class gets a fresh real sqld and a fresh sqlite-jdbc
 * file, connected as {@link #both}. Subclasses create their schema in their own
 * {@code @BeforeAll} (which JUnit runs after this one) with {@link TwoConnections#execute}.
 */
abstract class DifferentialTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  /** The two connections of the running test class. */
  static TwoConnections both;

  @BeforeAll
  static void openBoth() throws Exception {
    both = TwoConnections.open("jdbc:libsql:" + SQLD.node().httpUrl());
  }

  @AfterAll
  static void closeBoth() throws Exception {
    both.close();
  }
}
