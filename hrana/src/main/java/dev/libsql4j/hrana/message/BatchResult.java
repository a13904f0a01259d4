package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * The result of a batch: for every step either a result, an error, or neither (the step was skipped).
 *
 * @param stepResults one entry per step, null where the step failed or was skipped
 * @param stepErrors one entry per step, null where the step succeeded or was skipped
 * @param replicationIndex sqld extension: replication frame after the batch, or null
 */
public record BatchResult(List<StmtResult> stepResults, List<HranaError> stepErrors,
                          Long replicationIndex) {}
