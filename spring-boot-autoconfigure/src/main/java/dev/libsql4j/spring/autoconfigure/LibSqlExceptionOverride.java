package dev.libsql4j.spring.autoconfigure;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Keeps Hikari from evicting a libSQL connection for a {@code 0A000} (feature not supported).
 *
 * <p>Hikari treats {@code 0A000} as fatal to a connection, as it is for some drivers. For this driver
 * it only says that one call (e.g. {@code createClob}, which Hibernate probes at every start) is not
 * offered: the connection is as good as before. Without this, each such probe evicts a connection
 * and logs a warning with a stack trace. Everything else is left to Hikari.
 */
public class LibSqlExceptionOverride implements SQLExceptionOverride {

  private static final String FEATURE_NOT_SUPPORTED = "0A000";

  @java.lang.Override // qualified: SQLExceptionOverride.Override shadows the annotation
  public Override adjudicate(SQLException e) {
    return FEATURE_NOT_SUPPORTED.equals(e.getSQLState()) ? Override.DO_NOT_EVICT : Override.CONTINUE_EVICT;
  }
}
