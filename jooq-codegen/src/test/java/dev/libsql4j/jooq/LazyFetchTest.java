package dev.libsql4j.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.SqldExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code fetchLazy()} over 100,000 rows (about 40 MB of text) in a JVM with a 48 MB heap: the rows
 * stream through the cursor. The same heap cannot hold them all, as the eager read shows.
 */
class LazyFetchTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private static final String HEAP = "-Xmx48m";
  private static final int ROWS = 100_000;

  @BeforeAll
  static void hundredThousandWideRows() throws Exception {
    try (LibSqlDataSource dataSource = new LibSqlDataSource(url())) {
      ShopSchema.load(dataSource);
      LibSqlJooq.using(dataSource).execute(
          "INSERT INTO event_log (kind, payload, amount, recorded_at) "
              + "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " + ROWS + ") "
              + "SELECT 'scan', hex(randomblob(200)), x / 100.0, x FROM c");
    }
  }

  private static String url() {
    return "jdbc:libsql:" + SQLD.node().httpUrl();
  }

  @Test
  void fetchLazyReadsAHundredThousandRowsInABoundedHeap() throws Exception {
    String output = runScan("lazy");

    assertThat(output).contains("rows=" + ROWS + " sum=" + (long) ROWS * (ROWS + 1) / 2);
  }

  @Test
  void theSameHeapCannotHoldTheWholeResult() throws Exception {
    String output = runScan("eager");

    assertThat(output).contains("java.lang.OutOfMemoryError").doesNotContain("rows=");
  }

  private static String runScan(String mode) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"),
        LazyScan.class.getName(), url(), mode));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return output;
  }
}
