package dev.libsql4j.benchmarks;

import java.util.SplittableRandom;

/**
 * What one timed operation of a scenario does. The Node peer receives the constant's name and
 * implements the same first four operations in JavaScript.
 */
public enum Operation {
    /** {@link Workload#POINT_SELECT} with a random key; the row must be found. */
    POINT_SELECT,
    /** One autocommit {@link Workload#INSERT}. */
    SINGLE_INSERT,
    /** {@link Workload#batchSize()} inserts as one JDBC batch (or the peer's batch API). */
    BATCH_INSERT,
    /** Reads every row of {@code big}; the row count must match. */
    SCAN,
    /**
     * {@link #TRANSACTION_STATEMENTS} inserts and a commit on one connection (JDBC sessions only; the
     * standard suite does not run it, {@link TransportComparison} does).
     */
    TRANSACTION;

    /** Statements of one {@link #TRANSACTION}. */
    static final int TRANSACTION_STATEMENTS = 10;

    /**
     * Runs this operation once on a session and checks its outcome, so that a peer which
     * silently returns nothing cannot look fast.
     */
    void runOn(Session session, Workload workload, SplittableRandom random) throws Exception {
        switch (this) {
            case POINT_SELECT -> {
                long key = workload.randomKey(random);
                if (!session.pointSelect(key)) {
                    throw new IllegalStateException("point select found no row for id " + key);
                }
            }
            case SINGLE_INSERT -> session.insert(workload.insertValue());
            case BATCH_INSERT -> session.insertBatch(workload.insertValue(), workload.batchSize());
            case TRANSACTION -> session.transaction(workload.insertValue(), TRANSACTION_STATEMENTS);
            case SCAN -> {
                long rows = session.scan(workload.scanSql(workload.scanRows()), RowObserver.NONE);
                if (rows != workload.scanRows()) {
                    throw new IllegalStateException("scan read " + rows + " rows, expected " + workload.scanRows());
                }
            }
        }
    }
}
