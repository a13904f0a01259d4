package dev.libsql4j.jdbc.routing;

/** The part a server plays in a libSQL deployment. */
public enum NodeRole {
  /** Accepts writes; its data is always current. */
  PRIMARY,
  /** Applies the primary's replication log asynchronously; may be behind. */
  REPLICA
}
