package dev.libsql4j.benchmarks;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The schema, the data and the statements that every peer runs, so that all peers do the same
 * work on the same rows.
 *
 * <p>Three tables: {@code kv} ({@code keyCount} rows) for point selects, {@code big}
 * ({@code scanRows} rows) for the scan and {@code ins} for inserts. Every text value is
 * {@value #VALUE_LENGTH} ASCII characters, so a full scan of {@code big} is larger than sqld's
 * default 10 MB pipeline response limit and hand-written JSON never needs escaping.
 *
 * @param keyCount  rows in {@code kv}; point selects pick a uniformly random key in 1..keyCount
 * @param scanRows  rows in {@code big}; the scan scenario reads all of them
 * @param batchSize rows inserted by one batch insert
 */
public record Workload(int keyCount, int scanRows, int batchSize) {

    /** The point select of the issue. */
    public static final String POINT_SELECT = "SELECT * FROM kv WHERE id = ?";
    /** The insert used by the single and the batch insert scenarios. */
    public static final String INSERT = "INSERT INTO ins (v) VALUES (?)";
    /** Rows per fetch requested by JDBC peers for the scan (our driver streams with it). */
    public static final int SCAN_FETCH_SIZE = 1_000;
    /** Length of every text value. */
    public static final int VALUE_LENGTH = 64;

    /** The sizes named in the issue: 10,000 keys, a 100,000-row scan, 1,000-row batches. */
    public static Workload standard() {
        return new Workload(10_000, 100_000, 1_000);
    }

    /**
     * Statements that (re)create the three tables and fill {@code kv} and {@code big}; the same
     * list seeds sqld and the sqlite-jdbc file. Each is a single statement, so any peer can run it.
     */
    public List<String> seedStatements() {
        return List.of(
                "DROP TABLE IF EXISTS kv",
                "DROP TABLE IF EXISTS big",
                "DROP TABLE IF EXISTS ins",
                "CREATE TABLE kv (id INTEGER PRIMARY KEY, v TEXT NOT NULL)",
                "CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT NOT NULL)",
                "CREATE TABLE ins (id INTEGER PRIMARY KEY, v TEXT NOT NULL)",
                fill("kv", keyCount),
                fill("big", scanRows));
    }

    /** The scan of the first {@code rows} rows of {@code big}; the whole table reads as in the issue. */
    public String scanSql(int rows) {
        return rows == scanRows ? "SELECT * FROM big" : "SELECT * FROM big LIMIT " + rows;
    }

    /** The value every insert writes (constant: generating values is not what is measured). */
    public String insertValue() {
        return "v".repeat(VALUE_LENGTH);
    }

    /** A uniformly random existing key of {@code kv}. */
    public long randomKey(SplittableRandom random) {
        return 1 + random.nextInt(keyCount);
    }

    private static String fill(String table, int rows) {
        // One recursive CTE instead of a client loop: seeding sqld takes one request.
        return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ") "
                + "INSERT INTO " + table + " (id, v) SELECT i, printf('%0" + VALUE_LENGTH + "d', i) FROM n";
    }
}
