package dev.libsql4j.spring.autoconfigure.consistency;

import dev.libsql4j.consistency.Consistency;
import dev.libsql4j.consistency.servlet.ReadYourWritesFilter;
import dev.libsql4j.consistency.spring.ConsistencyAdvisor;
import dev.libsql4j.jdbc.routing.RoutingListener;
import dev.libsql4j.spring.autoconfigure.LibSqlDataSourceAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * Consistency hints for libSQL replicas ({@code libsql.replicas}), when
 * {@code libsql4j-consistency-hints} is on the class path: the advisor that honours
 * {@code @ReadPrimary} / {@code @ReadReplica} on beans and Spring Data repositories, the
 * read-your-writes scope of {@code libsql.consistency.read-your-writes} (default: per thread) with
 * the optional {@code libsql.consistency.sticky-window}, and the application's
 * {@link RoutingListener} beans on the libSQL DataSource.
 */
@AutoConfiguration(after = LibSqlDataSourceAutoConfiguration.class)
@ConditionalOnClass({Consistency.class, ConsistencyAdvisor.class})
@EnableConfigurationProperties(LibSqlConsistencyProperties.class)
public class LibSqlConsistencyAutoConfiguration {

  /** Infrastructure role: Boot's and {@code @EnableTransactionManagement}'s auto-proxy creators apply it. */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  @ConditionalOnMissingBean
  static ConsistencyAdvisor libSqlConsistencyAdvisor() {
    return new ConsistencyAdvisor();
  }

  @Bean
  ConsistencySettings libSqlConsistencySettings(LibSqlConsistencyProperties properties) {
    return new ConsistencySettings(properties);
  }

  @Bean
  static RoutingListenerInstaller libSqlRoutingListenerInstaller(ObjectProvider<RoutingListener> listeners) {
    return new RoutingListenerInstaller(listeners);
  }

  /** Read-your-writes per HTTP request. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "jakarta.servlet.Filter")
  @ConditionalOnProperty(name = "libsql.consistency.read-your-writes", havingValue = "request")
  static class RequestScope {

    @Bean
    ReadYourWritesFilter libSqlReadYourWritesFilter() {
      return new ReadYourWritesFilter();
    }
  }
}
