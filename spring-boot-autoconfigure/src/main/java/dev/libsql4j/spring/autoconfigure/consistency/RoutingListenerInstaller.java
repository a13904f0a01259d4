package dev.libsql4j.spring.autoconfigure.consistency;

import com.zaxxer.hikari.HikariDataSource;
import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jdbc.routing.RoutingListener;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives the application's {@link RoutingListener} beans (metrics of which node served each
 * statement) to every libSQL DataSource bean, pooled by Hikari or not.
 */
final class RoutingListenerInstaller implements BeanPostProcessor {

  private final ObjectProvider<RoutingListener> listeners;

  RoutingListenerInstaller(ObjectProvider<RoutingListener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Object target = bean instanceof HikariDataSource pool ? pool.getDataSource() : bean;
    if (target instanceof LibSqlDataSource dataSource) {
      List<RoutingListener> all = listeners.orderedStream().toList();
      if (!all.isEmpty()) {
        dataSource.setRoutingListener((node, role, kind, index) ->
            all.forEach(listener -> listener.onStatement(node, role, kind, index)));
      }
    }
    return bean;
  }
}
