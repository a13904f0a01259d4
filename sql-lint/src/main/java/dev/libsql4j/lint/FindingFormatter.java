package dev.libsql4j.lint;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints findings the way compilers do, so IDEs and CI log parsers link them to the source:
 *
 * <pre>
 * db/V3__orders.sql:12:8: error[ilike]: ILIKE is PostgreSQL; SQLite has no ILIKE operator
 *   suggestion: use LIKE, which is case-insensitive for ASCII in SQLite
 * </pre>
 */
public final class FindingFormatter {

    private FindingFormatter() {
    }

    /** The two lines for one finding, without a trailing newline. */
    public static String format(Finding finding) {
        return finding.file() + ":" + finding.line() + ":" + finding.column() + ": "
                + finding.severity().label() + "[" + finding.ruleId() + "]: " + finding.message()
                + System.lineSeparator() + "  suggestion: " + finding.suggestion();
    }

    /** All findings, one block each, separated by line breaks. */
    public static String format(List<Finding> findings) {
        return findings.stream().map(FindingFormatter::format).collect(Collectors.joining(System.lineSeparator()));
    }
}
