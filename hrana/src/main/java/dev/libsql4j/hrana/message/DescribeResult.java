package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * What the server knows about a statement without executing it.
 *
 * @param paramNames one entry per SQL parameter (index 0 = parameter 1); null for anonymous {@code ?}
 * @param cols result columns
 * @param isExplain whether the statement is an EXPLAIN
 * @param isReadonly whether the statement does not write ({@code sqlite3_stmt_readonly})
 */
public record DescribeResult(List<String> paramNames, List<Col> cols, boolean isExplain,
                             boolean isReadonly) {}
