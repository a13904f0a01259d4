package dev.libsql4j.benchmarks;

import java.sql.SQLException;

/**
 * One client of an in-process peer, used by one thread at a time: a JDBC connection with its
 * prepared statements, or a raw HTTP client. Implementations do the work the way a user of that
 * client would, with the statements of {@link Workload}.
 */
public interface Session extends AutoCloseable {

    /**
     * Runs {@link Workload#POINT_SELECT} for {@code key} and reads the row.
     *
     * @return whether a row was found
     */
    boolean pointSelect(long key) throws Exception;

    /** Runs {@link Workload#INSERT} once, in autocommit. */
    void insert(String value) throws Exception;

    /** Inserts {@code rows} rows of {@code value} as one batch. */
    void insertBatch(String value, int rows) throws Exception;

    /**
     * Runs {@code sql} and reads every column of every row.
     *
     * @return the number of rows read
     */
    long scan(String sql, RowObserver observer) throws Exception;

    /**
     * Inserts {@code statements} rows of {@code value} one statement at a time in one transaction,
     * then commits. Only JDBC sessions need it ({@link Operation#TRANSACTION}).
     */
    default void transaction(String value, int statements) throws Exception {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " runs no transactions");
    }

    /** Releases the session; JDBC sessions close their connection. */
    @Override
    void close() throws SQLException;
}
