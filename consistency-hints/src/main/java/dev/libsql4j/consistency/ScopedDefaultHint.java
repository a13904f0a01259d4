package dev.libsql4j.consistency;

import dev.libsql4j.consistency.ConsistencyHint.Mode;
import dev.libsql4j.jdbc.routing.RoutingHint;
import java.time.Duration;

/** The default hint of threads without their own: read-your-writes in the configured implicit scope. */
final class ScopedDefaultHint implements RoutingHint {

  private final WatermarkScope scope;

  ScopedDefaultHint(WatermarkScope scope) {
    this.scope = scope;
  }

  /** The hint for the current thread's scope. */
  ConsistencyHint resolve() {
    return new ConsistencyHint(Mode.DEFAULT, null, scope.current());
  }

  @Override
  public boolean readFromPrimary() {
    return resolve().readFromPrimary();
  }

  @Override
  public long minReplicationIndex() {
    return resolve().minReplicationIndex();
  }

  @Override
  public Duration maxStaleness() {
    return null;
  }

  @Override
  public void wrote(long replicationIndex) {
    resolve().wrote(replicationIndex);
  }
}
