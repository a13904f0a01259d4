package dev.libsql4j.spring.autoconfigure.health;

import dev.libsql4j.jdbc.config.DriverConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code libsql} health: one entry per node of the DataSource ({@code primary},
 * {@code replica-1}, …) with its status, URL, round trip and replication index, and for replicas the
 * lag behind the primary.
 *
 * <p>The indicator's status is the primary's: a replica that is down is reported DOWN in its entry
 * while the whole stays UP, because the driver then serves reads from the other replicas or the
 * primary and the application keeps working (slower, not broken). A composite contributor would
 * let Boot's aggregation turn one lost replica into an application that is DOWN, which a load
 * balancer or Kubernetes would answer by taking every instance out of service.
 *
 * <p>Each check sends one request per node, in turn, each bounded by the timeout; never through the
 * pool, so a node that hangs cannot hold the application's connections.
 */
public final class LibSqlHealthIndicator implements HealthIndicator, AutoCloseable {

  private final NodeProbe primary;
  private final List<NodeProbe> replicas = new ArrayList<>();

  /**
   * @param config the DataSource's driver configuration: its URL, token, namespace and replicas
   * @param timeout the most one node's probe may take (connect and answer)
   */
  public LibSqlHealthIndicator(DriverConfig config, Duration timeout) {
    this.primary = new NodeProbe(config, timeout);
    for (URI replica : config.replicas()) {
      replicas.add(new NodeProbe(config.forReplica(replica), timeout));
    }
  }

  @Override
  public Health health() {
    NodeHealth primaryHealth = primary.probe();
    Health.Builder health = primaryHealth.up() ? Health.up() : Health.down();
    health.withDetail("primary", primaryHealth.details(null));
    Long primaryIndex = primaryHealth.replicationIndex();
    for (int i = 0; i < replicas.size(); i++) {
      health.withDetail("replica-" + (i + 1), replicas.get(i).probe().details(primaryIndex));
    }
    return health.build();
  }

  /** Releases the probes' HTTP clients. */
  @Override
  public void close() {
    primary.close();
    replicas.forEach(NodeProbe::close);
  }
}
