package dev.libsql4j.spring.autoconfigure.consistency;

import dev.libsql4j.consistency.Consistency;
import dev.libsql4j.consistency.WatermarkScope;
import dev.libsql4j.consistency.spring.TransactionWatermarkScope;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies {@code libsql.consistency.*} to {@link Consistency} (JVM-wide) while the context lives,
 * and removes the implicit scope when it closes.
 */
final class ConsistencySettings implements InitializingBean, DisposableBean {

  private final LibSqlConsistencyProperties properties;

  ConsistencySettings(LibSqlConsistencyProperties properties) {
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    WatermarkScope scope = switch (properties.getReadYourWrites()) {
      case THREAD -> WatermarkScope.perThread();
      case TRANSACTION -> new TransactionWatermarkScope();
      // A request scope is opened by the filter for each request; NONE opens none.
      case REQUEST, NONE -> WatermarkScope.NONE;
    };
    Consistency.configure(scope, properties.getStickyWindow());
  }

  @Override
  public void destroy() {
    Consistency.configure(WatermarkScope.NONE, null);
  }
}
