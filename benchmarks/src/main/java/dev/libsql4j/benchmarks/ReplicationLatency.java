package dev.libsql4j.benchmarks;

import dev.libsql4j.devserver.DevServer;
import dev.libsql4j.jdbc.LibSqlDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long a devserver replica takes to apply a commit of its primary (commit acknowledged → the
 * replica's {@code replication_index} reaches it), by database size: replication ships the whole
 * database image, so this is what that design costs.
 */
final class ReplicationLatency {

    /** Database sizes measured, in MiB. */
    private static final int[] SIZES_MIB = {1, 10, 50};
    static final int SAMPLES = 15;

    private ReplicationLatency() {
    }

    /** One line per size: median and worst time from commit to applied, in ms. */
    record Row(int sizeMib, double medianMillis, double maxMillis) {
    }

    static List<Row> measure() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (DevServer primary = DevServer.builder().start();
             DevServer replica = DevServer.builder().replicaOf(primary.httpUrl()).start();
             LibSqlDataSource dataSource = new LibSqlDataSource("jdbc:libsql:" + primary.httpUrl());
             Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE filler (b BLOB)");
            statement.execute("CREATE TABLE marks (v)");
            int filled = 0;
            for (int size : SIZES_MIB) {
                // 1 MiB of random bytes per row: incompressible, the image grows by what is stored.
                for (; filled < size; filled++) {
                    statement.execute("INSERT INTO filler VALUES (randomblob(1048576))");
                }
                awaitApplied(primary, replica);
                double[] millis = new double[SAMPLES];
                for (int i = 0; i < SAMPLES; i++) {
                    statement.execute("INSERT INTO marks VALUES (" + i + ")");
                    long committed = System.nanoTime();
                    awaitApplied(primary, replica);
                    millis[i] = (System.nanoTime() - committed) / 1e6;
                }
                Arrays.sort(millis);
                rows.add(new Row(size, millis[SAMPLES / 2], millis[SAMPLES - 1]));
                System.out.printf(Locale.ROOT, "replication of a %d MiB database: median %.1f ms, max %.1f ms%n",
                        size, millis[SAMPLES / 2], millis[SAMPLES - 1]);
            }
        }
        return rows;
    }

    private static void awaitApplied(DevServer primary, DevServer replica) throws InterruptedException {
        long wanted = primary.replicationIndex("default");
        while (replica.replicationIndex("default") == null || replica.replicationIndex("default") < wanted) {
            Thread.sleep(0, 100_000);
        }
    }
}
