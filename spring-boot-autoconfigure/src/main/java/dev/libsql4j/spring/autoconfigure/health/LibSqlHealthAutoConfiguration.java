package dev.libsql4j.spring.autoconfigure.health;

import dev.libsql4j.spring.autoconfigure.LibSqlConnectionDetails;
import dev.libsql4j.spring.autoconfigure.LibSqlDataSourceAutoConfiguration;
import dev.libsql4j.spring.autoconfigure.LibSqlDataSourceFactory;
import dev.libsql4j.spring.autoconfigure.LibSqlProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code libsql} health indicator ({@link LibSqlHealthIndicator}) for the libSQL DataSource's
 * primary and replicas, when {@code spring-boot-health} (the Actuator) is on the class path. Off
 * with {@code management.health.libsql.enabled=false}.
 */
@AutoConfiguration(after = LibSqlDataSourceAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(LibSqlConnectionDetails.class)
@ConditionalOnEnabledHealthIndicator("libsql")
@EnableConfigurationProperties(LibSqlHealthProperties.class)
public class LibSqlHealthAutoConfiguration {

  /** Named so that Boot calls the contributor {@code libsql}. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(name = "libsqlHealthIndicator")
  LibSqlHealthIndicator libsqlHealthIndicator(LibSqlConnectionDetails details, LibSqlProperties properties,
                                              LibSqlHealthProperties health) {
    return new LibSqlHealthIndicator(LibSqlDataSourceFactory.driverConfig(details, properties), health.getTimeout());
  }
}
