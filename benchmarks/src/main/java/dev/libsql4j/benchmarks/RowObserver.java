package dev.libsql4j.benchmarks;

/** Told about every row a scan has read; the heap measurement uses it to look mid-scan. */
@FunctionalInterface
public interface RowObserver {

    /** Observes nothing. */
    RowObserver NONE = rowNumber -> { };

    /**
     * Called after a row has been read.
     *
     * @param rowNumber 1 for the first row
     */
    void afterRow(long rowNumber);
}
