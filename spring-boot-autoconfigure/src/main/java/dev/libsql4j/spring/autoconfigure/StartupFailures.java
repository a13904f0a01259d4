package dev.libsql4j.spring.autoconfigure;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;

/**
 * Words each way the libSQL start-up can fail as a {@link LibSqlStartupException}: one sentence on
 * what is wrong, one on what to set. The driver's SQLState says what happened (28xxx token, 42501
 * permission, 08004 nothing at this URL, 08001/08006 unreachable, 08P01 not a libSQL server); the
 * cause chain tells an unknown host from a refused connection.
 */
final class StartupFailures {

  static final String EXAMPLE_URL = "jdbc:libsql://my-db-org.turso.io";
  private static final String SET_URL = "Set spring.datasource.url (or libsql.url) to your database's URL, e.g. "
      + EXAMPLE_URL + ", and libsql.auth-token to its token";
  private static final String SET_TOKEN = "Set libsql.auth-token (e.g. libsql.auth-token: ${TURSO_AUTH_TOKEN}) "
      + "to a valid, unexpired token for this database; 'turso db tokens create <database>' makes one.";

  private StartupFailures() {
  }

  /** Neither URL property is set and no devserver can stand in. */
  static LibSqlStartupException urlMissing(boolean devserverOnClassPath) {
    if (devserverOnClassPath) {
      return new LibSqlStartupException("No libSQL database is configured: neither spring.datasource.url nor "
          + "libsql.url is set, and libsql.devserver.enabled is false.",
          SET_URL + ", or remove libsql.devserver.enabled=false to run the embedded devserver.", null);
    }
    return new LibSqlStartupException("No libSQL database is configured: neither spring.datasource.url nor "
        + "libsql.url is set.",
        SET_URL + "; or add dev.libsql4j:libsql4j-devserver to the class path to run a local devserver.", null);
  }

  /** The URL does not parse; {@code reason} is the driver's message, which never holds the token. */
  static LibSqlStartupException urlInvalid(String source, String reason) {
    return new LibSqlStartupException("The libSQL URL in " + source + " is invalid: " + reason + ".",
        "Use the form " + EXAMPLE_URL + " (HTTPS), jdbc:libsql:http://127.0.0.1:8080 for a local server, "
            + "or in libsql.url also libsql://host as printed by the Turso CLI.", null);
  }

  /** The start-up check's request failed. */
  static LibSqlStartupException connectionFailed(LibSqlConnectionDetails details, SQLException e) {
    String where = ConfiguredUrl.printable(details.getJdbcUrl()) + " (" + details.getUrlSource() + ")";
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String server = e.getMessage();
    if (state.startsWith("28")) {
      String description = details.getAuthToken() == null
          ? "The libSQL server at " + where + " requires an auth token and none is configured (" + server + ")."
          : "The libSQL server at " + where + " rejected the auth token as invalid or expired (" + server + ").";
      return new LibSqlStartupException(description, SET_TOKEN, e);
    }
    if (state.equals("42501")) {
      return new LibSqlStartupException("The libSQL server at " + where
          + " accepted the auth token but it grants no access to this database (" + server + ").",
          "Use a token created for this database (and namespace) in libsql.auth-token.", e);
    }
    if (state.equals("08004")) {
      return new LibSqlStartupException("The server at " + where
          + " has no libSQL database at this address (" + server + ").",
          "Check the host and path of the URL, and libsql.namespace on a multi-tenant server.", e);
    }
    if (state.equals("08P01")) {
      return new LibSqlStartupException("The server at " + where + " does not speak the libSQL protocol ("
          + server + ").", "Point " + details.getUrlSource() + " at a libSQL server (Turso, sqld, the devserver).", e);
    }
    if (state.startsWith("08")) {
      return unreachable(details, where, e);
    }
    return new LibSqlStartupException("The start-up check against the libSQL server at " + where + " failed: ["
        + state + "] " + server + ".",
        "Check the server and the URL, or set libsql.check-on-startup=false to start without the check.", e);
  }

  private static LibSqlStartupException unreachable(LibSqlConnectionDetails details, String where, SQLException e) {
    String fix = "Check the host and port in " + details.getUrlSource() + " and that the server runs";
    if (hasCause(e, UnknownHostException.class) || hasCause(e, UnresolvedAddressException.class)) {
      return new LibSqlStartupException("Cannot reach the libSQL server at " + where + ": the host name is unknown.",
          fix + ".", e);
    }
    if (hasCause(e, SSLException.class)) {
      return new LibSqlStartupException("Cannot reach the libSQL server at " + where + ": the TLS handshake failed ("
          + e.getMessage() + ").", fix + "; a local server without TLS needs jdbc:libsql:http://host:port or "
          + "libsql.tls=false.", e);
    }
    if (hasCause(e, ConnectException.class)) {
      return new LibSqlStartupException("Cannot reach the libSQL server at " + where
          + ": the connection was refused (nothing listens there).", fix + ".", e);
    }
    return new LibSqlStartupException("Cannot reach the libSQL server at " + where + " (" + e.getMessage() + ").",
        fix + ".", e);
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
