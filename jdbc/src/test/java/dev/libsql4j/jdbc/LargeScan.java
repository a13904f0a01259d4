package dev.libsql4j.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Scans N generated rows with a fetch size, for {@link CursorTest} to run in a JVM with a small
 * heap. Prints {@code rows=N sum=S} and the peak heap use.
 */
public final class LargeScan {

  private LargeScan() {
  }

  /** Arguments: the JDBC URL and the number of rows. */
  public static void main(String[] args) throws Exception {
    long count = Long.parseLong(args[1]);
    String sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " + count + ") "
        + "SELECT x, 'row number ' || x || ' with some padding to make it wider', randomblob(32) FROM c";
    long rows = 0;
    long sum = 0;
    try (Connection connection = DriverManager.getConnection(args[0]);
         Statement statement = connection.createStatement()) {
      statement.setFetchSize(1000);
      try (ResultSet result = statement.executeQuery(sql)) {
        while (result.next()) {
          rows++;
          sum += result.getLong(1);
          result.getString(2);
          result.getBytes(3);
        }
      }
    }
    Runtime runtime = Runtime.getRuntime();
    System.out.println("rows=" + rows + " sum=" + sum + " maxHeap=" + runtime.maxMemory());
  }
}
