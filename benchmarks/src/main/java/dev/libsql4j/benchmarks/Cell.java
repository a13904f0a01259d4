package dev.libsql4j.benchmarks;

/**
 * A single measured number, or why there is none (the peer failed, or could not be opened).
 *
 * @param value   the number when measured, else NaN
 * @param failure null when measured
 */
public record Cell(double value, String failure) {

    /** A measured number. */
    public static Cell of(double value) {
        return new Cell(value, null);
    }

    /** No number: what went wrong instead. */
    public static Cell failed(String failure) {
        return new Cell(Double.NaN, failure);
    }

    /** Whether there is a number. */
    public boolean measured() {
        return failure == null;
    }
}
