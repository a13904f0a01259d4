package dev.libsql4j.spring.autoconfigure.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code libsql.health.*} properties of the {@code libsql} health indicator. */
@ConfigurationProperties("libsql.health")
public class LibSqlHealthProperties {

  /**
   * The most one node's probe may take (connect and answer); a node that takes longer is DOWN. The
   * nodes are probed in turn, so a check takes at most this times the number of nodes.
   */
  private Duration timeout = Duration.ofSeconds(2);

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
