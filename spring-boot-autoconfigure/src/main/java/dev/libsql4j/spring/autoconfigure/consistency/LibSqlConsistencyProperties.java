package dev.libsql4j.spring.autoconfigure.consistency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code libsql.consistency.*} properties: how reads stay consistent when the DataSource has
 * replicas ({@code libsql.replicas}).
 */
@ConfigurationProperties("libsql.consistency")
public class LibSqlConsistencyProperties {

  /** Where reads see earlier writes: none, thread, transaction or request (needs a servlet web application). */
  private ReadYourWrites readYourWrites = ReadYourWrites.THREAD;

  /**
   * How long reads stay on the primary after a write in the same scope; unset: reads carry the
   * write's replication index to the replica instead.
   */
  private Duration stickyWindow;

  /** The read-your-writes scopes. */
  public enum ReadYourWrites {
    /** Reads may not see earlier writes (replicas are eventually consistent). */
    NONE,
    /** A thread reads its own writes. */
    THREAD,
    /** Reads in a Spring transaction see its writes, also on other connections. */
    TRANSACTION,
    /** Reads of an HTTP request see the writes made earlier in the request. */
    REQUEST
  }

  public ReadYourWrites getReadYourWrites() {
    return readYourWrites;
  }

  public void setReadYourWrites(ReadYourWrites readYourWrites) {
    this.readYourWrites = readYourWrites;
  }

  public Duration getStickyWindow() {
    return stickyWindow;
  }

  public void setStickyWindow(Duration stickyWindow) {
    this.stickyWindow = stickyWindow;
  }
}
