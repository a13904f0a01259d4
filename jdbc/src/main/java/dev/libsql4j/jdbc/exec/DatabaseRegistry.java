package dev.libsql4j.jdbc.exec;

import dev.libsql4j.jdbc.config.DriverConfig;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RemoteDatabase} (so one HTTP client and one {@code /v3} probe) per distinct
 * configuration. The Driver keeps a registry for the life of the JVM; each DataSource has its own
 * and closes it with {@link #close()}.
 */
public final class DatabaseRegistry implements AutoCloseable {

  private final Map<DriverConfig, RemoteDatabase> databases = new ConcurrentHashMap<>();
  private volatile HttpClient sharedHttp;
  private volatile boolean closed;

  /** Makes databases created from now on send through {@code shared} (null: each its own client). */
  public void useHttpClient(HttpClient shared) {
    this.sharedHttp = shared;
  }

  /** The database for {@code config}, created on first use. */
  public RemoteDatabase get(DriverConfig config) {
    if (closed) {
      throw new IllegalStateException("The data source is closed");
    }
    return databases.computeIfAbsent(config, c -> new RemoteDatabase(c, sharedHttp));
  }

  /**
   * Moves the database of {@code before} to {@code after}, a configuration that differs only in
   * its token, and makes its transport use the new token (see {@code HranaTransport#replaceAuthToken}).
   * Nothing happens when no connection was made with {@code before}.
   */
  public void replaceAuthToken(DriverConfig before, DriverConfig after) {
    RemoteDatabase database = databases.remove(before);
    if (database != null) {
      database.replaceAuthToken(after);
      databases.put(after, database);
    }
  }

  /** Closes every database's HTTP client; later {@link #get} calls fail. */
  @Override
  public void close() {
    closed = true;
    databases.values().forEach(RemoteDatabase::close);
    databases.clear();
  }
}
