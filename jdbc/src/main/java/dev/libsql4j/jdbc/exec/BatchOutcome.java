package dev.libsql4j.jdbc.exec;

import dev.libsql4j.hrana.message.StmtResult;
import java.sql.SQLException;
import java.util.List;

/**
 * What a batch did: the results of the statements that succeeded, in order, and the failure that
 * stopped it (null when all succeeded).
 *
 * @param results results of the statements before the failure (all of them on success)
 * @param failure why the batch stopped, or null
 * @param rolledBack whether the statements in {@code results} were undone (an autocommit batch is
 *     all-or-nothing)
 */
public record BatchOutcome(List<StmtResult> results, SQLException failure, boolean rolledBack) {
}
