package dev.libsql4j.jdbc.exec;

import dev.libsql4j.jdbc.routing.Node;
import java.util.List;

/**
 * Where one unit of work may run: the nodes to try in order (the primary always last), whether the
 * unit only reads, and the replication index a replica must have applied first (0 = none).
 */
record Route(List<Node> nodes, boolean read, long minIndex) {}
