package dev.libsql4j.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A session over any JDBC driver: one connection in autocommit, used the way application code
 * (Spring's {@code JdbcTemplate}, most ORMs without a statement cache) uses JDBC: every
 * operation prepares its statement, executes it and closes it. Our driver, DBeaver's and
 * sqlite-jdbc all run exactly this code.
 *
 * <p>Two choices are forced by DBeaver 1.0.6 and applied to every driver alike: statements are
 * not reused (a re-executed DBeaver {@code PreparedStatement} returns its first, already
 * consumed {@code ResultSet} again) and inserts use {@code execute()} (its
 * {@code executeUpdate()} throws {@code SQLFeatureNotSupportedException}).
 */
final class JdbcSession implements Session {

    private final Connection connection;
    private final boolean batchUpdates;

    JdbcSession(Connection connection) throws SQLException {
        this.connection = connection;
        this.batchUpdates = connection.getMetaData().supportsBatchUpdates();
    }

    @Override
    public boolean pointSelect(long key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(Workload.POINT_SELECT)) {
            select.setLong(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getLong(1) == key && rows.getString(2) != null;
            }
        }
    }

    @Override
    public void insert(String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(Workload.INSERT)) {
            insert.setString(1, value);
            insert.execute();
        }
    }

    @Override
    public void insertBatch(String value, int rows) throws SQLException {
        if (!batchUpdates) {
            // What portable code (Spring's JdbcTemplate.batchUpdate, for one) does when a driver
            // reports no batch support: one statement at a time. DBeaver 1.0.6 takes this path.
            for (int i = 0; i < rows; i++) {
                insert(value);
            }
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(Workload.INSERT)) {
            for (int i = 0; i < rows; i++) {
                insert.setString(1, value);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            if (counts.length != rows) {
                throw new SQLException("executeBatch returned " + counts.length + " counts for " + rows + " rows");
            }
        }
    }

    @Override
    public void transaction(String value, int statements) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (int i = 0; i < statements; i++) {
                insert(value);
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public long scan(String sql, RowObserver observer) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(Workload.SCAN_FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery(sql)) {
                long count = 0;
                long checksum = 0;
                while (rows.next()) {
                    // Read every column, as an application would; the checksum keeps the reads live.
                    checksum += rows.getLong(1) + rows.getString(2).length();
                    observer.afterRow(++count);
                }
                if (checksum == 0 && count > 0) {
                    throw new SQLException("scan returned only empty rows");
                }
                return count;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
